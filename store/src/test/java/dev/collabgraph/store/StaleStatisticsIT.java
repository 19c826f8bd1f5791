package dev.collabgraph.store;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Statements that seek a list of ids on a store written just now, before Neo4j has sampled its id index: the
 * planner then reads the index as empty, and without a seek hint it chose to scan the whole index once per id (a
 * path search level of 15,000 ids took 40 s instead of 0.4 s). Database hits, not time, show the difference.
 */
class StaleStatisticsIT {
    private static final int STORED = 20_000;
    private static final int SOUGHT = 2_000;
    /** Hits per sought id a seek plan stays under (an index scan per id costs about {@link #STORED}). */
    private static final int HITS_PER_ID = 40;
    @TempDir
    static Path directory;
    static TestGraph graph;
    static List<String> ids = new ArrayList<>();

    @BeforeAll
    static void start() {
        graph = TestGraph.start(directory);
        // written after the schema, in one go: the id index was last sampled empty
        CypherStatement fill = new CypherStatement("staleStatisticsFixture", "fills the store", List.of(),
                "UNWIND range(1, " + STORED + ") AS i CREATE (t:Node:Task {id: 'task:' + i, name: '任务'})"
                        + " WITH t, i WHERE i > 1 MATCH (p:Node {id: 'task:' + (i - 1)}) CREATE (p)-[:DETAILS]->(t)", "");
        graph.store.write(Duration.ofMinutes(2), tx -> tx.run(fill, Map.of(), r -> r));
        for (int i = 1; i <= SOUGHT; i++) {
            ids.add("task:" + (i * (STORED / SOUGHT)));
        }
    }

    @AfterAll
    static void stop() {
        graph.close();
    }

    @Test
    void entitiesAreFoundByIdThroughSeeks() {
        assertSeeks("documents/findExistingEntities", Map.of("ids", ids), SOUGHT);
    }

    @Test
    void missingNodesAreFoundThroughSeeks() {
        List<String> some = new ArrayList<>(ids);
        some.add("task:none");
        assertSeeks("write/findMissingNodes", Map.of("ids", some), 1);
    }

    @Test
    void aPathSearchLevelIsExpandedThroughSeeks() {
        assertSeeks("explore/expandPathFrontier", Map.of("ids", ids, "through", List.of("Task"),
                "ends", List.of("task:1", "task:" + STORED)), -1);
    }

    private static void assertSeeks(String name, Map<String, ?> arguments, long rows) {
        String file = name.startsWith("write/") ? name : "queries/" + name;
        QueryProfile profile = graph.store.profile(CypherFiles.load(file), arguments, Duration.ofMinutes(2));
        if (rows >= 0) {
            assertThat(profile.rows()).as(name + " rows").isEqualTo(rows);
        } else {
            assertThat(profile.rows()).as(name + " rows").isPositive();
        }
        assertThat(profile.dbHits()).as(name + " database hits for " + SOUGHT + " ids")
                .isLessThan((long) HITS_PER_ID * SOUGHT);
    }
}
