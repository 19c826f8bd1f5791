package dev.collabgraph.store;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.kernel.impl.transaction.log.checkpoint.CheckPointer;
import org.neo4j.kernel.impl.transaction.log.checkpoint.SimpleTriggerInfo;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.neo4j.server.configuration.ConfigurableServerModules;
import org.neo4j.server.configuration.ServerSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A Neo4j DBMS running inside this JVM on a store directory, reachable over Bolt on 127.0.0.1 only. Neo4j's own
 * logs go to {@code <store>/logs}, nothing to stdout. Close it (in a {@code finally} or try-with-resources): a
 * running DBMS keeps the JVM alive. No shutdown hook is registered; that is the application's choice.
 *
 * <p>Authentication is always on. Binding to 127.0.0.1 does not keep out a web page in the user's browser: it can
 * open a WebSocket to the Bolt port and post to the HTTP connector from any origin. So every client must log in,
 * with the configured password or, when none is configured, one generated for this run; the HTTP connector, when
 * on, serves Neo4j Browser only (no HTTP transaction endpoints) and allows no other origin.
 */
public final class EmbeddedNeo4j implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedNeo4j.class);
    private static final String HOST = "127.0.0.1";
    /** The user clients log in as. */
    public static final String USER = "neo4j";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final DatabaseManagementService dbms;
    private final Path storeDirectory;
    private final long pageCacheBytes;
    private final StoreLock lock;
    private final URI boltUri;
    private final String password;
    private final boolean generatedPassword;

    private EmbeddedNeo4j(DatabaseManagementService dbms, Path storeDirectory, long pageCacheBytes, StoreLock lock,
                          URI boltUri, String password, boolean generatedPassword) {
        this.dbms = dbms;
        this.storeDirectory = storeDirectory;
        this.pageCacheBytes = pageCacheBytes;
        this.lock = lock;
        this.boltUri = boltUri;
        this.password = password;
        this.generatedPassword = generatedPassword;
    }

    /** Starts the DBMS, creating the store when the directory is empty. Takes a few seconds. */
    static final long TRANSACTION_MEMORY_BYTES = 256L * 1024 * 1024;

    public static EmbeddedNeo4j start(Path storeDirectory, EmbeddedSettings settings) {
        long started = System.nanoTime();
        StoreLock lock = StoreLock.take(storeDirectory);
        try {
            return start(storeDirectory, settings, lock, started);
        } catch (RuntimeException | Error e) {
            lock.close();
            throw e;
        }
    }

    private static EmbeddedNeo4j start(Path storeDirectory, EmbeddedSettings settings, StoreLock lock, long started) {
        int port = settings.bolt() ? (settings.boltPort() == 0 ? freePort() : settings.boltPort()) : 0;
        boolean generated = settings.password() == null;
        String password = generated ? generatePassword() : settings.password();
        DatabaseManagementServiceBuilder builder = new DatabaseManagementServiceBuilder(storeDirectory)
                .setConfig(GraphDatabaseSettings.auth_enabled, true)
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
                    .setConfig(HttpConnector.advertised_address, new SocketAddress(HOST, settings.httpPort()))
                    // Neo4j Browser talks Bolt: the HTTP transaction and query endpoints stay off, and no other
                    // origin may read what the connector answers (the default is *)
                    .setConfig(ServerSettings.http_enabled_modules, EnumSet.of(ConfigurableServerModules.BROWSER))
                    .setConfig(ServerSettings.http_access_control_allow_origin,
                            "http://" + HOST + ":" + settings.httpPort());
        }
        if (settings.bolt()) {
            // advertised too: else the routing table a neo4j:// client asks for names port 7687
            builder.setConfig(BoltConnector.listen_address, new SocketAddress(HOST, port))
                    .setConfig(BoltConnector.advertised_address, new SocketAddress(HOST, port));
        }
        DatabaseManagementService dbms = builder.build();
        try {
            setPassword(dbms, password);
        } catch (RuntimeException e) {
            dbms.shutdown();
            throw e;
        }
        URI boltUri = settings.bolt() ? URI.create("bolt://" + HOST + ":" + port) : null;
        LOG.info("Neo4j started on {} in {} ms (Bolt: {})", storeDirectory, (System.nanoTime() - started) / 1_000_000,
                boltUri == null ? "off" : boltUri);
        return new EmbeddedNeo4j(dbms, storeDirectory, settings.pageCacheBytes(), lock, boltUri, password, generated);
    }

    /** The folder the store lives in. */
    public Path storeDirectory() {
        return storeDirectory;
    }

    /** The most data the page cache can hold that is not in the store files yet (its size). */
    public long pageCacheBytes() {
        return pageCacheBytes;
    }

    /** Writes what the page cache holds to the store files now (Neo4j otherwise does so every few minutes). */
    public void checkpoint() {
        // db.checkpoint() is not registered in the community edition: the kernel's own check-pointer is
        GraphDatabaseAPI database = (GraphDatabaseAPI) dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        try {
            database.getDependencyResolver().resolveDependency(CheckPointer.class)
                    .forceCheckPoint(new SimpleTriggerInfo("collabgraph: free disk space check"));
        } catch (IOException e) {
            throw new UncheckedIOException("Neo4j could not write its page cache to " + storeDirectory, e);
        }
    }

    /** {@code bolt://127.0.0.1:<port>}; fails when Bolt is disabled. */
    public URI boltUri() {
        if (boltUri == null) {
            throw new IllegalStateException("the embedded DBMS runs without Bolt");
        }
        return boltUri;
    }

    /**
     * The {@link GraphStore} of the default database, in process: no Bolt connection between (Bolt, when on, is for
     * other clients). Closing it is harmless; the database lives until this DBMS closes.
     */
    public GraphStore openStore() {
        return new InProcessGraphStore(dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME));
    }

    /**
     * A {@link GraphStore} over this DBMS's Bolt connector, as an external client sees it (the path {@code --uri}
     * takes); the caller closes it before this DBMS. Fails when Bolt is off.
     */
    public GraphStore openBoltStore() {
        return GraphStore.connect(new BoltConnection(boltUri(), USER, password, null));
    }

    /**
     * The password of {@value #USER} for this run: the configured one, or the one generated at start when none was
     * configured. For telling the user once how to log in; never log it.
     */
    public String password() {
        return password;
    }

    /** Whether {@link #password()} was generated for this run (no password was configured). */
    public boolean generatedPassword() {
        return generatedPassword;
    }

    @Override
    public void close() {
        long started = System.nanoTime();
        try {
            dbms.shutdown();
        } finally {
            lock.close();
        }
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

    /** 144 random bits, URL-safe so that it can be typed into cypher-shell and Neo4j Browser as it is. */
    private static String generatePassword() {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
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
