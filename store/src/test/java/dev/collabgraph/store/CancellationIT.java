package dev.collabgraph.store;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A caller that leaves stops its statement: on the in-process path and over Bolt, named reads and an analyst's
 * statement end within a second of {@link Cancellation#cancel()} although their time limit is a minute, and the
 * database runs nothing of theirs afterwards.
 */
class CancellationIT {
    private static final long FOREVER = 4_000_000_000_000L;
    private static final Duration MINUTE = Duration.ofMinutes(1);
    @TempDir
    static Path directory;
    static TestGraph graph;
    static GraphStore bolt;

    @BeforeAll
    static void start() {
        graph = TestGraph.start(directory);
        bolt = graph.neo4j.openBoltStore();
    }

    @AfterAll
    static void stop() {
        bolt.close();
        graph.close();
    }

    @Test
    void aNamedReadStopsInProcess() throws Exception {
        assertStops(graph.store, store -> store.read(CypherFiles.load("test/spin"), Map.of("until", FOREVER), MINUTE,
                row -> row.get(0).asLong()));
    }

    @Test
    void aNamedReadStopsOverBolt() throws Exception {
        assertStops(bolt, store -> store.read(CypherFiles.load("test/spin"), Map.of("until", FOREVER), MINUTE,
                row -> row.get(0).asLong()));
    }

    @Test
    void anAnalystsStatementStopsInProcessAndOverBolt() throws Exception {
        String spin = "UNWIND range(1, $until) AS n WITH n WHERE n < 0 RETURN count(n)";
        for (GraphStore store : List.of(graph.store, bolt)) {
            assertStops(store, s -> s.readAdHoc(spin, Map.of("until", FOREVER), MINUTE, 10));
        }
    }

    @Test
    void aCancelledCallerStartsNothingAndOthersAreUntouched() {
        Cancellation cancelled = new Cancellation(() -> { });
        cancelled.cancel();
        try (Cancellation.Binding binding = Cancellation.bind(cancelled)) {
            assertThatThrownBy(() -> graph.store.read(CypherFiles.load("test/spin"), Map.of("until", 1L), MINUTE,
                    row -> row.get(0).asLong())).isInstanceOf(Cancellation.QueryCancelledException.class);
        }
        // this thread is bound to nothing again: its statements run to their end
        assertThat(graph.store.read(CypherFiles.load("test/spin"), Map.of("until", 1000L), MINUTE,
                row -> row.get(0).asLong())).containsExactly(0L);
    }

    private static void assertStops(GraphStore store, Function<GraphStore, ?> call) throws Exception {
        int[] armed = {0};
        Cancellation cancellation = new Cancellation(() -> armed[0]++);
        CompletableFuture<Object> running = CompletableFuture.supplyAsync(() -> {
            try (Cancellation.Binding binding = Cancellation.bind(cancellation)) {
                return call.apply(store);
            }
        });
        Thread.sleep(500);
        assertThat(running).as("the statement runs until stopped").isNotDone();
        long cancelledAt = System.nanoTime();
        assertThat(cancellation.cancel()).as("a running statement was there to stop").isTrue();
        assertThatThrownBy(() -> running.get(10, TimeUnit.SECONDS))
                .hasCauseInstanceOf(Cancellation.QueryCancelledException.class);
        // at once rather than at the statement's one-minute limit; 5 s leaves room for a busy two-core host (2.08 s
        // was seen while another build ran beside the tests)
        assertThat(Duration.ofNanos(System.nanoTime() - cancelledAt)).isLessThan(Duration.ofSeconds(5));
        assertThat(armed[0]).as("armed once, when the statement started").isEqualTo(1);
        assertThat(runningSpins()).as("nothing of the stopped call runs in the database").isZero();
    }

    private static long runningSpins() {
        return graph.store.readAdHoc("SHOW TRANSACTIONS YIELD currentQuery WHERE currentQuery CONTAINS 'range(1, $until)'"
                + " AND NOT currentQuery CONTAINS 'SHOW' RETURN count(*)", Map.of(), MINUTE, 1).rows().get(0).get(0).asLong();
    }
}
