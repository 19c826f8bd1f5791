package dev.collabgraph.store;

import dev.collabgraph.model.ExtractedGraph;
import dev.collabgraph.model.RelType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static dev.collabgraph.store.Fixtures.A;
import static dev.collabgraph.store.Fixtures.B;
import static dev.collabgraph.store.Fixtures.ENTERPRISE;
import static dev.collabgraph.store.Fixtures.PARK;
import static dev.collabgraph.store.Fixtures.UNIVERSITY;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pair summaries (one LINK per entity pair and relation type) the writer keeps: always what the per-document
 * relationships say (documents, relationships, quotes), through loads, reloads, revisions and the backfill of a store
 * written before them.
 */
class PairSummariesIT {
    private static final String PARTNERS = UNIVERSITY + " PARTNERS_WITH " + ENTERPRISE;
    private static final String LOCATED = UNIVERSITY + " LOCATED_IN " + PARK;

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

    /** Summaries by pair: [documents, relationships, quoteCount]. */
    private static Map<String, List<Long>> summaries() {
        return rows("test/listPairSummaries");
    }

    /** What the summaries should be, worked out from the per-document relationships. */
    private static Map<String, List<Long>> expected() {
        return rows("test/summariseRelationships");
    }

    private static Map<String, List<Long>> rows(String query) {
        Map<String, List<Long>> out = new java.util.TreeMap<>();
        graph.store.read(CypherFiles.load(query), Map.of(), row -> out.put(row.get("pair").asString(), List.of(
                row.get("documents").asLong(), row.get("relationships").asLong(), row.get("quoteCount").asLong())));
        return out;
    }

    /** B stating A's pair too, with two quotes. */
    private static ExtractedGraph documentBWithPartners() {
        return Fixtures.withExtraRelationship(Fixtures.documentB(), "sha-b2", new dev.collabgraph.model.Relationship(
                RelType.PARTNERS_WITH, UNIVERSITY, ENTERPRISE, Map.of(), List.of(
                        new dev.collabgraph.model.Evidence("矿大与徐工合作", 0, 7, "test"),
                        new dev.collabgraph.model.Evidence("校企共建", 8, 12, "test"))));
    }

    @Test
    void aLoadCountsEachPairOncePerDocumentWithItsRelationshipsAndQuotes() {
        GraphWriter.write(graph.store, Fixtures.documentA());
        GraphWriter.write(graph.store, documentBWithPartners());

        assertThat(summaries()).containsOnlyKeys(PARTNERS, LOCATED)
                .containsEntry(PARTNERS, List.of(2L, 2L, 3L))
                .containsEntry(LOCATED, List.of(1L, 1L, 1L));
        assertThat(summaries()).isEqualTo(expected());
        // the per-document relationships are still there, one per document, with their evidence
        assertThat(graph.relationships(UNIVERSITY, ENTERPRISE)).hasSize(2).allMatch(r -> r.containsKey("quotes"));
    }

    @Test
    void loadingTheSameDocumentAgainLeavesTheCountsAsTheyWere() {
        GraphWriter.write(graph.store, Fixtures.documentA());
        GraphWriter.write(graph.store, documentBWithPartners());
        Map<String, List<Long>> before = summaries();

        assertThat(GraphWriter.write(graph.store, Fixtures.documentA()).unchanged()).isTrue();
        assertThat(summaries()).isEqualTo(before);
        // the same graph under another revision hash: its share taken out, then added again
        ExtractedGraph sameAgain = Fixtures.withExtraRelationship(Fixtures.documentA(), "sha-a1-again",
                Fixtures.rel(RelType.MENTIONS, A + ":task:1", ENTERPRISE, "徐工"));
        GraphWriter.write(graph.store, sameAgain, GraphWriter.OnConflict.REPLACE);
        assertThat(summaries()).isEqualTo(before).isEqualTo(expected());
    }

    @Test
    void aRevisionThatDropsAPairTakesItsShareOutAndTheLastShareTakesTheSummary() {
        GraphWriter.write(graph.store, Fixtures.documentA());
        GraphWriter.write(graph.store, documentBWithPartners());

        // A's revision no longer states the partnership: B's share stays
        GraphWriter.write(graph.store, Fixtures.documentARevised());
        assertThat(summaries()).containsEntry(PARTNERS, List.of(1L, 1L, 2L)).isEqualTo(expected());

        // B's revision drops it too: no relationship left, no summary
        GraphWriter.write(graph.store, Fixtures.graph(B, "sha-b3", Fixtures.documentB().nodes(),
                Fixtures.documentB().relationships()));
        assertThat(summaries()).containsOnlyKeys(LOCATED).isEqualTo(expected());
        assertThat(graph.relationships(UNIVERSITY, ENTERPRISE)).isEmpty();
    }

    @Test
    void documentsWrittenAtOnceShareOneSummaryPerPair() throws Exception {
        GraphWriter.write(graph.store, Fixtures.documentA());
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<WriteSummary>> writes = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                String id = "xwf-2020-" + i;
                ExtractedGraph g = Fixtures.graph(id, "sha-" + i, List.of(
                        Fixtures.node(id, dev.collabgraph.model.Label.Document, "文件" + i, Map.of()),
                        Fixtures.entity(UNIVERSITY, dev.collabgraph.model.Label.University, "中国矿业大学"),
                        Fixtures.entity(PARK, dev.collabgraph.model.Label.Park, "徐州高新区")), List.of(
                        Fixtures.rel(RelType.LOCATED_IN, UNIVERSITY, PARK, "位于高新区" + i),
                        Fixtures.rel(RelType.PARTNERS_WITH, UNIVERSITY, ENTERPRISE, "合作" + i)));
                writes.add(pool.submit(() -> {
                    go.await();
                    return GraphWriter.write(graph.store, g);
                }));
            }
            go.countDown();
            for (Future<WriteSummary> write : writes) {
                write.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(summaries()).containsEntry(LOCATED, List.of(8L, 8L, 8L)).containsEntry(PARTNERS, List.of(9L, 9L, 9L))
                .isEqualTo(expected());
    }

    @Test
    void aStoreWrittenBeforeTheSummariesGetsThemOnceAtStart() {
        GraphWriter.write(graph.store, Fixtures.documentA());
        GraphWriter.write(graph.store, documentBWithPartners());
        Map<String, List<Long>> kept = summaries();
        graph.store.write(tx -> tx.run(CypherFiles.load("test/deletePairSummaries"), Map.of(), row -> row));
        assertThat(summaries()).isEmpty();

        assertThat(PairSummaries.backfillIfMissing(graph.store)).isEqualTo(2);
        assertThat(summaries()).isEqualTo(kept).isEqualTo(expected());
        // present now: the next start leaves them alone, and the writer keeps them from there
        assertThat(PairSummaries.backfillIfMissing(graph.store)).isZero();
        Schema.apply(graph.store);
        assertThat(summaries()).isEqualTo(kept);
        GraphWriter.write(graph.store, Fixtures.documentARevised());
        assertThat(summaries()).isEqualTo(expected());
    }

    @Test
    void anEmptyStoreNeedsNoBackfill() {
        assertThat(PairSummaries.backfillIfMissing(graph.store)).isZero();
    }
}
