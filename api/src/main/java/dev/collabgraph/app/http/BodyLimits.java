package dev.collabgraph.app.http;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;

import java.util.Map;

/**
 * How large a request body each route takes, checked from the headers before anything is read: a route that reads
 * no body takes none, the Cypher console a query with its parameters. Beyond it the answer is 413 with the limit,
 * so a client learns what it may send; a body without a declared length is held to the same limit while it is read
 * ({@link #LARGEST}, Javalin's own cap).
 */
final class BodyLimits {
    /** The console: a query and its parameters, far above any query a person writes. */
    static final long CYPHER_BYTES = 256 * 1024;
    /** The largest body any route takes: Javalin refuses more while reading a body of unknown length. */
    static final long LARGEST = CYPHER_BYTES;
    private static final Map<String, Long> POST_ROUTES = Map.of("/api/cypher", CYPHER_BYTES);

    private BodyLimits() {
    }

    static void check(Context ctx) {
        long limit = ctx.method() == HandlerType.POST ? POST_ROUTES.getOrDefault(ctx.path(), 0L) : 0L;
        long declared = ctx.contentLength();
        boolean chunked = ctx.header("Transfer-Encoding") != null;
        if (declared > limit || (limit == 0 && chunked)) {
            ctx.status(413).json(new ApiError(limit == 0
                    ? "This route takes no request body"
                    : "The request body is too large: this route takes at most " + limit + " bytes", 413,
                    Map.of("limit", String.valueOf(limit))));
            ctx.skipRemainingHandlers();
        }
    }
}
