package dev.collabgraph.store;

import dev.collabgraph.model.DocumentInfo;
import dev.collabgraph.model.ExtractedGraph;
import dev.collabgraph.model.Label;
import dev.collabgraph.model.Node;
import dev.collabgraph.model.RelType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static dev.collabgraph.store.Fixtures.A;
import static dev.collabgraph.store.Fixtures.UNIVERSITY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WritePlanTest {
    @Test
    void nodesSplitIntoStructureAndEntitiesWithTheDocumentFirst() {
        WritePlan plan = WritePlan.of(Fixtures.documentA());

        assertThat(plan.structureIds()).containsExactly(A, A + ":section:1", A + ":task:1", A + ":indicator:1");
        // entities by id: concurrent writers lock shared entity nodes in this one order
        assertThat(plan.entityIds()).containsExactly("enterprise:徐工集团", "unit:徐州市:科技局", UNIVERSITY);
        assertThat(plan.structureRows().get(0)).containsEntry("label", "Document").containsEntry("name", "徐州市科技创新规划");
        @SuppressWarnings("unchecked")
        Map<String, Object> properties = (Map<String, Object>) plan.structureRows().get(0).get("properties");
        assertThat(properties)
                .containsEntry("sha256", "sha-a1").containsEntry("kind", "plan");
        assertThat(plan.outsideIds()).isEmpty();
    }

    @Test
    void theSameStatementTwiceIsOneRelationshipWithBothPiecesOfEvidence() {
        WritePlan plan = WritePlan.of(Fixtures.documentA());

        assertThat(plan.relationshipRows()).hasSize(7);
        assertThat(plan.relationshipRows()).filteredOn(row -> UNIVERSITY.equals(row.get("to"))
                        && "MENTIONS".equals(row.get("type")))
                .singleElement()
                .satisfies(row -> assertThat(row).containsEntry("quotes", List.of("中国矿业大学", "矿大"))
                        .containsEntry("starts", List.of(100L, 140L)));
    }

    @Test
    void relationshipEndsOutsideTheGraphAreListedForTheDatabaseToResolve() {
        ExtractedGraph graph = Fixtures.withExtraRelationship(Fixtures.documentB(), "sha-b2",
                Fixtures.rel(RelType.LOCATED_IN, Fixtures.PARK, "region:徐州市", "徐州"));

        assertThat(WritePlan.of(graph).outsideIds()).containsExactly("region:徐州市");
    }

    @Test
    void aNodeListedTwiceIsMergedWhenItsLabelAgreesAndRefusedOtherwise() {
        Node first = new Node("university:x", Label.University, "X", List.of("a"), Map.of());
        Node second = new Node("university:x", Label.University, "X", List.of("b"), Map.of());
        WritePlan plan = WritePlan.of(Fixtures.graph("d", "s",
                List.of(Fixtures.node("d", Label.Document, "D", Map.of()), first, second), List.of()));

        assertThat(plan.entityRows()).singleElement().satisfies(row -> assertThat(row)
                .containsEntry("aliases", List.of("a", "b")));
        assertThat(plan.warnings()).singleElement().asString().contains("university:x");

        Node clash = new Node("university:x", Label.Enterprise, "X", List.of(), Map.of());
        assertThatThrownBy(() -> WritePlan.of(Fixtures.graph("d", "s", List.of(
                Fixtures.node("d", Label.Document, "D", Map.of()), first, clash), List.of())))
                .hasMessageContaining("both University and Enterprise");
    }

    @Test
    void aDocumentNeedsIdAndShaAndOnlyItsOwnDocumentNode() {
        assertThatThrownBy(() -> WritePlan.of(new ExtractedGraph(new DocumentInfo("d", "t", null, null, null),
                List.of(), List.of(), List.of()))).hasMessageContaining("sha256");
        assertThatThrownBy(() -> WritePlan.of(Fixtures.graph("d", "s", List.of(
                Fixtures.node("d", Label.Document, "D", Map.of()),
                Fixtures.node("e", Label.Document, "E", Map.of())), List.of())))
                .hasMessageContaining("is not the document d");
    }

    @Test
    void reservedPropertyNamesAreRefused() {
        assertThatThrownBy(() -> WritePlan.of(Fixtures.graph("d", "s", List.of(
                Fixtures.node("d", Label.Document, "D", Map.of()),
                Fixtures.node("d:task:1", Label.Task, "T", Map.of("document", "other"))), List.of())))
                .hasMessageContaining("reserved");
    }
}
