package dev.collabgraph.store;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A Neo4j DBMS running inside this JVM on a store directory, reachable over Bolt on 127.0.0.1 only. Neo4j's own
 * logs go to {@code <store>/logs}, nothing to stdout. Close it (in a {@code finally} or try-with-resources): a
 * running DBMS keeps the JVM alive. No shutdown hook is registered; that is the application's choice.
 */
public final class EmbeddedNeo4j implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedNeo4j.class);
    private static final String HOST = "127.0.0.1";

    private final DatabaseManagementService dbms;
    private final URI boltUri;
    private final String password;

    private EmbeddedNeo4j(DatabaseManagementService dbms, URI boltUri, String password) {
        this.dbms = dbms;
        this.boltUri = boltUri;
        this.password = password;
    }

    /** Starts the DBMS, creating the store when the directory is empty. Takes a few seconds. */
    static final long TRANSACTION_MEMORY_BYTES = 256L * 1024 * 1024;

    public static EmbeddedNeo4j start(Path storeDirectory, EmbeddedSettings settings) {
        long started = System.nanoTime();
        int port = settings.bolt() ? (settings.boltPort() == 0 ? freePort() : settings.boltPort()) : 0;
        DatabaseManagementServiceBuilder builder = new DatabaseManagementServiceBuilder(storeDirectory)
                .setConfig(GraphDatabaseSettings.auth_enabled, settings.password() != null)
                .setConfig(GraphDatabaseSettings.allow_file_urls, false)
                .setConfig(GraphDatabaseSettings.transaction_timeout, settings.transactionTimeout())
                // an analyst's runaway query fails alone instead of taking the server's heap with it
                .setConfig(GraphDatabaseSettings.memory_transaction_max_size, TRANSACTION_MEMORY_BYTES)
                .setConfig(GraphDatabaseSettings.pagecache_memory, settings.pageCacheBytes())
                // the Bolt server otherwise waits 10 s for quiet on shutdown
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
                .setConfig(BoltConnector.enabled, settings.bolt())
                .setConfig(HttpConnector.enabled, settings.httpPort() > 0);
        if (settings.httpPort() > 0) {
            builder.setConfig(HttpConnector.listen_address, new SocketAddress(HOST, settings.httpPort()))
                    .setConfig(HttpConnector.advertised_address, new SocketAddress(HOST, settings.httpPort()));
        }
        if (settings.bolt()) {
            // advertised too: else the routing table a neo4j:// client asks for names port 7687
            builder.setConfig(BoltConnector.listen_address, new SocketAddress(HOST, port))
                    .setConfig(BoltConnector.advertised_address, new SocketAddress(HOST, port));
        }
        DatabaseManagementService dbms = builder.build();
        try {
            if (settings.password() != null) {
                setPassword(dbms, settings.password());
            }
        } catch (RuntimeException e) {
            dbms.shutdown();
            throw e;
        }
        URI boltUri = settings.bolt() ? URI.create("bolt://" + HOST + ":" + port) : null;
        LOG.info("Neo4j started on {} in {} ms (Bolt: {})", storeDirectory, (System.nanoTime() - started) / 1_000_000,
                boltUri == null ? "off" : boltUri);
        return new EmbeddedNeo4j(dbms, boltUri, settings.password());
    }

    /** {@code bolt://127.0.0.1:<port>}; fails when Bolt is disabled. */
    public URI boltUri() {
        if (boltUri == null) {
            throw new IllegalStateException("the embedded DBMS runs without Bolt");
        }
        return boltUri;
    }

    /** A new {@link GraphStore} over Bolt on the default database; the caller closes it before this DBMS. */
    public GraphStore openStore() {
        URI uri = boltUri();
        return GraphStore.connect(password == null
                ? BoltConnection.anonymous(uri)
                : new BoltConnection(uri, "neo4j", password, null));
    }

    @Override
    public void close() {
        long started = System.nanoTime();
        dbms.shutdown();
        LOG.info("Neo4j stopped in {} ms", (System.nanoTime() - started) / 1_000_000);
    }

    /**
     * Neo4j refuses to set the password a user already has, which is the case on every start after the first:
     * passing through a random password first makes this idempotent.
     */
    private static void setPassword(DatabaseManagementService dbms, String password) {
        CypherStatement statement = CypherFiles.load("write/setInitialPassword");
        GraphDatabaseService system = dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
        for (String next : List.of(UUID.randomUUID().toString(), password)) {
            Map<String, Object> arguments = Map.of("password", next);
            statement.checkArguments(arguments);
            system.executeTransactionally(statement.text(), arguments);
        }
    }

    /** A port free right now on 127.0.0.1; another process could take it before Neo4j binds, rare enough locally. */
    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(HOST))) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port on " + HOST, e);
        }
    }
}
