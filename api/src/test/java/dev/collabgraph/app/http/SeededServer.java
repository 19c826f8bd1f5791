package dev.collabgraph.app.http;

import dev.collabgraph.app.reference.ReferenceData;
import dev.collabgraph.loader.extract.Extractor;
import dev.collabgraph.store.BoltConnection;
import dev.collabgraph.store.EmbeddedNeo4j;
import dev.collabgraph.store.EmbeddedSettings;
import dev.collabgraph.store.GraphStore;
import dev.collabgraph.store.GraphWriter;
import dev.collabgraph.store.Schema;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;

import java.net.URI;
import java.nio.file.Path;

/**
 * Test fixture: a real Neo4j loaded with the seed document (and any extra documents) and the real HTTP server on a
 * free port in front of it. The Neo4j is either the embedded store the product runs by default ({@link #start}) or
 * a separate server started by neo4j-harness and reached over Bolt like any external server ({@link #onHarness}).
 * Close it to stop both.
 */
public final class SeededServer implements AutoCloseable {
    public static final Path SEED = Path.of("..", "data", "xuzhou-2018-20.txt");

    private final AutoCloseable neo4j;
    private final GraphStore store;
    private final HttpServer server;

    private SeededServer(AutoCloseable neo4j, GraphStore store, HttpServer server) {
        this.neo4j = neo4j;
        this.store = store;
        this.server = server;
    }

    /** The embedded store in {@code storeDirectory}. */
    public static SeededServer start(Path storeDirectory, Path... extraDocuments) {
        EmbeddedNeo4j dbms = EmbeddedNeo4j.start(storeDirectory, EmbeddedSettings.defaults().withBoltPort(0));
        return seeded(dbms, dbms.openStore(), extraDocuments);
    }

    /** A separate Neo4j server (neo4j-harness) working in {@code directory}, reached through its Bolt URI. */
    public static SeededServer onHarness(Path directory, Path... extraDocuments) {
        Neo4j harness = Neo4jBuilders.newInProcessBuilder(directory)
                .withDisabledServer()
                .withConfig(GraphDatabaseSettings.allow_file_urls, false)
                // what an operator sets on a server that analysts query: a runaway query fails alone
                .withConfig(GraphDatabaseSettings.memory_transaction_max_size, 256L * 1024 * 1024)
                .withConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
                .build();
        return seeded(harness, GraphStore.connect(BoltConnection.anonymous(harness.boltURI())), extraDocuments);
    }

    private static SeededServer seeded(AutoCloseable neo4j, GraphStore store, Path... extraDocuments) {
        Schema.apply(store);
        GraphWriter.write(store, Extractor.extract(SEED));
        for (Path document : extraDocuments) {
            GraphWriter.write(store, Extractor.extract(document));
        }
        ReferenceData.load(store);
        return new SeededServer(neo4j, store, HttpServer.start(store, "127.0.0.1", 0));
    }

    public URI uri(String pathAndQuery) {
        return URI.create("http://127.0.0.1:" + server.port() + pathAndQuery);
    }

    public GraphStore store() {
        return store;
    }

    @Override
    public void close() {
        try {
            server.close();
            store.close();
        } finally {
            try {
                neo4j.close();
            } catch (Exception e) {
                throw new IllegalStateException("Neo4j did not stop", e);
            }
        }
    }
}
