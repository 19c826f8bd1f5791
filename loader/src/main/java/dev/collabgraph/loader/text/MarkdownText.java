package dev.collabgraph.loader.text;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A document kept as Markdown (an online collaborative document exported, a wiki page): read as the page it renders
 * to. Headings lose their {@code #} marks, emphasis its asterisks, links their targets, images and rules vanish, bullets
 * and task boxes lose their marks, a pipe table's cells are parted by tabs (its alignment row dropped, a {@code <br>}
 * in a cell parts two names), and an ordered list is numbered as a renderer numbers it: from its first item's number
 * on, whatever each item says (lazy lists write every item as {@code 1.}). Only a text with Markdown's own marks on
 * enough lines is read so.
 */
final class MarkdownText {
    private static final Pattern HEADING = Pattern.compile("^#{1,6}[ \t]+");
    private static final Pattern BULLET = Pattern.compile("^([ \t]*)[-*+][ \t]+(?:\\[[ xX]\\][ \t]+)?");
    private static final Pattern ORDERED = Pattern.compile("^([ \t]*)(\\d{1,3})([.)])[ \t]+");
    private static final Pattern PIPE_ROW = Pattern.compile("^[ \t]*\\|.*\\|[ \t]*$");
    private static final Pattern ALIGNMENT_ROW = Pattern.compile("^[ \t]*\\|(?:[ \t]*:?-{3,}:?[ \t]*\\|)+[ \t]*$");
    private static final Pattern RULE = Pattern.compile("^[ \t]*(?:-{3,}|\\*{3,}|_{3,})[ \t]*$");
    private static final Pattern QUOTE = Pattern.compile("^[ \t]*>[ \t]?");
    private static final Pattern IMAGE = Pattern.compile("!\\[[^\\]\\n]*\\]\\([^)\\n]*\\)");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]\\n]*)\\]\\([^)\\n]*\\)");
    private static final Pattern STRONG = Pattern.compile("\\*\\*|__");
    /** An emphasis of a whole line (*图：…*), as a caption is set. */
    private static final Pattern EMPHASIS_LINE = Pattern.compile("^\\*([^*\\n]+)\\*$");
    private static final Pattern BREAK = Pattern.compile("<br\\s*/?>", Pattern.CASE_INSENSITIVE);
    /** Lines with Markdown's marks a text needs, headings among them, to be read as Markdown. */
    private static final int MIN_MARKED_LINES = 6;

    private MarkdownText() {
    }

    /** The rendered text of a Markdown document, or empty when {@code text} is none. */
    static Optional<Rewrite.Rearranged> render(String text) {
        if (text.indexOf('#') < 0) {
            return Optional.empty(); // no heading line can open here: no Markdown, and no line need be looked at
        }
        List<Rewrite.Line> lines = Rewrite.lines(text);
        int headings = 0;
        int marked = 0;
        for (Rewrite.Line line : lines) {
            String s = text.substring(line.start(), line.end());
            boolean heading = HEADING.matcher(s).find();
            if (heading) {
                headings++;
            }
            if (heading || ALIGNMENT_ROW.matcher(s).matches() || STRONG.matcher(s).find()
                    || LINK.matcher(s).find() || BULLET.matcher(s).find() && s.contains("**")) {
                marked++;
            }
        }
        if (headings == 0 || marked < MIN_MARKED_LINES) {
            return Optional.empty();
        }
        Rewrite rewrite = new Rewrite(text);
        // the next number of the ordered list open at each indent, -1 when none is
        int listIndent = -1;
        int next = 0;
        for (Rewrite.Line line : lines) {
            String s = text.substring(line.start(), line.end());
            int start = line.start();
            if (RULE.matcher(s).matches() || ALIGNMENT_ROW.matcher(s).matches()) {
                rewrite.replace(line.start(), line.end(), () -> { });
                continue;
            }
            Matcher heading = HEADING.matcher(s);
            Matcher quote = QUOTE.matcher(s);
            Matcher ordered = ORDERED.matcher(s);
            Matcher bullet = BULLET.matcher(s);
            int indent = s.length() - s.stripLeading().length();
            if (heading.find()) {
                listIndent = -1; // a heading ends any list
                rewrite.replace(start, start + heading.end(), () -> { });
                start += heading.end();
            } else if (quote.find()) {
                rewrite.replace(start, start + quote.end(), () -> { });
                start += quote.end();
            } else if (ordered.find()) {
                int number = Integer.parseInt(ordered.group(2));
                if (listIndent != ordered.group(1).length()) {
                    listIndent = ordered.group(1).length();
                    next = number;
                }
                String printed = String.valueOf(next++);
                int numberAt = start + ordered.start(2);
                rewrite.replace(numberAt, start + ordered.end(2), () -> rewrite.add(printed, numberAt));
                start += ordered.end(2);
            } else if (bullet.find()) {
                rewrite.replace(start, start + bullet.end(), () -> { });
                start += bullet.end();
            } else if (!s.isBlank() && indent <= listIndent) {
                listIndent = -1; // a paragraph at the list's margin ends it
            }
            if (PIPE_ROW.matcher(s).matches()) {
                cells(text, rewrite, start, line.end());
                continue;
            }
            inline(text, rewrite, start, line.end());
        }
        return rewrite.finish();
    }

    /** A pipe row's cells parted by tabs, without the outer pipes. */
    private static void cells(String text, Rewrite rewrite, int from, int to) {
        int first = text.indexOf('|', from);
        int last = text.lastIndexOf('|', to - 1);
        rewrite.replace(from, first + 1, () -> { });
        int cellStart = first + 1;
        for (int bar = text.indexOf('|', cellStart); bar >= 0 && bar <= last; bar = text.indexOf('|', cellStart)) {
            int cellEnd = bar;
            int a = cellStart;
            while (a < cellEnd && Character.isWhitespace(text.charAt(a))) {
                a++;
            }
            int b = cellEnd;
            while (b > a && Character.isWhitespace(text.charAt(b - 1))) {
                b--;
            }
            rewrite.replace(cellStart, a, () -> { });
            inline(text, rewrite, a, b);
            int at = bar;
            rewrite.replace(b, bar + 1, bar < last ? () -> rewrite.add("\t", at) : () -> { });
            cellStart = bar + 1;
        }
        rewrite.replace(cellStart, to, () -> { });
    }

    /** Emphasis marks, images and link targets dropped in {@code [from, to)}; a {@code <br>} parts two names. */
    private static void inline(String text, Rewrite rewrite, int from, int to) {
        String s = text.substring(from, to);
        Matcher caption = EMPHASIS_LINE.matcher(s);
        if (caption.matches()) {
            rewrite.replace(from, from + 1, () -> { });
            rewrite.replace(to - 1, to, () -> { });
            return;
        }
        // the marks in order of position, each dropped or replaced; each pattern is searched once per match it
        // yields (found again only when the mark chosen last ran past its match), so a long line stays linear
        List<Matcher> matchers = List.of(IMAGE.matcher(s), LINK.matcher(s), STRONG.matcher(s), BREAK.matcher(s));
        int[] found = new int[matchers.size()];
        int lastWord = s.stripTrailing().length() - 1; // a break after it ends the line: nothing to part
        java.util.Arrays.fill(found, -2);
        int at = 0;
        while (at < s.length()) {
            Matcher chosen = null;
            int best = Integer.MAX_VALUE;
            for (int k = 0; k < matchers.size(); k++) {
                Matcher m = matchers.get(k);
                if (found[k] == -2 || found[k] >= 0 && found[k] < at) {
                    found[k] = m.find(at) ? m.start() : -1;
                }
                if (found[k] >= 0 && found[k] < best) {
                    best = found[k];
                    chosen = m;
                }
            }
            if (chosen == null) {
                break;
            }
            Matcher link = matchers.get(1);
            Matcher br = matchers.get(3);
            int start = from + chosen.start();
            int end = from + chosen.end();
            if (chosen == link) {
                int textStart = from + chosen.start(1);
                int textEnd = from + chosen.end(1);
                rewrite.replace(start, textStart, () -> { });
                rewrite.replace(textEnd, end, () -> { }); // the link's text between is copied as it stands
            } else if (chosen == br) {
                boolean atEnd = chosen.end() > lastWord;
                rewrite.replace(start, end, atEnd ? () -> { } : () -> rewrite.add("、", start));
            } else {
                rewrite.replace(start, end, () -> { });
            }
            at = chosen.end();
            for (int k = 0; k < matchers.size(); k++) {
                if (matchers.get(k) == chosen) {
                    found[k] = -2; // its match is used: search again from the new position
                }
            }
        }
    }
}
