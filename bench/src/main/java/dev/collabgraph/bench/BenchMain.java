package dev.collabgraph.bench;

import dev.collabgraph.app.Main;
import dev.collabgraph.app.cli.ErrorReporter;
import dev.collabgraph.bench.cli.BenchCommand;
import dev.collabgraph.bench.cli.EvalCommand;
import picocli.CommandLine;

/**
 * The {@code collabgraph} command line with the developer commands {@code bench} and {@code eval} added. They live
 * in this module so that the product jar carries no benchmark or evaluation code; {@code bin/collabgraph} starts
 * this class (with the product jar on the class path) when its first argument is one of them.
 */
public final class BenchMain {
    private BenchMain() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs a command line and returns its exit code, without exiting: tests call this. */
    public static int run(String... args) {
        CommandLine commandLine = Main.commandLine();
        commandLine.addSubcommand(new BenchCommand());
        commandLine.addSubcommand(new EvalCommand());
        return commandLine.execute(args);
    }
}
