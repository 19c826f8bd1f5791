package dev.collabgraph.app.http;

import dev.collabgraph.app.reference.ReferenceData;
import dev.collabgraph.loader.extract.Extractor;
import dev.collabgraph.store.EmbeddedNeo4j;
import dev.collabgraph.store.EmbeddedSettings;
import dev.collabgraph.store.GraphStore;
import dev.collabgraph.store.GraphWriter;
import dev.collabgraph.store.Schema;

import java.net.URI;
import java.nio.file.Path;

/**
 * Test fixture: a real embedded Neo4j in a folder, loaded with the seed document (and any extra documents), and
 * the real HTTP server on a free port in front of it. Close it to stop both.
 */
public final class SeededServer implements AutoCloseable {
    public static final Path SEED = Path.of("..", "data", "xuzhou-2018-20.txt");

    private final EmbeddedNeo4j dbms;
    private final GraphStore store;
    private final HttpServer server;

    private SeededServer(EmbeddedNeo4j dbms, GraphStore store, HttpServer server) {
        this.dbms = dbms;
        this.store = store;
        this.server = server;
    }

    public static SeededServer start(Path storeDirectory, Path... extraDocuments) {
        EmbeddedNeo4j dbms = EmbeddedNeo4j.start(storeDirectory, EmbeddedSettings.defaults().withBoltPort(0));
        GraphStore store = dbms.openStore();
        Schema.apply(store);
        GraphWriter.write(store, Extractor.extract(SEED));
        for (Path document : extraDocuments) {
            GraphWriter.write(store, Extractor.extract(document));
        }
        ReferenceData.load(store);
        return new SeededServer(dbms, store, HttpServer.start(store, "127.0.0.1", 0));
    }

    public URI uri(String pathAndQuery) {
        return URI.create("http://127.0.0.1:" + server.port() + pathAndQuery);
    }

    public GraphStore store() {
        return store;
    }

    public EmbeddedNeo4j dbms() {
        return dbms;
    }

    @Override
    public void close() {
        try {
            server.close();
            store.close();
        } finally {
            dbms.close();
        }
    }
}
