package dev.collabgraph.store;

import java.lang.management.ManagementFactory;
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
    static final long MIN_PAGE_CACHE_BYTES = 128L << 20;

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
     * transactions, a page cache of a quarter of the machine's memory ({@link #defaultPageCacheBytes()}), a password
     * generated for the run should Bolt be turned on.
     */
    public static EmbeddedSettings defaults() {
        return new EmbeddedSettings(false, 0, null, Duration.ofSeconds(60), defaultPageCacheBytes(), 0);
    }

    /**
     * A quarter of the machine's memory, at least 128 MiB. Neo4j takes page cache memory as pages are first read, so
     * a city's store of a few MiB costs no more than before; a province's (1.9 GiB at 2,000 documents, most of it
     * evidence quotes) keeps its node, relationship and property records in memory. With the former fixed 128 MiB
     * the property records alone (150 MiB there) did not fit, and a busy node's neighbours read pages from the files
     * on every request (a profile of the server: a tenth of the samples copying pages in).
     */
    static long defaultPageCacheBytes() {
        long physical = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getTotalMemorySize();
        return Math.max(MIN_PAGE_CACHE_BYTES, physical / 4);
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
