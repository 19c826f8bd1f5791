package dev.collabgraph.store;

import org.neo4j.driver.Record;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The one query interface of collabgraph: read statements with parameters and a timeout, and units of work that
 * run in one write transaction. Statements come from {@link CypherFiles} only, and the arguments must name
 * exactly the parameters a statement declares.
 *
 * <p>{@link #connect(BoltConnection)} works the same against the embedded DBMS (its Bolt connector) and an
 * external server. The embedded store's in-process implementation adds {@link #walks()}, the few reads that walk
 * relationships directly.
 */
public interface GraphStore extends AutoCloseable {
    /** Timeout of a read or write transaction when the caller gives none. */
    Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

    /**
     * Runs a read statement in a read transaction and maps every row. The rows are mapped on the caller's thread
     * after the transaction has ended, so a mapper holds no connection; still, keep mappers pure: a query from
     * inside one is a query per row.
     */
    <T> List<T> read(CypherStatement statement, Map<String, ?> arguments, Duration timeout, Function<Record, T> mapper);

    /** {@link #read(CypherStatement, Map, Duration, Function)} with {@link #DEFAULT_TIMEOUT}. */
    default <T> List<T> read(CypherStatement statement, Map<String, ?> arguments, Function<Record, T> mapper) {
        return read(statement, arguments, DEFAULT_TIMEOUT, mapper);
    }

    /**
     * Runs {@code work} in one write transaction, committed when it returns and rolled back when it throws (the
     * exception then reaches the caller). Transient failures may run {@code work} again in a fresh transaction.
     */
    <T> T write(Duration timeout, Function<GraphTransaction, T> work);

    /** {@link #write(Duration, Function)} with {@link #DEFAULT_TIMEOUT}. */
    default <T> T write(Function<GraphTransaction, T> work) {
        return write(DEFAULT_TIMEOUT, work);
    }

    /**
     * Runs an analyst's statement, not one of ours: in a READ transaction with the timeout, keeping at most
     * {@code maxRows} rows (one more is looked at, to tell whether the result was cut). The statement text is the
     * analyst's; their values still travel as parameters.
     */
    AdHocResult readAdHoc(String text, Map<String, ?> arguments, Duration timeout, int maxRows);

    /**
     * Runs a read statement under {@code PROFILE} in a read transaction and reports its rows, database hits and time:
     * for benchmarks and for finding queries that scan the corpus.
     */
    QueryProfile profile(CypherStatement statement, Map<String, ?> arguments, Duration timeout);

    /**
     * A number that grows with every committed write this store can see: in process, Neo4j's last closed
     * transaction (every write, a Bolt client's too); over a driver, the writes made through this store only.
     */
    long lastWrite();

    /** Whether {@link #lastWrite()} sees the writes of every client, not only this store's own. */
    default boolean seesEveryWrite() {
        return false;
    }

    /** The kind of statement ({@code EXPLAIN}): READ_ONLY, READ_WRITE, WRITE_ONLY or SCHEMA_WRITE; nothing runs. */
    String explainQueryType(String text, Map<String, ?> arguments, Duration timeout);

    /** Direct walks of the embedded store's relationships, when this store runs in process; else empty. */
    default java.util.Optional<Walks> walks() {
        return java.util.Optional.empty();
    }

    @Override
    void close();

    /** Connects over Bolt ({@code bolt://} or {@code neo4j://}) and checks the server answers. */
    static GraphStore connect(BoltConnection connection) {
        return DriverGraphStore.connect(connection);
    }
}
