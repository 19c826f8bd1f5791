package dev.collabgraph.app.http;

import dev.collabgraph.store.CypherFiles;
import dev.collabgraph.store.CypherStatement;
import dev.collabgraph.store.GraphStore;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;
import org.neo4j.driver.exceptions.TransientException;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * {@code GET /api/health}: the server answers at once whatever the database does, and says separately how the
 * database answered its last probe. The probe runs on its own thread every {@link #PROBE_EVERY} with a short time
 * limit, so a health check never waits for the database or takes one of its connections.
 */
final class Health implements AutoCloseable {
    static final Duration PROBE_EVERY = Duration.ofSeconds(2);
    static final Duration PROBE_LIMIT = Duration.ofSeconds(2);
    private static final CypherStatement PROBE = CypherFiles.load("queries/stats/probeDatabase");

    /**
     * The database as its last probe found it: {@code up}, {@code down} (with a message) or {@code unknown} at start;
     * when (ISO-8601) and how long the probe took.
     */
    record DatabaseState(String state, String message, String checkedAt, Long probeMillis) {
    }

    /** The answer: the server is up if it answers; the database's state beside it. */
    record Answer(String status, long uptimeSeconds, DatabaseState database) {
    }

    private final GraphStore store;
    private final Instant started = Instant.now();
    private final ScheduledExecutorService prober = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "database-probe");
        thread.setDaemon(true);
        return thread;
    });
    private volatile DatabaseState database = new DatabaseState("unknown", "not probed yet", null, null);
    /** Whether the last probe found the database unreachable (gone, not merely slow). */
    private volatile boolean unreachable;

    Health(GraphStore store) {
        this.store = store;
        prober.scheduleWithFixedDelay(this::probe, 0, PROBE_EVERY.toMillis(), TimeUnit.MILLISECONDS);
    }

    void register(RoutesConfig routes) {
        routes.get("/api/health", ctx -> ctx.json(answer()));
    }

    /**
     * While the last probe found the database unreachable, an API request that needs it is answered 503 at once: no
     * request waits through the driver's retries for a database known to be gone, and none is queued behind them.
     * The next probe that gets an answer lets requests through again.
     */
    void before(Context ctx) {
        if (unreachable && LoadShedder.usesDatabase(ctx.path())) {
            ctx.header("Retry-After", String.valueOf(PROBE_EVERY.toSeconds()));
            long every = PROBE_EVERY.toSeconds();
            Wording title = new Wording("The graph database is unavailable: it did not answer its last check; "
                    + "the server checks it every " + every + " s and serves again as soon as it answers",
                    "图数据库暂时不可用：上次检查没有应答；服务器每 " + every + " 秒检查一次，恢复后立即继续服务");
            ctx.status(503).json(new ApiError(title.in(Language.of(ctx)), 503,
                    Map.of("checkedAt", String.valueOf(database.checkedAt()))));
            ctx.skipRemainingHandlers();
        }
    }

    Answer answer() {
        return new Answer("up", Duration.between(started, Instant.now()).toSeconds(), database);
    }

    private void probe() {
        long start = System.nanoTime();
        try {
            store.read(PROBE, Map.of(), PROBE_LIMIT, r -> r.get("alive").asInt());
            database = new DatabaseState("up", null, Instant.now().toString(), (System.nanoTime() - start) / 1_000_000);
            unreachable = false;
        } catch (RuntimeException e) {
            unreachable = isUnreachable(e);
            // the message names the kind of trouble, never an exception, the address or the statement
            database = new DatabaseState("down", unreachable
                    ? "the database did not answer: it is unreachable or stopped"
                    : "the database did not answer the probe within " + PROBE_LIMIT.toSeconds() + " s or failed it",
                    Instant.now().toString(), (System.nanoTime() - start) / 1_000_000);
        }
    }

    /** The database is gone or refuses work (not a probe that merely took too long on a busy database). */
    static boolean isUnreachable(RuntimeException e) {
        return e instanceof ServiceUnavailableException || e instanceof SessionExpiredException
                || e instanceof TransientException t && t.code() != null && t.code().endsWith("DatabaseUnavailable");
    }

    @Override
    public void close() {
        prober.shutdownNow();
    }
}
