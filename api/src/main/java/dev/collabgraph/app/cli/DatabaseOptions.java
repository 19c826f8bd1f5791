package dev.collabgraph.app.cli;

import dev.collabgraph.store.BoltConnection;
import dev.collabgraph.store.EmbeddedNeo4j;
import dev.collabgraph.store.EmbeddedSettings;
import dev.collabgraph.store.GraphStore;
import dev.collabgraph.store.Schema;
import picocli.CommandLine.Option;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Where the graph lives, shared by every command that needs one: the embedded store in a folder
 * (default {@code var/graph} under the project) or an external Neo4j reached by {@code --uri}. The
 * password of an external server comes from {@code NEO4J_PASSWORD} only, never from the command line.
 */
public final class DatabaseOptions {
    static final String PASSWORD_VARIABLE = "NEO4J_PASSWORD";

    @Option(names = "--db", paramLabel = "DIR", description = "Embedded store folder (default: var/graph in the project).")
    Path db;

    @Option(names = "--uri", paramLabel = "URI",
            description = "External Neo4j (bolt://host:7687 or neo4j://host:7687 for a cluster) instead of the embedded store.")
    URI uri;

    @Option(names = "--user", paramLabel = "USER", defaultValue = "neo4j",
            description = "User for --uri (default: ${DEFAULT-VALUE}); the password comes from $" + PASSWORD_VARIABLE + ".")
    String user;

    @Option(names = "--database", paramLabel = "NAME", description = "Database name on the server (default: the server's default).")
    String database;

    /** The embedded store folder to use when no {@code --uri} is given. */
    public Path storeDirectory() {
        if (db != null) {
            return db;
        }
        return home().resolve("var").resolve("graph");
    }

    /** The project folder the launcher names ({@code COLLABGRAPH_HOME}), else the working directory. */
    public static Path home() {
        String home = System.getenv("COLLABGRAPH_HOME");
        return home == null ? Path.of(".") : Path.of(home);
    }

    /** Opens the graph named by the options, with the schema applied. */
    public OpenGraph open(EmbeddedSettings embeddedSettings) {
        if (uri != null) {
            String password = System.getenv(PASSWORD_VARIABLE);
            GraphStore store = GraphStore.connect(new BoltConnection(uri, user, password, database));
            return new OpenGraph(null, withSchema(store), uri.toString());
        }
        Path dir = storeDirectory();
        String password = System.getenv(PASSWORD_VARIABLE);
        EmbeddedNeo4j dbms = EmbeddedNeo4j.start(dir, password == null || password.isEmpty()
                ? embeddedSettings : embeddedSettings.withPassword(password));
        try {
            return new OpenGraph(dbms, withSchema(dbms.openStore()), "embedded store " + dir.toAbsolutePath().normalize());
        } catch (RuntimeException e) {
            dbms.close();
            throw e;
        }
    }

    private static GraphStore withSchema(GraphStore store) {
        try {
            Schema.apply(store);
            return store;
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    /** A store and, for the embedded case, the DBMS behind it: closed together, store first. */
    public record OpenGraph(EmbeddedNeo4j dbms, GraphStore store, String description) implements AutoCloseable {
        /** How long Neo4j may take to stop before the command gives up on it (see {@link #close()}). */
        static final Duration SHUTDOWN_LIMIT = Duration.ofMinutes(2);

        @Override
        public void close() {
            try {
                store.close();
            } finally {
                if (dbms != null) {
                    closeWithin(dbms, SHUTDOWN_LIMIT);
                }
            }
        }

        /**
         * Neo4j flushes its store files on shutdown and retries a write that fails for want of space forever. A
         * command must end, so past the limit it says why and halts: what was committed is in the transaction log,
         * and Neo4j recovers it when the store is opened again with space to spare.
         */
        private static void closeWithin(EmbeddedNeo4j dbms, Duration limit) {
            Thread watchdog = new Thread(() -> {
                try {
                    Thread.sleep(limit.toMillis());
                } catch (InterruptedException e) {
                    return; // stopped in time
                }
                System.err.println("error: Neo4j did not stop within " + limit.toSeconds() + " s (is the disk of "
                        + dbms.storeDirectory() + " full?); committed documents are kept in its transaction log and "
                        + "recovered when the store is next opened with free space");
                Runtime.getRuntime().halt(3);
            }, "neo4j-shutdown-watchdog");
            watchdog.setDaemon(true);
            watchdog.start();
            try {
                dbms.close();
            } finally {
                watchdog.interrupt();
            }
        }
    }
}
