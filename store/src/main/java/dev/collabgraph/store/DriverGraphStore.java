package dev.collabgraph.store;

import org.neo4j.driver.AccessMode;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Logging;
import org.neo4j.driver.Record;
import org.neo4j.driver.Result;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.Transaction;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.summary.ProfiledPlan;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/** {@link GraphStore} over the Neo4j Java driver: one driver per store, one session per call. */
final class DriverGraphStore implements GraphStore {
    private static final Duration MAX_RETRY = Duration.ofSeconds(5);
    private static final String TAG_KEY = "collabgraph.call";
    private final Driver driver;
    private final String database;
    private final AtomicLong writes = new AtomicLong();

    private DriverGraphStore(Driver driver, String database) {
        this.driver = driver;
        this.database = database;
    }

    static DriverGraphStore connect(BoltConnection connection) {
        AuthToken auth = connection.user() == null
                ? AuthTokens.none()
                : AuthTokens.basic(connection.user(), connection.password() == null ? "" : connection.password());
        // retries cover deadlocks between parallel loads and a leader switch in a cluster; longer only delays the
        // 503 the explorer shows when the database is gone
        Config config = Config.builder().withLogging(Logging.slf4j())
                .withMaxTransactionRetryTime(MAX_RETRY.toMillis(), TimeUnit.MILLISECONDS).build();
        Driver driver = GraphDatabase.driver(connection.uri(), auth, config);
        try {
            driver.verifyConnectivity();
        } catch (RuntimeException e) {
            driver.close();
            throw e;
        }
        return new DriverGraphStore(driver, connection.database());
    }

    @Override
    public <T> List<T> read(CypherStatement statement, Map<String, ?> arguments, Duration timeout,
                            Function<Record, T> mapper) {
        statement.checkArguments(arguments);
        List<Record> rows;
        Cancellation cancellation = Cancellation.current();
        String tag = UUID.randomUUID().toString();
        try (Session session = driver.session(sessionConfig(AccessMode.READ));
             Cancellation.Watch watch = cancellation.whileRunning(() -> terminate(tag))) {
            rows = session.executeRead(tx -> tx.run(statement.text(), copy(arguments)).list(),
                    withTimeout(timeout, tag));
        } catch (RuntimeException e) {
            throw failure(e, cancellation);
        }
        // mapped here, after the connection went back to the pool: a mapper that blocks or queries then holds
        // nothing the driver needs (Result.list(mapper) would run it on a network thread)
        return mapAll(rows, mapper);
    }

    @Override
    public <T> T write(Duration timeout, Function<GraphTransaction, T> work) {
        try (Session session = driver.session(sessionConfig(AccessMode.WRITE))) {
            return session.executeWrite(tx -> work.apply(new DriverTransaction(tx)), withTimeout(timeout));
        } finally {
            // counted after the attempt, committed or not: a version that moves too often only costs a cache miss
            writes.incrementAndGet();
        }
    }

    @Override
    public long lastWrite() {
        return writes.get();
    }

    /** Unmanaged transactions: an analyst's failing query must not be retried the way our own reads are. */
    @Override
    public AdHocResult readAdHoc(String text, Map<String, ?> arguments, Duration timeout, int maxRows) {
        Cancellation cancellation = Cancellation.current();
        String tag = UUID.randomUUID().toString();
        try (Session session = driver.session(sessionConfig(AccessMode.READ));
             Cancellation.Watch watch = cancellation.whileRunning(() -> terminate(tag));
             Transaction tx = session.beginTransaction(withTimeout(timeout, tag))) {
            Result result = tx.run(text, copy(arguments));
            List<String> keys = result.keys();
            List<Record> rows = new ArrayList<>();
            while (rows.size() < maxRows && result.hasNext()) {
                rows.add(result.next());
            }
            return new AdHocResult(keys, rows, result.hasNext());
        } catch (RuntimeException e) {
            throw failure(e, cancellation);
        }
    }

    /**
     * Ends, on the server, the transactions a cancelled call tagged (a session is not to be touched from another
     * thread, and closing its connection would not stop the server's work).
     */
    private void terminate(String tag) {
        try (Session session = driver.session(sessionConfig(AccessMode.WRITE))) {
            List<String> ids = session.run("SHOW TRANSACTIONS YIELD transactionId, metaData"
                            + " WHERE metaData[$key] = $tag RETURN transactionId",
                    Map.of("key", TAG_KEY, "tag", tag)).list(row -> row.get(0).asString());
            if (!ids.isEmpty()) {
                session.run("TERMINATE TRANSACTIONS $ids", Map.of("ids", ids)).consume();
            }
        }
    }

    /** A statement stopped because its caller left fails as such, not as the termination the server reports. */
    private static RuntimeException failure(RuntimeException e, Cancellation cancellation) {
        return cancellation.isCancelled() ? new Cancellation.QueryCancelledException() : e;
    }

    @Override
    public QueryProfile profile(CypherStatement statement, Map<String, ?> arguments, Duration timeout) {
        statement.checkArguments(arguments);
        long started = System.nanoTime();
        try (Session session = driver.session(sessionConfig(AccessMode.READ))) {
            return session.executeRead(tx -> {
                Result result = tx.run("PROFILE " + statement.text(), copy(arguments));
                long rows = result.list().size();
                long hits = dbHits(result.consume().profile());
                return new QueryProfile(rows, hits, (System.nanoTime() - started) / 1e6);
            }, withTimeout(timeout));
        }
    }

    private static long dbHits(ProfiledPlan plan) {
        long hits = plan.dbHits();
        for (ProfiledPlan child : plan.children()) {
            hits += dbHits(child);
        }
        return hits;
    }

    @Override
    public String explainQueryType(String text, Map<String, ?> arguments, Duration timeout) {
        try (Session session = driver.session(sessionConfig(AccessMode.READ));
             Transaction tx = session.beginTransaction(withTimeout(timeout))) {
            return tx.run("EXPLAIN " + text, copy(arguments)).consume().queryType().name();
        }
    }

    @Override
    public void close() {
        driver.close();
    }

    private SessionConfig sessionConfig(AccessMode mode) {
        SessionConfig.Builder builder = SessionConfig.builder().withDefaultAccessMode(mode);
        if (database != null) {
            builder.withDatabase(database);
        }
        return builder.build();
    }

    private static <T> List<T> mapAll(List<Record> rows, Function<Record, T> mapper) {
        List<T> out = new ArrayList<>(rows.size());
        for (Record row : rows) {
            out.add(mapper.apply(row));
        }
        return out;
    }

    private static TransactionConfig withTimeout(Duration timeout) {
        return TransactionConfig.builder().withTimeout(timeout).build();
    }

    /** Tagged, so that {@link #terminate(String)} finds the transaction among the server's. */
    private static TransactionConfig withTimeout(Duration timeout, String tag) {
        return TransactionConfig.builder().withTimeout(timeout).withMetadata(Map.of(TAG_KEY, tag)).build();
    }

    /** The driver wants {@code Map<String, Object>}; a copy also lets callers pass null values. */
    private static Map<String, Object> copy(Map<String, ?> arguments) {
        return new HashMap<>(arguments);
    }

    private record DriverTransaction(TransactionContext tx) implements GraphTransaction {
        @Override
        public <T> List<T> run(CypherStatement statement, Map<String, ?> arguments, Function<Record, T> mapper) {
            statement.checkArguments(arguments);
            // on the caller's thread, not the driver's network thread (where Result.list(mapper) would run it)
            return mapAll(tx.run(statement.text(), copy(arguments)).list(), mapper);
        }
    }
}
