package dev.collabgraph.app.http;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

/** Base of test classes that share one {@link SeededServer} (embedded Neo4j with the seed, real HTTP) per class. */
public abstract class WithSeededServer {
    @TempDir
    static Path dir;
    protected static SeededServer server;

    @BeforeAll
    public static void startSeededServer() {
        server = SeededServer.start(dir.resolve("graph"));
    }

    @AfterAll
    public static void stopSeededServer() {
        server.close();
    }
}
