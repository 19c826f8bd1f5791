package dev.collabgraph.store;

import java.time.Duration;

/**
 * How to run the embedded DBMS. {@code boltPort} 0 picks a free port; {@code password} null has one generated for
 * the run (authentication is always on: see {@link EmbeddedNeo4j}). The password never appears in
 * {@link #toString()}.
 */
public record EmbeddedSettings(boolean bolt, int boltPort, String password, Duration transactionTimeout,
                               long pageCacheBytes, int httpPort) {
    /** A cold first query can take about 2 s to plan, so shorter limits fail on start-up work. */
    static final Duration MIN_TRANSACTION_TIMEOUT = Duration.ofSeconds(5);

    public EmbeddedSettings {
        if (boltPort < 0 || boltPort > 65_535) {
            throw new IllegalArgumentException("Bolt port out of range: " + boltPort);
        }
        if (httpPort < 0 || httpPort > 65_535) {
            throw new IllegalArgumentException("HTTP port out of range: " + httpPort);
        }
        if (transactionTimeout.compareTo(MIN_TRANSACTION_TIMEOUT) < 0) {
            throw new IllegalArgumentException("transaction timeout below " + MIN_TRANSACTION_TIMEOUT + ": "
                    + transactionTimeout);
        }
    }

    /**
     * No connector (the application reads and writes in process: {@link EmbeddedNeo4j#openStore()}), 60 s
     * transactions, 128 MiB page cache, a password generated for the run should Bolt be turned on.
     */
    public static EmbeddedSettings defaults() {
        return new EmbeddedSettings(false, 0, null, Duration.ofSeconds(60), 128L << 20, 0);
    }

    /** Neo4j's HTTP connector (and Neo4j Browser at /browser/ when its jar is on the classpath); 0 turns it off. */
    public EmbeddedSettings withHttpPort(int port) {
        return new EmbeddedSettings(bolt, boltPort, password, transactionTimeout, pageCacheBytes, port);
    }

    /** Bolt on 127.0.0.1 for other clients (cypher-shell, Neo4j Browser, {@link EmbeddedNeo4j#openBoltStore()}); 0: a free port. */
    public EmbeddedSettings withBoltPort(int port) {
        return new EmbeddedSettings(true, port, password, transactionTimeout, pageCacheBytes, httpPort);
    }

    /** No Bolt connector: nothing listens, and {@link EmbeddedNeo4j#openBoltStore()} is unavailable. */
    public EmbeddedSettings withoutBolt() {
        return new EmbeddedSettings(false, boltPort, password, transactionTimeout, pageCacheBytes, httpPort);
    }

    public EmbeddedSettings withPassword(String newPassword) {
        return new EmbeddedSettings(bolt, boltPort, newPassword, transactionTimeout, pageCacheBytes, httpPort);
    }

    public EmbeddedSettings withTransactionTimeout(Duration timeout) {
        return new EmbeddedSettings(bolt, boltPort, password, timeout, pageCacheBytes, httpPort);
    }

    @Override
    public String toString() {
        return "EmbeddedSettings[bolt=" + bolt + ", boltPort=" + boltPort + ", password="
                + (password == null ? null : "***") + ", transactionTimeout=" + transactionTimeout
                + ", pageCacheBytes=" + pageCacheBytes + ", httpPort=" + httpPort + "]";
    }
}
