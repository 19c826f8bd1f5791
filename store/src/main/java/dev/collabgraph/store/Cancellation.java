package dev.collabgraph.store;

import java.util.ArrayList;
import java.util.List;

/**
 * A caller's way to stop its database work early, when nobody waits for the answer any more (an HTTP client that
 * left). The caller binds one to its thread ({@link #bind}); a {@link GraphStore} registers how to stop the statement
 * it is running ({@link #whileRunning}); {@link #cancel()}, from any thread, runs those stops. Without a bound
 * cancellation nothing is ever cancelled: the command line and loads never are.
 */
public final class Cancellation {
    private static final ThreadLocal<Cancellation> CURRENT = new ThreadLocal<>();
    private static final Cancellation NEVER = new Cancellation(() -> { });

    private final Runnable onFirstWatch;
    private final List<Runnable> stops = new ArrayList<>();
    private boolean watched;
    private boolean cancelled;

    /**
     * @param onFirstWatch run once, on the caller's thread, when the first statement starts: a caller arms whatever
     *                     tells it the answer is no longer wanted only when there is work to stop
     */
    public Cancellation(Runnable onFirstWatch) {
        this.onFirstWatch = onFirstWatch;
    }

    /** The cancellation bound to this thread, or one that never cancels. */
    public static Cancellation current() {
        Cancellation bound = CURRENT.get();
        return bound == null ? NEVER : bound;
    }

    /** Binds {@code cancellation} to this thread until the returned binding is closed (then the previous one again). */
    public static Binding bind(Cancellation cancellation) {
        Cancellation previous = CURRENT.get();
        CURRENT.set(cancellation);
        return () -> CURRENT.set(previous);
    }

    /** Work shared by many callers (one answer for all) must not stop because one of them left. */
    public static Binding unbind() {
        return bind(NEVER);
    }

    /**
     * Registers {@code stop} (it ends the running statement, from another thread) until the returned watch is closed.
     * Already cancelled: throws {@link QueryCancelledException} without running anything.
     */
    public Watch whileRunning(Runnable stop) {
        if (this == NEVER) {
            return () -> { };
        }
        boolean first;
        synchronized (this) {
            if (cancelled) {
                throw new QueryCancelledException();
            }
            stops.add(stop);
            first = !watched;
            watched = true;
        }
        if (first) {
            onFirstWatch.run();
        }
        return () -> {
            synchronized (this) {
                stops.remove(stop);
            }
        };
    }

    /** Stops every registered statement; later ones refuse to start. Returns whether a statement was stopped. */
    public boolean cancel() {
        List<Runnable> toRun;
        synchronized (this) {
            if (this == NEVER || cancelled) {
                return false;
            }
            cancelled = true;
            toRun = List.copyOf(stops);
        }
        for (Runnable stop : toRun) {
            try {
                stop.run();
            } catch (RuntimeException e) {
                // the statement ended meanwhile: nothing left to stop
            }
        }
        return !toRun.isEmpty();
    }

    public synchronized boolean isCancelled() {
        return cancelled;
    }

    /** A registration of a running statement's stop; closing it never throws. */
    public interface Watch extends AutoCloseable {
        @Override
        void close();
    }

    /** A cancellation bound to a thread; closing restores the previous one. */
    public interface Binding extends AutoCloseable {
        @Override
        void close();
    }

    /** The caller left; its statement was stopped or never started. */
    public static final class QueryCancelledException extends RuntimeException {
        public QueryCancelledException() {
            super("the query was stopped: nobody waits for its answer any more");
        }
    }
}
