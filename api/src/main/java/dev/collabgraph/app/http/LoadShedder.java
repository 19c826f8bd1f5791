package dev.collabgraph.app.http;

import io.javalin.http.Context;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * At most {@code limit} API requests run at once; one more is answered 503 with {@code Retry-After} at once instead
 * of queueing behind the others, so that an overload ends when its clients go and the server answers normally
 * again without a restart. The health check, the explorer's static files and the OpenAPI description are never
 * shed: they do not touch the database. Searches whose cost grows with the corpus ({@link #COSTLY}) are bounded
 * by the cores as well, waiting half a second for a place before they are shed.
 */
final class LoadShedder {
    /** Seconds a shed client is asked to wait. */
    static final int RETRY_AFTER_SECONDS = 1;
    /**
     * Searches whose cost grows with the corpus (a path search walks a busy node's every task; a recommendation scores
     * every candidate): on a store of thousands of documents one takes a second or more of a core, so more of them at
     * once than there are cores only makes each slower. They have their own, smaller bound.
     */
    static final List<String> COSTLY = List.of("/api/paths", "/api/recommendations");
    /** How long a costly search waits for a place before it is shed. */
    static final Duration COSTLY_WAIT = Duration.ofMillis(500);
    private static final String PERMIT = "collabgraph.permit";
    private static final String COSTLY_PERMIT = "collabgraph.costlyPermit";

    private final int limit;
    private final int costlyLimit;
    private final Semaphore permits;
    private final Semaphore costlyPermits;

    LoadShedder(int limit) {
        this(limit, Math.max(1, Runtime.getRuntime().availableProcessors()));
    }

    LoadShedder(int limit, int costlyLimit) {
        if (limit < 1 || costlyLimit < 1) {
            throw new IllegalArgumentException("at least one request must be allowed at once: " + limit + ", "
                    + costlyLimit);
        }
        this.limit = limit;
        this.costlyLimit = costlyLimit;
        this.permits = new Semaphore(limit);
        this.costlyPermits = new Semaphore(costlyLimit);
    }

    void before(Context ctx) {
        if (!usesDatabase(ctx.path())) {
            return;
        }
        if (!permits.tryAcquire()) {
            shed(ctx, "The server is busy (" + limit + " requests at once)", limit);
            return;
        }
        ctx.attribute(PERMIT, Boolean.TRUE);
        if (isCostly(ctx.path())) {
            if (!acquireCostly()) {
                after(ctx);
                shed(ctx, "The server is busy with searches of this kind (" + costlyLimit + " at once)", costlyLimit);
                return;
            }
            ctx.attribute(COSTLY_PERMIT, Boolean.TRUE);
        }
    }

    /**
     * A costly search waits a moment for one running to end ({@link #COSTLY_WAIT}): one takes about a second on a big
     * store, so a click is served a little later rather than refused; longer would only queue.
     */
    private boolean acquireCostly() {
        try {
            return costlyPermits.tryAcquire(COSTLY_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void shed(Context ctx, String why, int bound) {
        ctx.header("Retry-After", String.valueOf(RETRY_AFTER_SECONDS));
        ctx.status(503).json(new ApiError(why + "; retry in " + RETRY_AFTER_SECONDS + " s", 503,
                Map.of("limit", String.valueOf(bound))));
        ctx.skipRemainingHandlers();
    }

    void after(Context ctx) {
        if (Boolean.TRUE.equals(ctx.attribute(COSTLY_PERMIT))) {
            ctx.attribute(COSTLY_PERMIT, Boolean.FALSE);
            costlyPermits.release();
        }
        if (Boolean.TRUE.equals(ctx.attribute(PERMIT))) {
            ctx.attribute(PERMIT, Boolean.FALSE);
            permits.release();
        }
    }

    /** API routes that may touch the database (all but the health check and the OpenAPI description). */
    static boolean usesDatabase(String path) {
        return path.startsWith("/api/") && !path.equals("/api/health") && !path.equals("/api/openapi.json");
    }

    /** Routes under the smaller bound of {@link #COSTLY}. */
    static boolean isCostly(String path) {
        return COSTLY.stream().anyMatch(route -> path.equals(route) || path.startsWith(route + "/")
                || path.startsWith(route + "."));
    }
}
