package dev.collabgraph.bench.cli;

import dev.collabgraph.bench.Corpus;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The corpus options shared by the benchmarks: how many variants, from which seed, in which folder. */
final class BenchCorpusOptions {
    @Option(names = "--dir", paramLabel = "DIR",
            description = "Folder for the generated corpus (default: a temporary folder, kept for inspection).")
    Path dir;

    @Option(names = "--seed", defaultValue = "1", description = "Corpus seed value (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--write", paramLabel = "FILE", description = "Also write the results as a section of FILE (e.g. BENCHMARKS.md).")
    Path write;

    List<Path> generate(int count) {
        try {
            Path folder = dir != null ? dir : Files.createTempDirectory("collabgraph-corpus");
            return Corpus.write(folder, count, seed);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
