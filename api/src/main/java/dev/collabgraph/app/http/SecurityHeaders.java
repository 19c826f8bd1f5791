package dev.collabgraph.app.http;

import io.javalin.http.Context;

/**
 * Headers on every response that keep the explorer's pages to themselves: scripts, styles and connections only from
 * the server itself (no inline script, so an injected name cannot run), no framing by another site, no type
 * sniffing, no referrer leaving for another site. Set before anything else runs, so refusals and errors carry them
 * too.
 */
final class SecurityHeaders {
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data: blob:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; "
            + "form-action 'self'; frame-ancestors 'none'";

    private SecurityHeaders() {
    }

    static void set(Context ctx) {
        ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("Cross-Origin-Opener-Policy", "same-origin");
    }
}
