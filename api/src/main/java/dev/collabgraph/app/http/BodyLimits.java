package dev.collabgraph.app.http;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;

import java.util.Map;

/**
 * How large a request body each route takes, checked from the headers before anything is read: a route that reads
 * no body takes none, the Cypher console a query with its parameters, an upload one document of at most the
 * upload limit. Beyond it the answer is 413 with the limit, so a client learns what it may send; a body without a
 * declared length is held to the console's limit while it is read (Javalin's own cap), an upload's parts to the
 * upload limit (the multipart parser's).
 */
final class BodyLimits {
    /** The console: a query and its parameters, far above any query a person writes. */
    static final long CYPHER_BYTES = 256 * 1024;
    /** One correction: a few ids, a name and a reason. */
    static final long CORRECTION_BYTES = 16 * 1024;
    /** Room for the multipart envelope around an uploaded file (boundaries, part headers). */
    static final long MULTIPART_OVERHEAD = 64 * 1024;
    private final Map<String, Long> postRoutes;

    BodyLimits(long maxUploadBytes) {
        this.postRoutes = Map.of("/api/cypher", CYPHER_BYTES, "/api/documents", maxUploadBytes + MULTIPART_OVERHEAD,
                "/api/corrections", CORRECTION_BYTES, "/api/corrections/import", CYPHER_BYTES);
    }

    /** The largest body any route takes. */
    long largest() {
        return postRoutes.values().stream().mapToLong(Long::longValue).max().orElse(CYPHER_BYTES);
    }

    void check(Context ctx) {
        long limit = ctx.method() == HandlerType.POST ? postRoutes.getOrDefault(ctx.path(), 0L) : 0L;
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
