package dev.collabgraph.app.cli;

import dev.collabgraph.app.Main;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.function.ToIntFunction;

/** Runs the command line in-process as a user would, capturing exit code, stdout and stderr. */
public final class Cli {
    private Cli() {
    }

    public record Run(int code, String out, String err) {
    }

    /** Synchronised: System.out and System.err are swapped for the duration of the command. */
    public static Run run(String... args) {
        return run(Main::run, args);
    }

    /** Runs another entry point (the bench module's) the same way. */
    public static synchronized Run run(ToIntFunction<String[]> entry, String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(stdout, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(stderr, true, StandardCharsets.UTF_8));
            int code = entry.applyAsInt(args);
            return new Run(code, stdout.toString(StandardCharsets.UTF_8), stderr.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }
}
