package dev.collabgraph.bench.cli;

import dev.collabgraph.bench.BenchmarksFile;
import dev.collabgraph.bench.ExtractBench;
import dev.collabgraph.bench.Machine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code collabgraph bench extract}: extraction MB/s against read-decode-split of the same files. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Extraction throughput (MB/s) on a generated corpus against reading and splitting the same files.")
public final class BenchExtractCommand implements Callable<Integer> {
    static final double GOAL_MB_PER_S = 10;

    @Option(names = "--docs", defaultValue = "1000", description = "Documents in the corpus (default: ${DEFAULT-VALUE}).")
    int docs;

    @Option(names = "--passes", defaultValue = "3", description = "Measured passes after the warm-up (default: ${DEFAULT-VALUE}).")
    int passes;

    @Option(names = "--threads", defaultValue = "2", description = "Threads of the parallel pass (default: ${DEFAULT-VALUE}).")
    int threads;

    @Mixin
    BenchCorpusOptions corpus;

    @Override
    public Integer call() {
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        List<Path> files = corpus.generate(docs);
        out.println("Corpus: " + files.size() + " documents in " + files.get(0).getParent());
        ExtractBench.Result r = ExtractBench.run(files, passes, threads);
        String report = report(r);
        out.println(report);
        if (corpus.write != null) {
            BenchmarksFile.replaceSection(corpus.write, "Extraction", report);
            out.println("Written to " + corpus.write);
        }
        return 0;
    }

    private String report(ExtractBench.Result r) {
        List<String> lines = new java.util.ArrayList<>(List.of(
                "Command: `bin/collabgraph bench extract --docs " + docs + " --seed " + corpus.seed + " --passes "
                        + passes + " --threads " + threads + "`  ",
                "Machine: " + Machine.describe() + "  ",
                String.format("Corpus: %d documents, %.1f MB; median of %d passes after one warm-up pass, "
                        + "(lowest–highest) in brackets.", r.documents(), r.bytes() / 1e6, passes),
                "",
                "| what | MB/s | vs baseline | goal |",
                "|---|---|---|---|",
                "| baseline: read + decode UTF-8 + split lines/paragraphs, 1 thread | " + r.baseline().format(1)
                        + " | 1 | |",
                String.format("| `Extractor.extract`, 1 thread | %s | %.3f× | ≥ %.0f MB/s: %s |",
                        r.extraction().format(2), r.ratio(), GOAL_MB_PER_S,
                        r.extraction().median() >= GOAL_MB_PER_S ? "met" : String.format("missed (%.1f%% of it)",
                                100 * r.extraction().median() / GOAL_MB_PER_S)),
                String.format("| `Extractor.extract`, %d threads | %s | %.3f× | |", r.threads(),
                        r.parallel().format(2), r.parallel().median() / r.baseline().median())));
        if (r.extractionCpu() != null) {
            // the processor time of the one extracting thread: what the code costs, even when others share the machine
            lines.add(String.format("| `Extractor.extract`, 1 thread, per CPU second of that thread | %s | | |",
                    r.extractionCpu().format(2)));
        }
        return String.join("\n", lines);
    }
}
