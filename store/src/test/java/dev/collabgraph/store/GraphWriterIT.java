package dev.collabgraph.store;

import dev.collabgraph.model.DocumentInfo;
import dev.collabgraph.model.Evidence;
import dev.collabgraph.model.ExtractedGraph;
import dev.collabgraph.model.Label;
import dev.collabgraph.model.Node;
import dev.collabgraph.model.RelType;
import dev.collabgraph.model.Relationship;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static dev.collabgraph.store.Fixtures.A;
import static dev.collabgraph.store.Fixtures.B;
import static dev.collabgraph.store.Fixtures.ENTERPRISE;
import static dev.collabgraph.store.Fixtures.PARK;
import static dev.collabgraph.store.Fixtures.UNIT;
import static dev.collabgraph.store.Fixtures.UNIVERSITY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

class GraphWriterIT {
    @TempDir
    static Path directory;
    static TestGraph graph;

    @BeforeAll
    static void start() {
        graph = TestGraph.start(directory);
    }

    @AfterAll
    static void stop() {
        graph.close();
    }

    @BeforeEach
    void clear() {
        graph.clear();
    }

    @Test
    void anotherFilesDifferentTextUnderALoadedIdIsRefusedAndTheSameTextFromAnotherFileIsNot() {
        GraphWriter.write(graph.store, Fixtures.fromFile(Fixtures.documentA(), "a.txt", "一、正文", "sha-a1"));
        Map<String, Long> before = graph.nodeCounts();
        ExtractedGraph other = Fixtures.fromFile(Fixtures.documentARevised(), "b.txt", "一、另一份正文", "sha-b");
        assertThatThrownBy(() -> GraphWriter.write(graph.store, other))
                .isInstanceOf(DocumentConflictException.class)
                .hasMessageContaining("from a.txt").hasMessageContaining("from b.txt").hasMessageContaining("--replace");
        assertThat(graph.nodeCounts()).isEqualTo(before);
        assertThat(graph.node(A)).containsEntry("sha256", "sha-a1");

        // the same text from another file, with other line ends: the same document, replaced as a revision would be
        ExtractedGraph copy = Fixtures.fromFile(Fixtures.documentARevised(), "copy.txt", "一、正文\r\n", "sha-copy");
        assertThat(GraphWriter.write(graph.store, copy).unchanged()).isFalse();
        assertThat(graph.node(A)).containsEntry("sha256", "sha-copy");

        assertThat(GraphWriter.write(graph.store, other, GraphWriter.OnConflict.REPLACE).unchanged()).isFalse();
        assertThat(graph.node(A)).containsEntry("sha256", "sha-b").containsEntry("source", "b.txt");
    }

    @Test
    void twoFilesOfOneIdWrittenAtOnceGiveOneDocumentAndOneRefusal() throws Exception {
        ExtractedGraph first = Fixtures.fromFile(Fixtures.documentA(), "a.txt", "一、正文", "sha-a1");
        ExtractedGraph second = Fixtures.fromFile(Fixtures.documentARevised(), "b.txt", "一、另一份正文", "sha-b");
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
            List<java.util.concurrent.Future<Object>> writes = new ArrayList<>();
            for (ExtractedGraph g : List.of(first, second)) {
                writes.add(pool.submit(() -> {
                    go.await();
                    try {
                        return GraphWriter.write(graph.store, g);
                    } catch (DocumentConflictException e) {
                        return e;
                    }
                }));
            }
            go.countDown();
            List<Object> outcomes = new ArrayList<>();
            for (java.util.concurrent.Future<Object> write : writes) {
                outcomes.add(write.get());
            }
            assertThat(outcomes).filteredOn(o -> o instanceof DocumentConflictException).hasSize(1);
            assertThat(outcomes).filteredOn(o -> o instanceof WriteSummary).hasSize(1);
            assertThat(graph.nodeCounts()).containsEntry("Document", 1L);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void writingADocumentCreatesItsNodesPerLabelAndReportsThem() {
        WriteSummary summary = GraphWriter.write(graph.store, Fixtures.documentA());

        assertThat(summary.unchanged()).isFalse();
        assertThat(summary.nodesCreated()).containsExactly(entry(Label.Document, 1), entry(Label.Section, 1),
                entry(Label.Task, 1), entry(Label.Indicator, 1), entry(Label.University, 1),
                entry(Label.Enterprise, 1), entry(Label.Unit, 1));
        assertThat(summary.nodesUpdated()).isEmpty();
        assertThat(summary.relationshipsCreated()).containsExactly(entry(RelType.HAS_SECTION, 1),
                entry(RelType.HAS_TASK, 1), entry(RelType.HAS_INDICATOR, 1), entry(RelType.RESPONSIBLE_FOR, 1),
                entry(RelType.MENTIONS, 2), entry(RelType.PARTNERS_WITH, 1));
        assertThat(graph.nodeCounts()).containsOnly(entry("Document", 1L), entry("Section", 1L), entry("Task", 1L),
                entry("Indicator", 1L), entry("University", 1L), entry("Enterprise", 1L), entry("Unit", 1L));
        assertThat(graph.relationshipCounts()).containsOnly(entry("HAS_SECTION", 1L), entry("HAS_TASK", 1L),
                entry("HAS_INDICATOR", 1L), entry("RESPONSIBLE_FOR", 1L), entry("MENTIONS", 2L),
                entry("PARTNERS_WITH", 1L));
        assertThat(graph.node(A)).containsEntry("sha256", "sha-a1").containsEntry("name", "徐州市科技创新规划")
                .containsEntry("number", "XWF-2018-20").containsEntry("kind", "plan").containsEntry("document", A);
    }

    @Test
    void writingTheSameRevisionAgainChangesNothing() {
        GraphWriter.write(graph.store, Fixtures.documentA());
        Map<String, Long> nodes = graph.nodeCounts();
        Map<String, Long> relationships = graph.relationshipCounts();

        WriteSummary again = GraphWriter.write(graph.store, Fixtures.documentA());

        assertThat(again.unchanged()).isTrue();
        assertThat(again.nodesCreated()).isEmpty();
        assertThat(again.relationshipsDeleted()).isEmpty();
        assertThat(graph.nodeCounts()).isEqualTo(nodes);
        assertThat(graph.relationshipCounts()).isEqualTo(relationships);
    }

    @Test
    void anEntityNamedByTwoDocumentsIsOneNodeListingBoth() {
        GraphWriter.write(graph.store, Fixtures.documentA());
        WriteSummary b = GraphWriter.write(graph.store, Fixtures.documentB());

        assertThat(b.nodesUpdated()).containsExactly(entry(Label.University, 1));
        assertThat(graph.nodeCounts()).containsEntry("University", 1L).containsEntry("Document", 2L);
        assertThat(graph.namingDocuments(UNIVERSITY)).containsExactly(A, B);
        assertThat(graph.node(UNIVERSITY))
                .containsEntry("aliases", List.of("矿大", "中国矿大"))
                .containsEntry("labels", List.of("Node", "University"))
                .doesNotContainKey("document");
    }

    @Test
    void aRevisionReplacesTheDocumentsFactsAndRemovesOrphanedEntities() {
        GraphWriter.write(graph.store, Fixtures.documentA());
        GraphWriter.write(graph.store, Fixtures.documentB());

        WriteSummary revision = GraphWriter.write(graph.store, Fixtures.documentARevised());

        assertThat(revision.nodesDeleted()).containsOnly(entry(Label.Indicator, 1), entry(Label.Enterprise, 1));
        assertThat(revision.nodesCreated()).containsOnly(entry(Label.Task, 1));
        assertThat(revision.relationshipsDeleted()).containsEntry(RelType.PARTNERS_WITH, 1)
                .containsEntry(RelType.MENTIONS, 2);
        assertThat(graph.node(ENTERPRISE)).isEmpty();
        assertThat(graph.node(A + ":indicator:1")).isEmpty();
        assertThat(graph.node(A + ":task:1")).containsEntry("name", "建设产学研协同平台");
        assertThat(graph.node(A)).containsEntry("sha256", "sha-a2");
        assertThat(graph.relationships(UNIT, A + ":task:1")).isEmpty();
        assertThat(graph.relationships(UNIT, A + ":task:2")).hasSize(1);
        assertThat(graph.relationships(A + ":task:1", UNIVERSITY)).singleElement()
                .satisfies(r -> assertThat(r).containsEntry("quotes", List.of("中国矿业大学")));
        // B's alias and B's facts stay; A's dropped alias goes
        assertThat(graph.node(UNIVERSITY)).containsEntry("aliases", List.of("中国矿大"));
        assertThat(graph.namingDocuments(UNIVERSITY)).containsExactly(A, B);
        assertThat(graph.relationships(UNIVERSITY, PARK)).hasSize(1);
        assertThat(graph.nodeCounts()).containsOnly(entry("Document", 2L), entry("Section", 1L), entry("Task", 3L),
                entry("University", 1L), entry("Unit", 1L), entry("Park", 1L));
    }

    @Test
    void loadingTheOriginalAfterItsRevisionGivesTheOriginalGraphBack() {
        GraphWriter.write(graph.store, Fixtures.documentA());
        GraphWriter.write(graph.store, Fixtures.documentB());
        Map<String, Long> nodes = graph.nodeCounts();
        Map<String, Long> relationships = graph.relationshipCounts();

        GraphWriter.write(graph.store, Fixtures.documentARevised());
        GraphWriter.write(graph.store, Fixtures.documentA());

        assertThat(graph.nodeCounts()).isEqualTo(nodes);
        assertThat(graph.relationshipCounts()).isEqualTo(relationships);
        assertThat(graph.node(UNIVERSITY)).containsEntry("aliases", List.of("中国矿大", "矿大"));
    }

    @Test
    void evidenceIsStoredAsParallelListsWithRepeatedStatementsMerged() {
        GraphWriter.write(graph.store, Fixtures.documentA());

        assertThat(graph.relationships(A + ":task:1", UNIVERSITY)).singleElement().satisfies(r -> assertThat(r)
                .containsEntry("type", "MENTIONS")
                .containsEntry("document", A)
                .containsEntry("quotes", List.of("中国矿业大学", "矿大"))
                .containsEntry("starts", List.of(100L, 140L))
                .containsEntry("ends", List.of(106L, 142L))
                .containsEntry("rules", List.of("entity.university", "entity.alias"))
                .containsEntry("quoteCount", 2L));
        assertThat(graph.relationships(UNIT, A + ":task:1")).singleElement()
                .satisfies(r -> assertThat(r).containsEntry("role", "lead"));
    }

    @Test
    void indicatorValuesAreStoredAsValuesAndTheirYears() {
        GraphWriter.write(graph.store, Fixtures.documentA());

        assertThat(graph.node(A + ":indicator:1"))
                .containsEntry("values", List.of(2.1, 2.3, 3.0))
                .containsEntry("values_keys", List.of("2017", "2018", "2020"))
                .containsEntry("unit", "%");
    }

    @Test
    void aFailedWriteLeavesTheGraphExactlyAsBefore() {
        GraphWriter.write(graph.store, Fixtures.documentA());
        GraphWriter.write(graph.store, Fixtures.documentB());
        Map<String, Long> nodes = graph.nodeCounts();
        Map<String, Long> relationships = graph.relationshipCounts();
        ExtractedGraph broken = Fixtures.withExtraRelationship(Fixtures.documentARevised(), "sha-a3",
                Fixtures.rel(RelType.SUPPORTS, UNIT, "enterprise:不存在", "支持"));

        assertThatThrownBy(() -> GraphWriter.write(graph.store, broken))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("enterprise:不存在");

        assertThat(graph.nodeCounts()).isEqualTo(nodes);
        assertThat(graph.relationshipCounts()).isEqualTo(relationships);
        assertThat(graph.node(A)).containsEntry("sha256", "sha-a1");
        assertThat(graph.node(ENTERPRISE)).isNotEmpty();
        assertThat(graph.node(UNIVERSITY)).containsEntry("aliases", List.of("矿大", "中国矿大"));
    }

    @Test
    void aNodeClashingWithAnotherDocumentsNodeRollsBack() {
        GraphWriter.write(graph.store, Fixtures.documentA());
        Map<String, Long> nodes = graph.nodeCounts();
        ExtractedGraph clash = Fixtures.graph("other", "sha-o", List.of(
                Fixtures.node("other", Label.Document, "另一文件", Map.of()),
                Fixtures.node(A + ":task:1", Label.Task, "冒名任务", Map.of())), List.of());

        assertThatThrownBy(() -> GraphWriter.write(graph.store, clash))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(A + ":task:1");

        assertThat(graph.nodeCounts()).isEqualTo(nodes);
        assertThat(graph.node(A + ":task:1")).containsEntry("name", "建设产学研平台");
    }

    @Test
    void aPropertyOfAnUnsupportedTypeIsRefusedAndNothingIsWritten() {
        ExtractedGraph bad = Fixtures.graph("bad", "sha-x", List.of(
                Fixtures.node("bad", Label.Document, "坏文件", Map.of("when", new Object()))), List.of());

        assertThatThrownBy(() -> GraphWriter.write(graph.store, bad))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("when");

        assertThat(graph.nodeCounts()).isEmpty();
    }

    @Test
    void aLargeDocumentIsWrittenInSeveralBatches() {
        int tasks = GraphWriter.BATCH_SIZE * 2 + 500;
        List<Node> nodes = new ArrayList<>(List.of(Fixtures.node("big", Label.Document, "大文件", Map.of())));
        List<Relationship> relationships = new ArrayList<>();
        for (int i = 0; i < tasks; i++) {
            nodes.add(Fixtures.node("big:task:" + i, Label.Task, "任务" + i, Map.of("number", i)));
            relationships.add(new Relationship(RelType.HAS_TASK, "big", "big:task:" + i, Map.of(),
                    List.of(new Evidence("任务" + i, i, i + 2, "test"))));
        }
        ExtractedGraph big = new ExtractedGraph(new DocumentInfo("big", "大文件", null, null, "sha-big"), nodes,
                relationships, List.of());

        WriteSummary summary = GraphWriter.write(graph.store, big);

        assertThat(summary.nodesCreated()).containsEntry(Label.Task, tasks);
        assertThat(summary.relationshipsCreated()).containsEntry(RelType.HAS_TASK, tasks);
        assertThat(graph.nodeCounts()).containsEntry("Task", (long) tasks);
    }

    @Test
    void entitiesAreFoundByNameOrAlias() {
        GraphWriter.write(graph.store, Fixtures.documentA());
        GraphWriter.write(graph.store, Fixtures.documentB());
        CypherStatement search = CypherFiles.load("test/searchEntities");

        assertThat(graph.store.read(search, Map.of("query", "矿大"), row -> row.get("id").asString()))
                .contains(UNIVERSITY);
        assertThat(graph.store.read(search, Map.of("query", "\"徐工集团\""), row -> row.get("id").asString()))
                .containsExactly(ENTERPRISE);
    }
}
