package dev.collabgraph.bench.cli;

import picocli.CommandLine.Command;

/** {@code collabgraph bench extract|load}: throughput measurements, each against its baseline in the same run. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure extraction and load throughput on a generated corpus (see BENCHMARKS.md).",
        subcommands = {BenchExtractCommand.class, BenchLoadCommand.class, BenchRecommendCommand.class,
                BenchCalibrateCommand.class, BenchApiCommand.class, BenchQueriesCommand.class, BenchSoakCommand.class,
                BenchHanlpCommand.class})
public final class BenchCommand implements Runnable {
    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this),
                "name a benchmark: bench extract or bench load");
    }
}
