package dev.collabgraph.store;

import org.neo4j.driver.Record;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.TransientException;
import org.neo4j.graphdb.ExecutionPlanDescription;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.QueryExecutionType;
import org.neo4j.graphdb.Result;
import org.neo4j.graphdb.Transaction;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.neo4j.storageengine.api.TransactionIdStore;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * {@link GraphStore} on the embedded database in this JVM: statements run in the database's own transactions, with
 * no Bolt connection, serialisation or network thread between. A read whose plan would write is refused before its
 * first row and its transaction rolled back, as a READ session refuses it over Bolt; failures carry the same driver exceptions and status codes as over Bolt
 * ({@link EmbeddedErrors}), and rows arrive as the driver's {@link Record}s ({@link DriverValues}).
 */
final class InProcessGraphStore implements GraphStore {
    private static final Duration MAX_RETRY = Duration.ofSeconds(5);
    /** Attempts made whatever the time: on a busy machine two attempts could fill the five seconds. */
    private static final int MIN_ATTEMPTS = 8;

    private final GraphDatabaseService database;
    private final TransactionIdStore transactions;
    private final Walks walks = new EmbeddedWalks(this);

    InProcessGraphStore(GraphDatabaseService database) {
        this.database = database;
        this.transactions = ((GraphDatabaseAPI) database).getDependencyResolver()
                .resolveDependency(TransactionIdStore.class);
    }

    /**
     * Neo4j's last closed transaction: every committed write moves it, whoever made it; reading it costs nothing. A
     * database that is shut down fails as a read would (unavailable), never with a number it no longer stands for.
     */
    @Override
    public long lastWrite() {
        if (!database.isAvailable()) {
            throw new ServiceUnavailableException("The database is not available");
        }
        return transactions.getLastClosedTransactionId();
    }

    @Override
    public boolean seesEveryWrite() {
        return true;
    }

    @Override
    public <T> List<T> read(CypherStatement statement, Map<String, ?> arguments, Duration timeout,
                            Function<Record, T> mapper) {
        statement.checkArguments(arguments);
        List<Record> rows;
        Cancellation cancellation = Cancellation.current();
        try (Transaction tx = begin(timeout); Cancellation.Watch watch = cancellation.whileRunning(tx::terminate)) {
            rows = records(readOnly(tx.execute(statement.text(), copy(arguments))), Integer.MAX_VALUE).rows();
            tx.commit();
        } catch (RuntimeException e) {
            throw failure(e, cancellation);
        }
        // mapped after the transaction, as on the Bolt path: a mapper holds nothing of the database
        return mapAll(rows, mapper);
    }

    @Override
    public Optional<Walks> walks() {
        return Optional.of(walks);
    }

    /**
     * Runs {@code work} on the store's own API in a transaction that is never committed with changes (the walks only
     * read), stopped and failing as a read statement is: at its timeout, or when its caller cancels.
     */
    <T> T readDirect(Duration timeout, Function<Transaction, T> work) {
        Cancellation cancellation = Cancellation.current();
        try (Transaction tx = begin(timeout); Cancellation.Watch watch = cancellation.whileRunning(tx::terminate)) {
            return work.apply(tx);
        } catch (RuntimeException e) {
            throw failure(e, cancellation);
        }
    }

    /**
     * Retries transient failures (deadlocks between parallel loads) in a fresh transaction, as the driver does: for five
     * seconds and at least eight attempts, the waits between them jittered.
     */
    @Override
    public <T> T write(Duration timeout, Function<GraphTransaction, T> work) {
        long deadline = System.nanoTime() + MAX_RETRY.toNanos();
        for (int attempt = 1; ; attempt++) {
            try (Transaction tx = begin(timeout)) {
                T result = work.apply(new InProcessTransaction(tx));
                tx.commit();
                return result;
            } catch (RuntimeException e) {
                RuntimeException failure = EmbeddedErrors.translate(e);
                if (!(failure instanceof TransientException) || System.nanoTime() > deadline && attempt >= MIN_ATTEMPTS) {
                    throw failure;
                }
                backOff(attempt);
            }
        }
    }

    @Override
    public AdHocResult readAdHoc(String text, Map<String, ?> arguments, Duration timeout, int maxRows) {
        Cancellation cancellation = Cancellation.current();
        try (Transaction tx = begin(timeout); Cancellation.Watch watch = cancellation.whileRunning(tx::terminate)) {
            AdHocResult result = records(readOnly(tx.execute(text, copy(arguments))), maxRows);
            tx.commit();
            return result;
        } catch (RuntimeException e) {
            throw failure(e, cancellation);
        }
    }

    /** A statement stopped because its caller left fails as such, not as the termination Neo4j reports. */
    private static RuntimeException failure(RuntimeException e, Cancellation cancellation) {
        return cancellation.isCancelled() ? new Cancellation.QueryCancelledException() : EmbeddedErrors.translate(e);
    }

    @Override
    public QueryProfile profile(CypherStatement statement, Map<String, ?> arguments, Duration timeout) {
        statement.checkArguments(arguments);
        long started = System.nanoTime();
        try (Transaction tx = begin(timeout)) {
            Result result = readOnly(tx.execute("PROFILE " + statement.text(), copy(arguments)));
            long rows = 0;
            while (result.hasNext()) {
                result.next();
                rows++;
            }
            long hits = dbHits(result.getExecutionPlanDescription());
            return new QueryProfile(rows, hits, (System.nanoTime() - started) / 1e6);
        } catch (RuntimeException e) {
            throw EmbeddedErrors.translate(e);
        }
    }

    private static long dbHits(ExecutionPlanDescription plan) {
        long hits = plan.hasProfilerStatistics() ? plan.getProfilerStatistics().getDbHits() : 0;
        for (ExecutionPlanDescription child : plan.getChildren()) {
            hits += dbHits(child);
        }
        return hits;
    }

    @Override
    public String explainQueryType(String text, Map<String, ?> arguments, Duration timeout) {
        try (Transaction tx = begin(timeout)) {
            QueryExecutionType.QueryType type = tx.execute("EXPLAIN " + text, copy(arguments))
                    .getQueryExecutionType().queryType();
            tx.commit();
            // the driver's names for the same kinds
            return type == QueryExecutionType.QueryType.WRITE ? "WRITE_ONLY" : type.name();
        } catch (RuntimeException e) {
            throw EmbeddedErrors.translate(e);
        }
    }

    /** The database belongs to the {@link EmbeddedNeo4j} that made this store; it closes it. */
    @Override
    public void close() {
    }

    private Transaction begin(Duration timeout) {
        return database.beginTx(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * The plan is known before the first row is pulled: a statement that would write fails here, and whatever it
     * did is undone with its transaction, which the caller never commits then.
     */
    private static Result readOnly(Result result) {
        QueryExecutionType.QueryType type = result.getQueryExecutionType().queryType();
        if (type != QueryExecutionType.QueryType.READ_ONLY) {
            result.close();
            throw new ClientException("Neo.ClientError.Statement.AccessMode",
                    "Writing in read access mode not allowed: the statement is " + type.name().toLowerCase(Locale.ROOT)
                            .replace('_', '-'));
        }
        return result;
    }

    /** At most {@code maxRows} rows (one more is looked at, to tell whether the result was cut), converted in-tx. */
    private static AdHocResult records(Result result, int maxRows) {
        List<String> keys = result.columns();
        List<Record> rows = new ArrayList<>();
        while (rows.size() < maxRows && result.hasNext()) {
            rows.add(DriverValues.record(keys, result.next()));
        }
        boolean truncated = result.hasNext();
        result.close();
        return new AdHocResult(keys, rows, truncated);
    }

    private static <T> List<T> mapAll(List<Record> rows, Function<Record, T> mapper) {
        List<T> out = new ArrayList<>(rows.size());
        for (Record row : rows) {
            out.add(mapper.apply(row));
        }
        return out;
    }

    private static Map<String, Object> copy(Map<String, ?> arguments) {
        return new HashMap<>(arguments);
    }

    private static void backOff(int attempt) {
        // jittered: two loads that deadlocked and waited alike would meet again on the same locks
        long base = Math.min(1_000, 20L << Math.min(attempt, 6));
        try {
            Thread.sleep(base / 2 + java.util.concurrent.ThreadLocalRandom.current().nextLong(base));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while retrying a transaction", e);
        }
    }

    private record InProcessTransaction(Transaction tx) implements GraphTransaction {
        @Override
        public <T> List<T> run(CypherStatement statement, Map<String, ?> arguments, Function<Record, T> mapper) {
            statement.checkArguments(arguments);
            List<Record> rows;
            try {
                rows = records(tx.execute(statement.text(), copy(arguments)), Integer.MAX_VALUE).rows();
            } catch (RuntimeException e) {
                throw EmbeddedErrors.translate(e);
            }
            return mapAll(rows, mapper);
        }
    }
}
