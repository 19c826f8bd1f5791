package dev.collabgraph.app.http;

import io.javalin.http.Context;

import java.util.Map;
import java.util.concurrent.Semaphore;

/**
 * At most {@code limit} API requests run at once; one more is answered 503 with {@code Retry-After} at once instead
 * of queueing behind the others, so that an overload ends when its clients go and the server answers normally
 * again without a restart. The health check, the explorer's static files and the OpenAPI description are never
 * shed: they do not touch the database.
 */
final class LoadShedder {
    /** Seconds a shed client is asked to wait. */
    static final int RETRY_AFTER_SECONDS = 1;
    private static final String PERMIT = "collabgraph.permit";

    private final int limit;
    private final Semaphore permits;

    LoadShedder(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("at least one request must be allowed at once: " + limit);
        }
        this.limit = limit;
        this.permits = new Semaphore(limit);
    }

    void before(Context ctx) {
        if (!usesDatabase(ctx.path())) {
            return;
        }
        if (permits.tryAcquire()) {
            ctx.attribute(PERMIT, Boolean.TRUE);
            return;
        }
        ctx.header("Retry-After", String.valueOf(RETRY_AFTER_SECONDS));
        ctx.status(503).json(new ApiError("The server is busy (" + limit + " requests at once); retry in "
                + RETRY_AFTER_SECONDS + " s", 503, Map.of("limit", String.valueOf(limit))));
        ctx.skipRemainingHandlers();
    }

    void after(Context ctx) {
        if (Boolean.TRUE.equals(ctx.attribute(PERMIT))) {
            ctx.attribute(PERMIT, Boolean.FALSE);
            permits.release();
        }
    }

    /** API routes that may touch the database (all but the health check and the OpenAPI description). */
    static boolean usesDatabase(String path) {
        return path.startsWith("/api/") && !path.equals("/api/health") && !path.equals("/api/openapi.json");
    }
}
