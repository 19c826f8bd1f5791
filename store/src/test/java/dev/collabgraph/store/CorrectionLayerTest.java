package dev.collabgraph.store;

import dev.collabgraph.model.DocumentInfo;
import dev.collabgraph.model.Evidence;
import dev.collabgraph.model.ExtractedGraph;
import dev.collabgraph.model.Label;
import dev.collabgraph.model.Node;
import dev.collabgraph.model.RelType;
import dev.collabgraph.model.Relationship;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Corrections laid over one extraction: what each kind changes, and that a correction elsewhere changes nothing. */
class CorrectionLayerTest {
    private static final Node DOC = new Node("d1", Label.Document, "意见", List.of(), Map.of());
    private static final Node MINING = new Node("university:甲大学", Label.University, "甲大学", List.of("甲大"), Map.of());
    private static final Node ZONE = new Node("park:乙高新区", Label.Park, "乙高新区", List.of("乙国家高新区"), Map.of());
    private static final Node FIRM = new Node("enterprise:丙集团", Label.Enterprise, "丙集团", List.of(), Map.of());
    private static final ExtractedGraph GRAPH = new ExtractedGraph(new DocumentInfo("d1", "意见", null, null, "x"),
            List.of(DOC, MINING, ZONE, FIRM), List.of(
            rel(RelType.PARTNERS_WITH, FIRM, MINING, "丙集团与甲大合作"),
            rel(RelType.LOCATED_IN, FIRM, ZONE, "丙集团落户乙国家高新区"),
            rel(RelType.HOSTS, ZONE, MINING, "乙高新区建设甲大学科技园"),
            rel(RelType.MENTIONS, DOC, FIRM, "丙集团")), List.of());

    @Test
    void aMergeMovesLinksAndNamesAndDropsTheLoopItMakes() {
        Correction merge = correction(Correction.Kind.MERGE, MINING.id(), "丙集团", "Enterprise", FIRM.id());
        CorrectionLayer.Corrected corrected = CorrectionLayer.apply(GRAPH, List.of(merge));
        assertThat(corrected.applied()).containsExactly("c1");
        assertThat(ids(corrected.graph())).doesNotContain(MINING.id());
        Node firm = node(corrected.graph(), FIRM.id());
        assertThat(firm.aliases()).containsExactlyInAnyOrder("甲大学", "甲大");
        assertThat(corrected.graph().relationships()).extracting(Relationship::type)
                .doesNotContain(RelType.PARTNERS_WITH).contains(RelType.HOSTS);
    }

    @Test
    void aSplitAliasTakesOnlyTheLinksWhoseQuotesNameIt() {
        Correction split = correction(Correction.Kind.SPLIT_ALIAS, ZONE.id(), "乙国家高新区", "Park", "park:乙国家高新区");
        ExtractedGraph graph = CorrectionLayer.apply(GRAPH, List.of(split)).graph();
        assertThat(node(graph, ZONE.id()).aliases()).isEmpty();
        assertThat(node(graph, "park:乙国家高新区").name()).isEqualTo("乙国家高新区");
        assertThat(graph.relationships()).filteredOn(r -> r.type() == RelType.LOCATED_IN)
                .extracting(Relationship::to).containsExactly("park:乙国家高新区");
        assertThat(graph.relationships()).filteredOn(r -> r.type() == RelType.HOSTS)
                .extracting(Relationship::from).containsExactly(ZONE.id());
    }

    @Test
    void aCorrectionOfAnotherDocumentsEntityOrRelationshipChangesNothing() {
        List<Correction> elsewhere = List.of(
                correction(Correction.Kind.RENAME, "enterprise:丁公司", "丁科技有限公司", null, null),
                new Correction("c2", 2, Correction.Kind.DELETE_RELATIONSHIP, "t", null, null, null, null, null, null,
                        FIRM.id(), "PARTNERS_WITH", MINING.id(), "d2", null, null, null));
        CorrectionLayer.Corrected corrected = CorrectionLayer.apply(GRAPH, elsewhere);
        assertThat(corrected.applied()).isEmpty();
        assertThat(corrected.graph()).isEqualTo(GRAPH);
    }

    @Test
    void anAddedRelationshipCarriesItsQuoteAndOffsetsAndARenameKeepsTheOldNameAsAlias() {
        Correction add = new Correction("c1", 1, Correction.Kind.ADD_RELATIONSHIP, "t", null, null, null, null, null,
                null, FIRM.id(), "RELIES_ON", MINING.id(), "d1", "依托甲大", 10, 14);
        Correction rename = new Correction("c2", 2, Correction.Kind.RENAME, "t", null, null, FIRM.id(), "丙集团股份有限公司",
                null, null, null, null, null, null, null, null, null);
        ExtractedGraph graph = CorrectionLayer.apply(GRAPH, List.of(add, rename)).graph();
        Relationship added = graph.relationships().stream().filter(r -> r.type() == RelType.RELIES_ON).findFirst()
                .orElseThrow();
        assertThat(added.evidence()).containsExactly(new Evidence("依托甲大", 10, 14, Correction.RULE));
        assertThat(node(graph, FIRM.id()).name()).isEqualTo("丙集团股份有限公司");
        assertThat(node(graph, FIRM.id()).aliases()).containsExactly("丙集团");
    }

    @Test
    void anAddedStructuralRelationshipMustHangOnTheDocumentsOwnStructure() {
        Correction between = new Correction("c1", 1, Correction.Kind.ADD_RELATIONSHIP, "t", null, null, null, null, null,
                null, FIRM.id(), "RESPONSIBLE_FOR", MINING.id(), "d1", "丙集团负责", 10, 14);
        Correction onDocument = new Correction("c2", 2, Correction.Kind.ADD_RELATIONSHIP, "t", null, null, null, null,
                null, null, DOC.id(), "MENTIONS", FIRM.id(), "d1", "丙集团", 10, 13);
        CorrectionLayer.Corrected corrected = CorrectionLayer.apply(GRAPH, List.of(between, onDocument));
        // between two named entities nothing would take it away with its document: not applied
        assertThat(corrected.graph().relationships()).noneMatch(r -> r.type() == RelType.RESPONSIBLE_FOR);
        assertThat(corrected.graph().relationships()).anyMatch(r -> r.type() == RelType.MENTIONS
                && r.from().equals(DOC.id()) && r.to().equals(FIRM.id()));
    }

    private static Correction correction(Correction.Kind kind, String entity, String value, String label,
                                         String target) {
        return new Correction("c1", 1, kind, "t", null, null, entity, value, label, target, null, null, null, null,
                null, null, null);
    }

    private static Relationship rel(RelType type, Node from, Node to, String quote) {
        return new Relationship(type, from.id(), to.id(), Map.of(), List.of(new Evidence(quote, 0, quote.length(),
                "test")));
    }

    private static List<String> ids(ExtractedGraph graph) {
        return graph.nodes().stream().map(Node::id).toList();
    }

    private static Node node(ExtractedGraph graph, String id) {
        return graph.nodes().stream().filter(n -> n.id().equals(id)).findFirst().orElseThrow();
    }
}
