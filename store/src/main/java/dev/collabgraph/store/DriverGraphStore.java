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
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/** {@link GraphStore} over the Neo4j Java driver: one driver per store, one session per call. */
final class DriverGraphStore implements GraphStore {
    private static final Duration MAX_RETRY = Duration.ofSeconds(5);
    private final Driver driver;
    private final String database;

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
        try (Session session = driver.session(sessionConfig(AccessMode.READ))) {
            rows = session.executeRead(tx -> tx.run(statement.text(), copy(arguments)).list(), withTimeout(timeout));
        }
        // mapped here, after the connection went back to the pool: a mapper that blocks or queries then holds
        // nothing the driver needs (Result.list(mapper) would run it on a network thread)
        return mapAll(rows, mapper);
    }

    @Override
    public <T> T write(Duration timeout, Function<GraphTransaction, T> work) {
        try (Session session = driver.session(sessionConfig(AccessMode.WRITE))) {
            return session.executeWrite(tx -> work.apply(new DriverTransaction(tx)), withTimeout(timeout));
        }
    }

    /** Unmanaged transactions: an analyst's failing query must not be retried the way our own reads are. */
    @Override
    public AdHocResult readAdHoc(String text, Map<String, ?> arguments, Duration timeout, int maxRows) {
        try (Session session = driver.session(sessionConfig(AccessMode.READ));
             Transaction tx = session.beginTransaction(withTimeout(timeout))) {
            Result result = tx.run(text, copy(arguments));
            List<String> keys = result.keys();
            List<Record> rows = new ArrayList<>();
            while (rows.size() < maxRows && result.hasNext()) {
                rows.add(result.next());
            }
            return new AdHocResult(keys, rows, result.hasNext());
        }
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
