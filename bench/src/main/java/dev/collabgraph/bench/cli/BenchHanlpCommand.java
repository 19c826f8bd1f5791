package dev.collabgraph.bench.cli;

import dev.collabgraph.app.cli.DatabaseOptions;
import dev.collabgraph.bench.Machine;
import dev.collabgraph.bench.eval.HanlpEvaluation;
import dev.collabgraph.bench.eval.Tally;
import dev.collabgraph.bench.eval.DocumentScore;
import dev.collabgraph.bench.hanlp.HanlpMode;
import dev.collabgraph.bench.hanlp.HanlpText;
import dev.collabgraph.bench.hanlp.HanlpThroughput;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code collabgraph bench hanlp [DIR]}: HanLP as a candidate or boundary source for entity names (issue 8). */
@Command(name = "hanlp", mixinStandardHelpOptions = true,
        description = "Score HanLP's organisation/place recognition and word boundaries against the gold corpus "
                + "(entity F1 per type, dev and held-out aggregates) and time each mode on one thread. "
                + "See docs/hanlp-evaluation.md.")
public final class BenchHanlpCommand implements Callable<Integer> {
    @Parameters(arity = "0..1", paramLabel = "DIR", description = "Folder of documents with *.gold.json files (default: corpus).")
    Path dir;

    @Option(names = "--mode", paramLabel = "MODE", split = ",",
            description = "Modes to run (default: all): ours, alone, merge, boundary-drop, boundary-trim.")
    List<String> modes;

    @Option(names = "--passes", defaultValue = "3", description = "Timed passes per mode after a warm-up pass "
            + "(default: ${DEFAULT-VALUE}; 0: no timing).")
    int passes;

    @Option(names = "--docs", defaultValue = "100", description = "Documents of the generated corpus the timing runs "
            + "on, as in bench extract (default: ${DEFAULT-VALUE}).")
    int docs;

    @Option(names = "--show", description = "Also list the names each mode adds or removes in the dev documents.")
    boolean show;

    @Mixin
    BenchCorpusOptions timingCorpus;

    @Override
    public Integer call() {
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        Path corpus = dir != null ? dir : DatabaseOptions.home().resolve("corpus");
        long started = System.nanoTime();
        HanlpText.words(HanlpText.recognising(), "徐州市科学技术局");
        double firstUse = (System.nanoTime() - started) / 1e9;
        List<HanlpMode> chosen = modes == null ? Arrays.asList(HanlpMode.values())
                : modes.stream().map(BenchHanlpCommand::mode).toList();
        List<HanlpEvaluation.Row> rows = HanlpEvaluation.run(corpus, chosen);
        List<Path> files = passes > 0 ? timingCorpus.generate(docs) : List.of();
        Map<HanlpMode, HanlpThroughput.Result> speed = passes > 0 ? HanlpThroughput.measure(files, chosen, passes)
                : Map.of();
        out.println("Command: `bin/collabgraph bench hanlp" + (dir == null ? "" : " " + dir)
                + (modes == null ? "" : " --mode " + String.join(",", modes)) + " --passes " + passes
                + " --docs " + docs + " --seed " + timingCorpus.seed + "`  ");
        out.println("Machine: " + Machine.describe() + "  ");
        out.printf("HanLP first use (dictionaries and role models loaded, one short sentence segmented): %.2f s  %n",
                firstUse);
        out.printf("Scored on %s; timed on a generated corpus of %d documents (as `bench extract`), one thread, "
                + "median of %d passes (the modes in turn) after a warm-up round.%n%n", corpus, files.size(), passes);
        out.println(render(rows, speed));
        if (show) {
            for (HanlpEvaluation.Row r : rows) {
                out.println();
                out.println("Changes of `" + r.mode().option() + "` in the dev documents:");
                r.changes().forEach(c -> out.println("  " + c));
            }
        }
        return 0;
    }

    private static HanlpMode mode(String option) {
        for (HanlpMode m : HanlpMode.values()) {
            if (m.option().equals(option)) {
                return m;
            }
        }
        throw new IllegalArgumentException("no mode " + option + ": ours, alone, merge, boundary-drop, boundary-trim");
    }

    /** Entity F1 (P/R) per type on dev, macro-F1 on dev and held-out (aggregate only), and MB/s. */
    static String render(List<HanlpEvaluation.Row> rows, Map<HanlpMode, HanlpThroughput.Result> speed) {
        List<String> lines = new ArrayList<>();
        StringBuilder header = new StringBuilder("| mode |");
        StringBuilder rule = new StringBuilder("|---|");
        for (String type : DocumentScore.TYPES) {
            header.append(" dev ").append(type).append(" F1 (P/R) |");
            rule.append("---|");
        }
        header.append(" dev macro-F1 | held-out macro-F1 (aggregate) | MB/s 1 thread (per CPU second) |");
        rule.append("---|---|---|");
        lines.add(header.toString());
        lines.add(rule.toString());
        for (HanlpEvaluation.Row r : rows) {
            StringBuilder line = new StringBuilder("| " + r.mode().option() + " |");
            for (String type : DocumentScore.TYPES) {
                line.append(' ').append(cell(r.dev().get(type))).append(" |");
            }
            HanlpThroughput.Result t = speed.get(r.mode());
            line.append(String.format(" %.1f %% | %s | %s |", 100 * r.devMacroF1(),
                    r.heldOutDocuments() == 0 ? "—" : String.format("%.1f %% (%d docs)", 100 * r.heldOutMacroF1(),
                            r.heldOutDocuments()),
                    t == null ? "—" : String.format("%.2f (%.2f)", t.mbPerSecond(), t.mbPerCpuSecond())));
            lines.add(line.toString());
        }
        lines.add("");
        for (HanlpEvaluation.Row r : rows) {
            lines.add("- `" + r.mode().option() + "`: " + r.mode().description()
                    + (r.unmapped() > 0 ? "; " + r.unmapped() + " recognised names fit none of our types" : "")
                    + (r.checked()[0] > 0 ? "; " + r.checked()[1] + " of " + r.checked()[0] + " suffix names (all "
                    + "documents) start inside a word" : ""));
        }
        return String.join("\n", lines);
    }

    private static String cell(Tally t) {
        if (t == null) {
            return "—";
        }
        return String.format("%.2f (%.2f/%.2f)", t.f1(), t.precision(), t.recall());
    }
}
