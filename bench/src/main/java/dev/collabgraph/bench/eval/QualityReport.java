package dev.collabgraph.bench.eval;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** {@code QUALITY.md}: the figures per split, the bundled document apart, then per document. */
public final class QualityReport {
    private static final String BUNDLED = "00-";

    private QualityReport() {
    }

    public static String render(List<DocumentScore> scores, String command, String corpus) {
        return render(scores, command, corpus, "");
    }

    /** As {@link #render(List, String, String)}, with {@code splitHistory} (the corpus's SPLITS.md) after the intro. */
    public static String render(List<DocumentScore> scores, String command, String corpus, String splitHistory) {
        StringBuilder out = new StringBuilder();
        out.append("# Extraction quality\n\n")
                .append("Made by `").append(command).append("`: extraction (no database) of every document of `")
                .append(corpus).append("` scored against its hand-checked gold file (format and conventions in ")
                .append("`corpus/README.md`). Figures add up counts over the documents (micro averages).\n\n")
                .append("**Held-out** documents were set aside before the rules were changed: whoever changes the ")
                .append("loader does not read them, so their column measures how the rules carry over to layouts ")
                .append("they were not fitted to. **Dev** documents were read while developing.\n\n");
        if (!splitHistory.isBlank()) {
            out.append(splitHistory.strip()).append("\n\n");
        }
        return figures(out, scores);
    }

    /**
     * The report of {@code eval --as FORMAT}: the plain-text dev documents' copies in {@code format} scored against
     * their gold; {@code notText} dev documents in other formats were not copied, {@code heldOut} not read.
     */
    public static String renderCopies(List<DocumentScore> scores, String command, String corpus, String format,
                                      int notText, int heldOut) {
        StringBuilder out = new StringBuilder();
        out.append("# Extraction quality of ").append(format).append(" copies\n\n")
                .append("Made by `").append(command).append("`: every plain-text (.txt) dev document of `")
                .append(corpus).append("` rendered as a ").append(format)
                .append(" file, the copy extracted (no database) and scored against the document's gold file. ")
                .append("Anchors are looked for with all whitespace dropped, since the copy's line breaks and cell ")
                .append("separators are the format's. ").append(notText)
                .append(" dev documents in other formats were skipped, ").append(heldOut)
                .append(" held-out documents not read.\n\n");
        return figures(out, scores);
    }

    static String figures(StringBuilder out, List<DocumentScore> scores) {
        List<DocumentScore> dev = scores.stream().filter(s -> !s.gold().heldOut()).toList();
        List<DocumentScore> heldOut = scores.stream().filter(s -> s.gold().heldOut()).toList();
        List<DocumentScore> bundled = scores.stream().filter(s -> s.name().startsWith(BUNDLED)).toList();
        out.append("| measure | dev (").append(dev.size()).append(" docs) | held-out (").append(heldOut.size())
                .append(" docs) | bundled Xuzhou document |\n|---|---|---|---|\n");
        Map<String, Tally> d = Evaluation.totals(dev);
        Map<String, Tally> h = Evaluation.totals(heldOut);
        Map<String, Tally> b = Evaluation.totals(bundled);
        row(out, "tasks found", d, h, b, "tasks", QualityReport::recall);
        row(out, "extracted tasks that are tasks", d, h, b, "tasks", QualityReport::precision);
        row(out, "titles exact", d, h, b, "titles", QualityReport::recall);
        row(out, "responsibilities (unit → task) F1", d, h, b, "responsibilities", QualityReport::f1);
        row(out, "roles right (of responsibilities found)", d, h, b, "roles", QualityReport::recall);
        row(out, "annex rows found", d, h, b, "annexRows", QualityReport::recall);
        row(out, "annex responsibilities F1", d, h, b, "annexResponsibilities", QualityReport::f1);
        row(out, "indicator values exact", d, h, b, "indicatorValues", QualityReport::recall);
        for (String type : DocumentScore.TYPES) {
            row(out, type + " F1", d, h, b, type, QualityReport::f1);
        }
        out.append("| entity macro-F1 (7 types) | ").append(macro(dev, d)).append(" | ").append(macro(heldOut, h))
                .append(" | ").append(macro(bundled, b)).append(" |\n");
        row(out, "industry–academia links recalled", d, h, b, "industryAcademia", QualityReport::recall);
        row(out, "industry–academia links that are links", d, h, b, "industryAcademia", QualityReport::precision);

        out.append("\n## Per document\n\n")
                .append("| document | split | tasks found | titles | resp. F1 | annex resp. F1 | indicator values | ")
                .append("entity macro-F1 | weakest type | ind.–acad. recall |\n|---|---|---|---|---|---|---|---|---|---|\n");
        for (DocumentScore s : scores) {
            String weakest = DocumentScore.TYPES.stream()
                    .filter(t -> s.entities().get(t).expected() + s.entities().get(t).returned() > 0)
                    .min((x, y) -> Double.compare(s.entities().get(x).f1(), s.entities().get(y).f1()))
                    .map(t -> t + " " + num(s.entities().get(t).f1())).orElse("—");
            out.append("| ").append(s.name()).append(" | ").append(s.gold().heldOut() ? "held-out" : "dev").append(" | ")
                    .append(count(s.tasks())).append(" | ").append(count(s.titles())).append(" | ")
                    .append(s.responsibilities().expected() == 0 ? "—" : num(s.responsibilities().f1())).append(" | ")
                    .append(s.annexResponsibilities().expected() == 0 ? "—" : num(s.annexResponsibilities().f1()))
                    .append(" | ").append(count(s.indicatorValues())).append(" | ").append(num(s.entityMacroF1()))
                    .append(" | ").append(weakest).append(" | ").append(count(s.industryAcademia())).append(" |\n");
        }
        // A held-out document's layout is withheld: whoever changes the rules reads this file, and a layout
        // described is a layout half-studied.
        out.append("\nLayouts (a held-out document's is withheld until it is opened):\n\n");
        for (DocumentScore s : scores) {
            String layout = s.gold().heldOut() ? "layout withheld"
                    : s.gold().layout() == null ? "" : s.gold().layout();
            out.append("- `").append(s.name()).append("` (").append(s.gold().heldOut() ? "held-out" : "dev")
                    .append("): ").append(layout).append('\n');
        }
        return out.toString();
    }

    private static void row(StringBuilder out, String label, Map<String, Tally> d, Map<String, Tally> h,
                            Map<String, Tally> b, String key, Function<Tally, String> measure) {
        out.append("| ").append(label).append(" | ").append(cell(d, key, measure)).append(" | ")
                .append(cell(h, key, measure)).append(" | ").append(cell(b, key, measure)).append(" |\n");
    }

    private static String cell(Map<String, Tally> totals, String key, Function<Tally, String> measure) {
        Tally t = totals.get(key);
        return t == null || t.expected() + t.returned() == 0 ? "—" : measure.apply(t);
    }

    static String recall(Tally t) {
        return pct(t.recall()) + " (" + t.found() + "/" + t.expected() + ")";
    }

    static String precision(Tally t) {
        return pct(t.precision()) + " (" + t.correct() + "/" + t.returned() + ")";
    }

    static String f1(Tally t) {
        return num(t.f1()) + " (P " + num(t.precision()) + ", R " + num(t.recall()) + ")";
    }

    private static String count(Tally t) {
        return t.expected() == 0 ? "—" : t.found() + "/" + t.expected();
    }

    /** The macro-F1 of a group, or a dash when the group holds no document. */
    private static String macro(List<DocumentScore> group, Map<String, Tally> totals) {
        return group.isEmpty() ? "—" : pct(Evaluation.entityMacroF1(totals));
    }

    static String pct(double v) {
        return String.format("%.1f %%", 100 * v);
    }

    static String num(double v) {
        return String.format("%.2f", v);
    }
}
