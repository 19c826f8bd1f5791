package dev.collabgraph.app.query;

import dev.collabgraph.app.explore.GraphNode;
import dev.collabgraph.app.explore.GraphPayload;
import dev.collabgraph.app.http.Wording;
import dev.collabgraph.store.AdHocResult;
import dev.collabgraph.store.Cancellation;
import dev.collabgraph.store.CypherFiles;
import dev.collabgraph.store.CypherStatement;
import dev.collabgraph.store.GraphStore;
import org.neo4j.driver.Record;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.TransientException;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs queries read-only: the {@link ReadOnlyGuard}, then the planner's verdict ({@code EXPLAIN} must say
 * READ_ONLY), then a READ transaction with a timeout and a row cap. Used by the Cypher console for analysts'
 * statements and by the named-query endpoints for the files of {@code cypher/queries}. A refused or failing
 * statement becomes a {@link QueryRefusedException} with a readable message; nothing in the graph changes.
 */
public final class QueryRunner {
    private static final CypherStatement NODES_BY_ELEMENT_ID = CypherFiles.load("queries/explore/findNodesByElementId");
    /** Console queries running at once; more wait briefly, then are told to try again. */
    private static final int CONCURRENT_QUERIES = 2;
    /** Time past the limit the server waits for Neo4j to notice it, before answering on its own. */
    private static final Duration GRACE = Duration.ofSeconds(1);

    private final GraphStore store;
    private final Semaphore running = new Semaphore(CONCURRENT_QUERIES);
    private final ExecutorService workers = Executors.newCachedThreadPool(r -> {
        Thread thread = new Thread(r, "cypher-console");
        thread.setDaemon(true);
        return thread;
    });

    public QueryRunner(GraphStore store) {
        this.store = store;
    }

    /**
     * Runs a statement read-only within the limits. Neo4j checks its time limit between rows; a step that holds no
     * row boundary (a large in-memory sort or collect) may run past it, so the answer is given at the limit plus
     * {@link #GRACE} in any case, and the abandoned transaction is terminated.
     */
    public QueryResult run(String statement, Map<String, Object> params, QueryLimits limits) {
        ReadOnlyGuard.refusal(statement).ifPresent(reason -> {
            throw new QueryRefusedException("query", reason);
        });
        if (!acquire()) {
            throw new QueryRefusedException("query", new Wording(
                    "Other console queries are still running; try again shortly", "其他控制台查询仍在运行，请稍后再试"));
        }
        long started = System.nanoTime();
        // the worker's statement stops at the time limit, or when the caller's client leaves; never by interrupting
        // the worker: an interrupt during a read closes the store file's channel under every other query too
        Cancellation stop = new Cancellation(() -> { });
        Future<QueryResult> work;
        try (Cancellation.Watch callerLeaves = Cancellation.current().whileRunning(stop::cancel)) {
            try {
                work = workers.submit(() -> {
                    try (Cancellation.Binding binding = Cancellation.bind(stop)) {
                        return execute(statement, params, limits, started);
                    } finally {
                        running.release();
                    }
                });
            } catch (RuntimeException e) {
                running.release();
                throw e;
            }
            try {
                return work.get(limits.timeout().plus(GRACE).toMillis(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                stop.cancel();
                throw new QueryRefusedException("query", new Wording("The query was stopped after the time limit of "
                        + limits.timeout().toSeconds() + " s", "查询超过 " + limits.timeout().toSeconds() + " 秒时限，已停止"));
            } catch (ExecutionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
            } catch (InterruptedException e) {
                stop.cancel();
                Thread.currentThread().interrupt();
                throw new QueryRefusedException("query", new Wording("The query was interrupted", "查询被中断"));
            }
        }
    }

    private boolean acquire() {
        try {
            return running.tryAcquire(GRACE.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private QueryResult execute(String statement, Map<String, Object> params, QueryLimits limits, long started) {
        try {
            String type = store.explainQueryType(statement, params, limits.timeout());
            if (!type.equals("READ_ONLY")) {
                String kind = type.toLowerCase(Locale.ROOT).replace('_', '-');
                throw new QueryRefusedException("query", new Wording("The console is read-only: the planner classifies"
                        + " this query as " + kind, "控制台只读：查询规划器判定此查询为 " + kind));
            }
            AdHocResult result = store.readAdHoc(statement, params, limits.timeout(), limits.maxRows());
            return toResult(result, limits, System.nanoTime() - started);
        } catch (ClientException | TransientException e) {
            throw new QueryRefusedException("query", explain(e, limits));
        }
    }

    private QueryResult toResult(AdHocResult result, QueryLimits limits, long nanos) {
        ValueJson values = new ValueJson();
        List<List<Object>> rows = new ArrayList<>(result.rows().size());
        for (Record record : result.rows()) {
            List<Object> row = new ArrayList<>(record.size());
            record.values().forEach(v -> row.add(values.convert(v)));
            rows.add(row);
        }
        if (!values.missingEnds().isEmpty()) {
            store.read(NODES_BY_ELEMENT_ID, Map.of("elementIds", List.copyOf(values.missingEnds())), r -> {
                values.addNode(r.get("elementId").asString(), new GraphNode(r.get("id").asString(),
                        r.get("label").asString(), r.get("name").asString(), 0));
                return r;
            });
        }
        List<GraphNode> nodes = values.nodes();
        GraphPayload graph = nodes.isEmpty() ? null : GraphPayload.of(nodes, values.links());
        return new QueryResult(result.columns(), rows, graph, result.truncated(), limits.maxRows(),
                limits.timeout().toMillis(), nanos / 1_000_000);
    }

    /** Neo4j's own words for the analyst's mistakes, our words for the limits; never a stack trace. */
    private static String explain(RuntimeException e, QueryLimits limits) {
        String code = e instanceof ClientException c ? c.code() : e instanceof TransientException t ? t.code() : "";
        if (code.contains("TransactionTimedOut") || code.contains("Terminated")) {
            return "The query was stopped after the time limit of " + limits.timeout().toSeconds() + " s";
        }
        if (code.contains("MemoryPoolOutOfMemory") || code.contains("TransactionOutOfMemory")) {
            return "The query needed more memory than a console query may use";
        }
        if (code.contains("AccessMode") || code.contains("Forbidden")) {
            return "The console is read-only: this query would write";
        }
        String message = e.getMessage() == null ? code : e.getMessage();
        int newline = message.indexOf('\n');
        return "Neo4j: " + (newline > 0 ? message.substring(0, newline) : message);
    }
}
