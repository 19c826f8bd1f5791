package dev.collabgraph.loader.structure;

import dev.collabgraph.loader.text.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An indicator written as a line of years and values: 研发经费投入强度（%）：2024年2.35 → 2025年2.5 → 2027年2.9【约束性】.
 * The metric names its unit in brackets; each 20XX年 value is that year's (the first is the base). A post set on a
 * phone parts the years with bars instead (2026年 40｜2027年 50｜2028年 60).
 */
final class ArrowTargets {
    private static final Pattern LINE = Pattern.compile(
            "^(?:（\\d{1,2}）|\\d{1,2}[.、]|[①-⑳]|[◆◇●•■▪])?\\s*([^：:，。；（）]{2,30})（([^（）]{1,8})）[：:]\\s*(?=\\d{4}年)");
    private static final Pattern STEP = Pattern.compile("(\\d{4})年\\s*(\\d+(?:\\.\\d+)?)\\s*(?:→|->|—>|＞|⟶|[｜|丨])?\\s*");
    /** A line of one year is a sentence, not a series. */
    private static final int MIN_STEPS = 2;

    private ArrowTargets() {
    }

    /** The values of {@code paragraph} when it is such a line, else none. */
    static List<TargetFact> read(Paragraph paragraph, int taskNumber, String sectionKey) {
        String text = paragraph.text();
        Matcher line = LINE.matcher(text);
        if (text.indexOf('→') < 0 && text.indexOf('｜') < 0 && text.indexOf('|') < 0 && text.indexOf('丨') < 0
                || !line.find()) {
            return List.of();
        }
        List<TargetFact> values = new ArrayList<>();
        Matcher step = STEP.matcher(text);
        int at = line.end();
        while (at < text.length() && step.region(at, text.length()).lookingAt()) {
            values.add(new TargetFact(taskNumber, sectionKey, line.group(1).strip(), Double.parseDouble(step.group(2)),
                    line.group(2), Integer.parseInt(step.group(1)), "=",
                    new Span(paragraph.start() + step.start(), paragraph.start() + step.end())));
            at = step.end();
        }
        return values.size() >= MIN_STEPS ? values : List.of();
    }
}
