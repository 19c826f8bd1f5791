package dev.collabgraph.app.http;

import dev.collabgraph.store.Cancellation;
import io.javalin.http.Context;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;
import org.eclipse.jetty.io.AbstractEndPoint;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.util.BufferUtil;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.util.concurrent.CancellationException;

/**
 * Stops an API request's database work when its client leaves. HTTP/1.1 says nothing while a request is handled:
 * a closed connection shows only when the server reads from it. So when the request's first statement starts (its
 * body is read by then) the watch asks Jetty to tell it when the connection becomes readable: the end of input
 * means the client left, and the request's {@link Cancellation} stops the running statement at once instead of at
 * its time limit. The watch is withdrawn before the answer is written, so Jetty reads the next request as usual.
 *
 * <p>Bytes that arrive early can only be the next request of a client that pipelines (browsers and common clients
 * do not): they are read here and lost, so the connection is closed after this answer and the client sends that
 * request again, as HTTP/1.1 lets it do for a request left without an answer.
 */
final class DisconnectWatch {
    private static final Logger LOG = LoggerFactory.getLogger(DisconnectWatch.class);
    private static final String KEY = "collabgraph.disconnect-watch";

    private final Context ctx;
    private final long started = System.nanoTime();
    private final Cancellation cancellation = new Cancellation(this::arm);
    private final Cancellation.Binding binding;
    private boolean armed;
    private boolean done;
    private boolean pipelined;
    private EndPoint endPoint;

    private DisconnectWatch(Context ctx) {
        this.ctx = ctx;
        this.binding = Cancellation.bind(cancellation);
    }

    /** Before an API handler: its statements run under a cancellation that the client's leaving triggers. */
    static void before(Context ctx) {
        if (LoadShedder.usesDatabase(ctx.path()) && ctx.attribute(KEY) == null) {
            ctx.attribute(KEY, new DisconnectWatch(ctx));
        }
    }

    /** After the handler, before the answer is written: the watch is withdrawn and the thread unbound. */
    static void after(Context ctx) {
        DisconnectWatch watch = ctx.attribute(KEY);
        if (watch != null) {
            ctx.attribute(KEY, null);
            watch.end();
        }
    }

    /*
     * arm (the statement's thread), readable (a Jetty thread) and end (the request's thread) take turns under this
     * object's lock: once end has run, no interest of ours may be registered, or Jetty, reading the next request on
     * this connection, would find its place taken and fail the connection.
     */

    private synchronized void arm() {
        if (done || bodyUnread()) {
            return; // answered already (a console query past its limit), or its body is still to be read
        }
        endPoint = ServletContextRequest.getServletContextRequest(ctx.req())
                .getConnectionMetaData().getConnection().getEndPoint();
        listen();
    }

    /** Under the lock. False from tryFillInterested: Jetty itself waits for input here, and will see the end. */
    private void listen() {
        armed = endPoint.tryFillInterested(Callback.from(this::readable, failure -> { }));
    }

    private void readable() {
        int read;
        synchronized (this) {
            armed = false;
            if (done) {
                return;
            }
            read = probe(endPoint); // under the lock: after end, these bytes would be the next request's
            if (read > 0) {
                pipelined = true;
            } else if (read == 0) {
                listen();
            }
        }
        if (read < 0 && cancellation.cancel()) {
            LOG.info("{} {}: the client left after {} ms; its query was stopped", ctx.method(), ctx.path(),
                    (System.nanoTime() - started) / 1_000_000);
        }
    }

    /** Bytes read (at most one, never waiting): -1 at the end of input, 0 when there was nothing after all. */
    private static int probe(EndPoint point) {
        try {
            return point.fill(BufferUtil.allocate(1));
        } catch (IOException e) {
            return -1;
        }
    }

    private void end() {
        binding.close();
        boolean close;
        synchronized (this) {
            done = true;
            if (armed && endPoint instanceof AbstractEndPoint point) {
                point.getFillInterest().onFail(new CancellationException("the answer is ready"));
            }
            armed = false;
            close = pipelined;
        }
        if (close) {
            ctx.header("Connection", "close");
        }
    }

    private boolean bodyUnread() {
        boolean hasBody = ctx.req().getContentLengthLong() > 0 || ctx.req().getHeader("Transfer-Encoding") != null;
        if (!hasBody) {
            return false;
        }
        try {
            return !ctx.req().getInputStream().isFinished();
        } catch (IOException | IllegalStateException e) {
            return true;
        }
    }
}
