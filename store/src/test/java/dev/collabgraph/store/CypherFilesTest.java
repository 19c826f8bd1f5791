package dev.collabgraph.store;

import dev.collabgraph.model.Label;
import dev.collabgraph.model.RelType;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CypherFilesTest {
    @Test
    void theHeaderGivesPurposeAndParametersAndIsNotPartOfTheText() {
        CypherStatement statement = CypherFiles.parse("write/example", """
                // Find a node.
                // @param $id String — node id
                // @param $limit Integer - at most this many
                // A note on why.
                MATCH (n:Node {id: $id})
                RETURN n LIMIT $limit
                """).get(0);

        assertThat(statement.purpose()).isEqualTo("Find a node.");
        assertThat(statement.params()).containsExactly(new CypherParam("id", "String", "node id"),
                new CypherParam("limit", "Integer", "at most this many"));
        assertThat(statement.text()).isEqualTo("MATCH (n:Node {id: $id})\nRETURN n LIMIT $limit");
        assertThat(statement.usedParameters()).containsExactly("id", "limit");
    }

    @Test
    void aboutLinesJoinIntoTheDefinitionAndOtherNotesStayOut() {
        CypherStatement statement = CypherFiles.parse("queries/gaps/example", """
                // Tasks without units.
                // @param $limit Integer — most rows
                // @about A task is a gap when no unit
                // @about is responsible for it.
                // A note on why, not part of the definition.
                MATCH (t:Task) RETURN t LIMIT $limit
                """).get(0);

        assertThat(statement.about()).isEqualTo("A task is a gap when no unit is responsible for it.");
        assertThat(statement.declaredParameters()).containsExactly("limit");
        assertThat(CypherFiles.parse("x", "// Purpose.\nRETURN 1").get(0).about()).isEmpty();
    }

    @Test
    void dollarsInStringsCommentsAndDynamicLabelsAreNotParameters() {
        CypherStatement statement = CypherFiles.parse("x", """
                // Purpose.
                MATCH (n) // costs $5
                /* $notEither */ SET n:$(n.kind), n.price = '$10', n.`$name` = "a \\" $b"
                RETURN $real
                """).get(0);

        assertThat(statement.usedParameters()).containsExactly("real");
    }

    @Test
    void aScriptSplitsOnSemicolonsOutsideStrings() {
        List<CypherStatement> statements = CypherFiles.parse("schema/V9__x", """
                // Two statements.
                CREATE INDEX a IF NOT EXISTS FOR (n:A) ON (n.x);
                // between
                CREATE INDEX b IF NOT EXISTS FOR (n:B) ON (n.y) OPTIONS {indexConfig: {`k`: 'a;b'}};
                """);

        assertThat(statements).extracting(CypherStatement::text).containsExactly(
                "CREATE INDEX a IF NOT EXISTS FOR (n:A) ON (n.x)",
                "// between\nCREATE INDEX b IF NOT EXISTS FOR (n:B) ON (n.y) OPTIONS {indexConfig: {`k`: 'a;b'}}");
    }

    @Test
    void malformedFilesAreRefused() {
        assertThatThrownBy(() -> CypherFiles.parse("x", "MATCH (n) RETURN n"))
                .hasMessageContaining("purpose");
        assertThatThrownBy(() -> CypherFiles.parse("x", "// Purpose.\n// @param id String\nRETURN $id"))
                .hasMessageContaining("malformed");
        String twice = "// Purpose.\n// @param $a A — a\n// @param $a A — a\nRETURN $a";
        assertThatThrownBy(() -> CypherFiles.parse("x", twice))
                .hasMessageContaining("twice");
        assertThatThrownBy(() -> CypherFiles.parse("x", "// Purpose only.\n"))
                .hasMessageContaining("no statement");
    }

    @Test
    void loadWantsExactlyOneStatementInAnExistingFile() {
        assertThat(CypherFiles.load("write/setDocumentNames").declaredParameters())
                .containsExactly("documentId", "entityIds", "aliasIds", "aliases");
        assertThatThrownBy(() -> CypherFiles.load("schema/V001__Create_constraints"))
                .hasMessageContaining("expected one");
        assertThatThrownBy(() -> CypherFiles.load("write/noSuchFile")).hasMessageContaining("no Cypher file");
    }

    @Test
    void everyCypherFileOnTheClasspathDeclaresExactlyTheParametersItUses() {
        List<String> names = CypherFiles.names();
        assertThat(names).contains("schema/V001__Create_constraints", "write/mergeEntityNodes", "test/findNode");

        for (String name : names) {
            List<CypherStatement> statements = CypherFiles.loadScript(name);
            if (!name.startsWith("schema/")) {
                assertThat(statements).as(name + " holds one statement").hasSize(1);
            }
            Set<String> used = new LinkedHashSet<>();
            statements.forEach(s -> used.addAll(s.usedParameters()));
            assertThat(used).as(name + ": parameters used vs declared")
                    .containsExactlyInAnyOrderElementsOf(statements.get(0).declaredParameters());
            assertThat(statements.get(0).purpose()).as(name + " purpose").isNotBlank();
        }
    }

    @Test
    void aParametersMeaningInAnotherLanguageIsKeptBesideItAndMustNameADeclaredParameter() {
        CypherStatement statement = CypherFiles.parse("queries/explore/example", """
                // Find a node.
                // @purpose.zh 查找节点。
                // @param $id String — node id
                // @param.zh $id 节点 id
                MATCH (n:Node {id: $id}) RETURN n
                """).get(0);
        assertThat(statement.params("zh")).containsExactly(new CypherParam("id", "String", "节点 id"));
        assertThat(statement.params("en")).containsExactly(new CypherParam("id", "String", "node id"));
        assertThat(statement.purpose("zh")).isEqualTo("查找节点。");
        assertThatThrownBy(() -> CypherFiles.parse("x", "// P.\n// @param $a String — a\n// @param.zh $b 乙\nRETURN $a"))
                .hasMessageContaining("$b");
    }

    @Test
    void everyNamedQueryTheConsoleListsIsDescribedInChineseToo() {
        Pattern han = Pattern.compile("\\p{IsHan}");
        List<String> named = CypherFiles.names().stream().filter(n -> n.startsWith("queries/")).toList();
        assertThat(named).hasSizeGreaterThan(40);
        for (String name : named) {
            CypherStatement statement = CypherFiles.load(name);
            assertThat(statement.purpose("zh")).as(name).containsPattern(han);
            assertThat(statement.params("zh")).as(name)
                    .allSatisfy(p -> assertThat(p.meaning()).as(name + " $" + p.name()).containsPattern(han));
        }
    }

    @Test
    void argumentsMustMatchTheDeclaredParameters() {
        CypherStatement statement = CypherFiles.parse("x", "// P.\n// @param $a String — a\nRETURN $a").get(0);

        statement.checkArguments(Map.of("a", "1"));
        assertThatThrownBy(() -> statement.checkArguments(Map.of())).hasMessageContaining("missing parameters [a]");
        assertThatThrownBy(() -> statement.checkArguments(Map.of("a", 1, "b", 2)))
                .hasMessageContaining("unexpected [b]");
    }

    @Test
    void nodeDetailsCountEveryRelationshipTypeAndOnlyThose() {
        String text = CypherFiles.load("queries/explore/findNode").text();
        Set<String> counted = new LinkedHashSet<>();
        Matcher m = Pattern.compile("\\{type: '(\\w+)', count: COUNT \\{ \\(n\\)-\\[:(\\w+)\\]")
                .matcher(text);
        while (m.find()) {
            assertThat(m.group(1)).as("the type named is the type counted").isEqualTo(m.group(2));
            counted.add(m.group(1));
        }
        assertThat(counted).containsExactlyInAnyOrderElementsOf(
                Arrays.stream(RelType.values()).map(Enum::name).toList());
    }

    @Test
    void theOverviewHasABranchForEveryLabel() {
        String text = CypherFiles.load("queries/explore/findOverviewNodes").text();
        Matcher m = Pattern.compile("WITH \\* WHERE '(\\w+)' IN \\$labels\\s+MATCH \\(n:(\\w+)\\)").matcher(text);
        Set<String> branches = new LinkedHashSet<>();
        while (m.find()) {
            assertThat(m.group(1)).isEqualTo(m.group(2));
            branches.add(m.group(1));
        }
        assertThat(branches).containsExactlyInAnyOrderElementsOf(Arrays.stream(Label.values()).map(Enum::name).toList());
    }
}
