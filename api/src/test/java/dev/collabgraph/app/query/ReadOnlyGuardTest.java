package dev.collabgraph.app.query;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The console's first line of defence on its own, without Neo4j: what it lets through and what it refuses. */
class ReadOnlyGuardTest {
    @ParameterizedTest
    @ValueSource(strings = {
            "MATCH (n) RETURN n LIMIT 5",
            "match (u:University)-[:PARTNERS_WITH]-(e) return u.name, count(e)",
            "OPTIONAL MATCH (n {name: 'CREATE (x)'}) RETURN n",
            "MATCH (n) WHERE n.name = \"SET n.x = 1\" RETURN n",
            "MATCH (n) // DELETE n\nRETURN n",
            "MATCH (n) /* MERGE (m) */ RETURN n",
            "MATCH (`CREATE`) RETURN `CREATE`",
            "MATCH (n) RETURN n.set, n.delete, {create: 1}",
            "WITH $id AS id MATCH (n {id: id}) RETURN n",
            "UNWIND range(1, 100000000) AS x RETURN count(x)",
            "CALL db.labels() YIELD label RETURN label",
            "RETURN date('2024-01-01'), duration.between(date('2024-01-01'), date('2024-02-01'))",
            "CALL () { MATCH (n) RETURN n } RETURN count(n)",
    })
    void readsPass(String statement) {
        assertThat(ReadOnlyGuard.refusal(statement)).as(statement).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "CREATE (n:Node {id: 'x'})",
            "MATCH (n) DETACH DELETE n",
            "MATCH (n) SET n.name = 'x' RETURN n",
            "MATCH (n) REMOVE n:University",
            "MERGE (n:Node {id: 'x'}) RETURN n",
            "MATCH (n) WITH n CREATE (m) RETURN m",
            "match (n) delete n",
            "MATCH (n) FOREACH (x IN [1] | SET n.x = x)",
            "LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line",
            "MATCH (n) CALL (n) { SET n.x = 1 } IN TRANSACTIONS RETURN n",
            "USE system SHOW USERS",
            "SHOW USERS",
            "DROP INDEX foo",
            "CALL dbms.security.createUser('a', 'b', false)",
            "CALL apoc.cypher.runWrite('CREATE (n)', {})",
            "RETURN apoc.text.join(['a'], ',')",
            "RETURN reduce(s = 0, x IN range(1, 100000000) | s + x)",
            "",
            "   ",
    })
    void writesAdminAndUnboundedExpressionsAreRefused(String statement) {
        assertThat(ReadOnlyGuard.refusal(statement)).as("'%s'", statement).isPresent();
        // worded for both languages of the explorer: no English sentence in the Chinese one, no Chinese in the English
        var wording = ReadOnlyGuard.refusal(statement).orElseThrow();
        assertThat(wording.zh()).containsPattern("\\p{IsHan}").doesNotContainPattern("\\b(?:is|are|not|the)\\b");
        assertThat(wording.en()).doesNotContainPattern("\\p{IsHan}");
    }
}
