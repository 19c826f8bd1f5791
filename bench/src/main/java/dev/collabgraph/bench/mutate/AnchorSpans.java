package dev.collabgraph.bench.mutate;

import dev.collabgraph.bench.eval.Gold;

import java.util.ArrayList;
import java.util.List;

/**
 * Where the gold's anchors stand in a text, found in order with all whitespace dropped as the scorer finds them in a
 * copy, and the anchors moved along with an edit of the text.
 */
final class AnchorSpans {
    /** An anchor's range in the text. */
    record Span(int start, int end) {
    }

    private final String squeezed;
    private final int[] origin;

    private AnchorSpans(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int[] at = new int[text.length()];
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && c != '\u3000' && c != '\u00A0') {
                out.append(c);
                at[n++] = i;
            }
        }
        squeezed = out.toString();
        origin = java.util.Arrays.copyOf(at, n);
    }

    /** The span of each item's anchor in {@code text}, in order; null for an anchor not found. */
    static List<Span> locate(String text, List<Gold.Task> items) {
        AnchorSpans spans = new AnchorSpans(text);
        List<Span> found = new ArrayList<>(items.size());
        int from = 0;
        for (Gold.Task item : items) {
            Span span = item.anchor() == null ? null : spans.find(item.anchor(), from);
            if (span != null) {
                from = spans.squeezedIndex(span.start()) + 1;
            }
            found.add(span);
        }
        return found;
    }

    private Span find(String anchor, int fromSqueezed) {
        String wanted = squeezeAll(anchor);
        int at = wanted.isEmpty() ? -1 : squeezed.indexOf(wanted, fromSqueezed);
        return at < 0 ? null : new Span(origin[at], origin[at + wanted.length() - 1] + 1);
    }

    private int squeezedIndex(int textIndex) {
        int index = java.util.Arrays.binarySearch(origin, textIndex);
        return index >= 0 ? index : -1 - index;
    }

    /** The gold with each anchor rewritten where the edit changed more than whitespace inside it. */
    static Gold follow(Gold gold, String before, TextEdits.Applied after) {
        return new Gold(gold.split(), gold.layout(), gold.history(), gold.document(),
                moved(gold.tasks(), before, after), moved(gold.annex(), before, after), gold.indicators(),
                gold.entities(), gold.industryAcademia());
    }

    private static List<Gold.Task> moved(List<Gold.Task> items, String before, TextEdits.Applied after) {
        List<Span> spans = locate(before, items);
        List<Gold.Task> out = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            Gold.Task item = items.get(i);
            Span span = spans.get(i);
            String anchor = item.anchor();
            if (span != null) {
                // a line break the mutation put inside an anchor is layout, not part of how the task starts
                String now = after.text().substring(after.start(span.start()), after.end(span.end()))
                        .replace("\r", "").replace("\n", "");
                if (!squeezeAll(now).equals(squeezeAll(anchor))) {
                    anchor = now;
                }
            }
            out.add(new Gold.Task(anchor, item.title(), item.year(), item.units()));
        }
        return out;
    }

    private static String squeezeAll(String s) {
        return new AnchorSpans(s).squeezed;
    }
}
