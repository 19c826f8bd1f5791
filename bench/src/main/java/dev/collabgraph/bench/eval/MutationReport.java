package dev.collabgraph.bench.eval;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The report of {@code eval --mutate NAME}: the usual figures for the mutated copies, then each measure before and
 * after the mutation and the documents that lose tasks or responsibilities to it.
 */
public final class MutationReport {
    private MutationReport() {
    }

    public static String render(MutationEvaluation.Result result, String command, String corpus, String mutations) {
        List<MutationEvaluation.Document> documents = result.documents();
        int changed = documents.stream().mapToInt(MutationEvaluation.Document::changed).sum();
        int skipped = documents.stream().mapToInt(MutationEvaluation.Document::skipped).sum();
        StringBuilder out = new StringBuilder();
        out.append("# Extraction quality of mutated copies (").append(mutations).append(")\n\n")
                .append("Made by `").append(command).append("`: every dev document of `").append(corpus)
                .append("`, read as the loader reads it, mutated by ").append(mutations)
                .append(" (a layout change that keeps the meaning), extracted (no database) and scored against its ")
                .append("gold, anchors moved with the text. Anchors are looked for with all whitespace dropped, in the ")
                .append("unmutated text too. ").append(changed).append(" places changed, ").append(skipped)
                .append(" items left unmutated (not found reliably); ").append(result.heldOut())
                .append(" held-out documents not read.\n\n");
        QualityReport.figures(out, result.mutated());
        comparison(out, documents, mutations);
        return out.toString();
    }

    private static void comparison(StringBuilder out, List<MutationEvaluation.Document> documents, String mutations) {
        Map<String, Tally> before = Evaluation.totals(documents.stream().map(MutationEvaluation.Document::original)
                .toList());
        Map<String, Tally> after = Evaluation.totals(documents.stream().map(MutationEvaluation.Document::mutated).toList());
        out.append("\n## Unmutated vs mutated (").append(mutations).append(")\n\n")
                .append("| measure | unmutated | mutated |\n|---|---|---|\n");
        row(out, "tasks found", before, after, "tasks", QualityReport::recall);
        row(out, "extracted tasks that are tasks", before, after, "tasks", QualityReport::precision);
        row(out, "titles exact", before, after, "titles", QualityReport::recall);
        row(out, "responsibilities (unit → task) F1", before, after, "responsibilities", QualityReport::f1);
        row(out, "roles right (of responsibilities found)", before, after, "roles", QualityReport::recall);
        row(out, "annex rows found", before, after, "annexRows", QualityReport::recall);
        row(out, "annex responsibilities F1", before, after, "annexResponsibilities", QualityReport::f1);
        row(out, "indicator values exact", before, after, "indicatorValues", QualityReport::recall);
        out.append("| entity macro-F1 (7 types) | ").append(QualityReport.pct(Evaluation.entityMacroF1(before)))
                .append(" | ").append(QualityReport.pct(Evaluation.entityMacroF1(after))).append(" |\n");
        row(out, "industry–academia links recalled", before, after, "industryAcademia", QualityReport::recall);

        List<MutationEvaluation.Document> losing = documents.stream().filter(MutationReport::loses)
                .sorted(Comparator.comparingInt(MutationReport::lost).reversed()
                        .thenComparing(d -> d.mutated().name()))
                .toList();
        out.append("\n### Documents that lose tasks or responsibilities (").append(losing.size()).append(")\n\n");
        if (losing.isEmpty()) {
            out.append("None.\n");
        }
        for (MutationEvaluation.Document d : losing) {
            out.append("- `").append(d.mutated().name()).append("`: tasks ").append(count(d.original().tasks()))
                    .append(" → ").append(count(d.mutated().tasks())).append(", responsibilities ")
                    .append(count(d.original().responsibilities())).append(" → ")
                    .append(count(d.mutated().responsibilities())).append('\n');
        }
    }

    private static boolean loses(MutationEvaluation.Document d) {
        return d.mutated().tasks().found() < d.original().tasks().found()
                || d.mutated().responsibilities().found() < d.original().responsibilities().found();
    }

    /** Tasks and responsibilities lost, for the order of the list. */
    private static int lost(MutationEvaluation.Document d) {
        return d.original().tasks().found() - d.mutated().tasks().found()
                + d.original().responsibilities().found() - d.mutated().responsibilities().found();
    }

    private static void row(StringBuilder out, String label, Map<String, Tally> before, Map<String, Tally> after,
                            String key, Function<Tally, String> measure) {
        out.append("| ").append(label).append(" | ").append(cell(before, key, measure)).append(" | ")
                .append(cell(after, key, measure)).append(" |\n");
    }

    private static String cell(Map<String, Tally> totals, String key, Function<Tally, String> measure) {
        Tally t = totals.get(key);
        return t == null || t.expected() + t.returned() == 0 ? "—" : measure.apply(t);
    }

    private static String count(Tally t) {
        return t.found() + "/" + t.expected();
    }
}
