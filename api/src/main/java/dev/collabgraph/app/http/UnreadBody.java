package dev.collabgraph.app.http;

import io.javalin.http.Context;

import jakarta.servlet.ServletInputStream;

import java.io.IOException;

/**
 * Reads and drops the small body of a request refused before its handler read it (415, 405, 404, 403 …).
 *
 * <p>Why: Jetty gives a connection's request buffer back to its pool when the exchange ends; a buffer that still
 * holds an unread body has been seen (once in ten thousand hostile requests, HttpFuzzIT on CI) to come back as the
 * next connection's response-header buffer with those bytes in front of the status line: another client's body
 * leaking into an answer. A body read to its end leaves nothing behind, and HTTP/1.1 wants it anyway: a server
 * that closes with unread input makes the kernel reset the connection, and a client still sending its body then
 * gets no answer at all (UnreadBodyIT saw an empty answer before this, the 415 and a usable connection after).
 * Large bodies are not read (their limit already refused them); the connection is closed instead, as before.
 */
final class UnreadBody {
    /** Bodies up to this size are read to their end after a refusal; larger ones are left to the closed connection. */
    static final long DRAIN_BYTES = 64 * 1024;

    private UnreadBody() {
    }

    static void drain(Context ctx) {
        if (ctx.statusCode() < 400) {
            return;
        }
        long length = ctx.req().getContentLengthLong();
        if (length <= 0 || length > DRAIN_BYTES) {
            return;
        }
        try {
            ServletInputStream in = ctx.req().getInputStream();
            byte[] sink = new byte[8192];
            // at most the declared length (Jetty holds the body to it), waiting at most the idle timeout
            while (!in.isFinished() && in.read(sink) >= 0) {
                // dropped
            }
        } catch (IOException | IllegalStateException e) {
            // the body was read as a reader, or the client left: nothing is left to drain
        }
    }
}
