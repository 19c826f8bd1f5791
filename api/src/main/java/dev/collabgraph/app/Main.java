package dev.collabgraph.app;

import dev.collabgraph.app.cli.EditorPasswordCommand;
import dev.collabgraph.app.cli.ErrorReporter;
import dev.collabgraph.app.cli.ExtractCommand;
import dev.collabgraph.app.cli.GapsCommand;
import dev.collabgraph.app.cli.LoadCommand;
import dev.collabgraph.app.cli.QueryCommand;
import dev.collabgraph.app.cli.RecommendCommand;
import dev.collabgraph.app.cli.ServeCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code collabgraph} command line: one subcommand per job. */
@Command(name = "collabgraph", mixinStandardHelpOptions = true, version = "collabgraph 0.1.0",
        description = "Policy documents to a Neo4j collaboration graph, and the tools to explore it.",
        subcommands = {ExtractCommand.class, LoadCommand.class, ServeCommand.class, QueryCommand.class, GapsCommand.class,
                RecommendCommand.class, EditorPasswordCommand.class, CommandLine.HelpCommand.class})
public final class Main {
    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs a command line and returns its exit code, without exiting: tests call this. */
    public static int run(String... args) {
        return commandLine().execute(args);
    }

    /** The command line with its error reporting; the bench module adds its developer commands to it. */
    public static CommandLine commandLine() {
        return new CommandLine(new Main()).setExecutionExceptionHandler(new ErrorReporter());
    }
}
