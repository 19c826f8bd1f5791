package dev.collabgraph.app.cli;

import java.io.PrintWriter;

/**
 * A progress line on stderr for work over many files: redrawn in place on a terminal, one line per
 * tenth of the work otherwise (logs and CI). Silent for a single file.
 */
public final class Progress {
    private final PrintWriter err;
    private final int total;
    private final boolean terminal = System.console() != null;
    private final long started = System.nanoTime();
    private int done;
    private boolean lineOpen;

    public Progress(PrintWriter err, int total) {
        this.err = err;
        this.total = total;
    }

    public void step(String item) {
        done++;
        if (total < 2) {
            return;
        }
        String line = String.format("[%d/%d %3d%%] %s", done, total, done * 100 / total, item);
        if (terminal) {
            err.print("\r\033[K" + line);
            err.flush();
            lineOpen = true;
        } else if (done == 1 || done == total || done % Math.max(1, total / 10) == 0) {
            err.println(line);
        }
    }

    /** Ends the in-place line so that a message can be printed under it. */
    public void interrupt() {
        if (lineOpen) {
            err.println();
            lineOpen = false;
        }
    }

    public void done() {
        interrupt();
        if (total >= 2) {
            err.printf("%d documents in %.1f s%n", total, (System.nanoTime() - started) / 1e9);
        }
    }
}
