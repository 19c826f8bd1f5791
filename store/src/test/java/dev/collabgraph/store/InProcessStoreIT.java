package dev.collabgraph.store;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.types.Node;
import org.neo4j.driver.types.Path;
import org.neo4j.driver.types.Relationship;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The in-process store ({@link EmbeddedNeo4j#openStore()}) against the same database over Bolt
 * ({@link EmbeddedNeo4j#openBoltStore()}): the same rows, the same value types, the same errors with the same codes.
 */
class InProcessStoreIT {
    private static final String GRAPH_ROWS = "MATCH p = (a:Node)-[r]->(b:Node) RETURN a, r, p, labels(a) AS labels,"
            + " properties(r) AS props, [1, 2.5, 'x', true, null] AS list ORDER BY a.id, type(r), b.id LIMIT 25";
    @TempDir
    static java.nio.file.Path directory;
    static TestGraph graph;
    static GraphStore bolt;

    @BeforeAll
    static void start() {
        graph = TestGraph.start(directory);
        GraphWriter.write(graph.store, Fixtures.documentA());
        GraphWriter.write(graph.store, Fixtures.documentB());
        bolt = graph.neo4j.openBoltStore();
    }

    @AfterAll
    static void stop() {
        bolt.close();
        graph.close();
    }

    @Test
    void namedReadsGiveTheSameRowsInProcessAndOverBolt() {
        for (String name : List.of("test/countNodesByLabel", "test/countRelationshipsByType")) {
            CypherStatement statement = CypherFiles.load(name);
            assertThat(graph.store.read(statement, Map.of(), Record::asMap))
                    .as(name).isNotEmpty().isEqualTo(bolt.read(statement, Map.of(), Record::asMap));
        }
        CypherStatement node = CypherFiles.load("test/findNode");
        assertThat(graph.store.read(node, Map.of("id", Fixtures.UNIVERSITY), Record::asMap))
                .hasSize(1).isEqualTo(bolt.read(node, Map.of("id", Fixtures.UNIVERSITY), Record::asMap));
    }

    @Test
    void nodesRelationshipsAndPathsArriveAsTheDriversTypes() {
        AdHocResult local = graph.store.readAdHoc(GRAPH_ROWS, Map.of(), Duration.ofSeconds(10), 100);
        AdHocResult remote = bolt.readAdHoc(GRAPH_ROWS, Map.of(), Duration.ofSeconds(10), 100);
        assertThat(local.columns()).isEqualTo(remote.columns());
        assertThat(local.rows()).hasSameSizeAs(remote.rows()).isNotEmpty();
        for (int i = 0; i < local.rows().size(); i++) {
            assertThat(describe(local.rows().get(i))).isEqualTo(describe(remote.rows().get(i)));
        }
    }

    @Test
    void aProfileCountsTheSameRowsAndSomeDatabaseHitsOnBothPaths() {
        CypherStatement node = CypherFiles.load("test/findNode");
        QueryProfile local = graph.store.profile(node, Map.of("id", Fixtures.UNIVERSITY), Duration.ofSeconds(10));
        QueryProfile remote = bolt.profile(node, Map.of("id", Fixtures.UNIVERSITY), Duration.ofSeconds(10));
        assertThat(local.rows()).isEqualTo(remote.rows()).isEqualTo(1);
        assertThat(local.dbHits()).isPositive();
        assertThat(remote.dbHits()).isPositive();
        assertThatThrownBy(() -> graph.store.profile(CypherFiles.load("test/deleteEverything"), Map.of(),
                Duration.ofSeconds(5))).isInstanceOf(ClientException.class);
    }

    @Test
    void aReadCannotWriteWhateverItsText() {
        assertThatThrownBy(() -> graph.store.readAdHoc("CREATE (n:Intruder) RETURN n", Map.of(), Duration.ofSeconds(5), 10))
                .isInstanceOf(ClientException.class)
                .satisfies(e -> assertThat(((ClientException) e).code()).isEqualTo("Neo.ClientError.Statement.AccessMode"));
        assertThat(graph.store.readAdHoc("MATCH (n:Intruder) RETURN count(n) AS n", Map.of(), Duration.ofSeconds(5), 1)
                .rows().get(0).get("n").asLong()).isZero();
    }

    @Test
    void errorsCarryNeo4jsStatusCodeAsOverBolt() {
        String broken = "MATCH (n RETURN n";
        String localCode = code(() -> graph.store.readAdHoc(broken, Map.of(), Duration.ofSeconds(5), 10));
        assertThat(localCode).isEqualTo("Neo.ClientError.Statement.SyntaxError")
                .isEqualTo(code(() -> bolt.readAdHoc(broken, Map.of(), Duration.ofSeconds(5), 10)));
        assertThat(graph.store.explainQueryType("CREATE (n:X)", Map.of(), Duration.ofSeconds(5)))
                .isEqualTo(bolt.explainQueryType("CREATE (n:X)", Map.of(), Duration.ofSeconds(5))).isEqualTo("WRITE_ONLY");
    }

    @Test
    void aReadPastItsTimeLimitIsStoppedWithTheTimeoutCode() {
        CypherStatement slow = CypherFiles.load("test/countCrossProduct");
        long started = System.nanoTime();
        String code = code(() -> graph.store.read(slow, Map.of("size", 1_000_000), Duration.ofSeconds(1), r -> r));
        assertThat(code).contains("TransactionTimedOut");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(20));
    }

    @Test
    void aFailedWriteChangesNothingAndReachesTheCallerAsItWasThrown() {
        Map<String, Long> before = graph.nodeCounts();
        IllegalStateException refusal = new IllegalStateException("refused by the caller");
        assertThatThrownBy(() -> graph.store.write(tx -> {
            tx.run(CypherFiles.load("test/deleteEverything"), Map.of(), r -> r);
            throw refusal;
        })).isSameAs(refusal);
        assertThat(graph.nodeCounts()).isEqualTo(before);
    }

    private static String code(Runnable action) {
        try {
            action.run();
        } catch (ClientException e) {
            return e.code();
        }
        throw new AssertionError("no ClientException");
    }

    /** A row as comparable text: entities by element id, labels, type and properties, paths by their entities. */
    private static List<String> describe(Record row) {
        List<String> out = new ArrayList<>();
        for (Value value : row.values()) {
            out.add(describe(value));
        }
        return out;
    }

    private static String describe(Value value) {
        return switch (value.type().name()) {
            case "NODE" -> describe(value.asNode());
            case "RELATIONSHIP" -> describe(value.asRelationship());
            case "PATH" -> {
                Path path = value.asPath();
                List<String> parts = new ArrayList<>();
                path.nodes().forEach(n -> parts.add(describe(n)));
                path.relationships().forEach(r -> parts.add(describe(r)));
                yield "path" + parts;
            }
            case "MAP" -> "map" + new TreeMap<>(value.asMap());
            default -> value.type().name() + ":" + value.asObject();
        };
    }

    private static String describe(Node node) {
        return "node " + node.elementId() + " " + node.labels() + " " + new TreeMap<>(node.asMap());
    }

    private static String describe(Relationship r) {
        return "rel " + r.elementId() + " " + r.startNodeElementId() + "-" + r.type() + "->" + r.endNodeElementId()
                + " " + new TreeMap<>(r.asMap());
    }
}
