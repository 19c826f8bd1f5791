package dev.collabgraph.loader.text;

import dev.collabgraph.loader.text.Rewrite.Line;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A document set side by side with its commentary, as a bureau publishes an explanation of its measures (政策原文 |
 * 政策解读): a two-column table, each row a passage of the text and what the bureau says of it. Read as the text it
 * holds, each passage followed by its commentary as a paragraph of its own (a commentary may say who does the work:
 * 本条由A牵头，B配合); a cell holding two numbered items (…（责任单位：A） 4.提升…) is read as two paragraphs.
 */
final class CommentaryColumns {
    /** The header: the text's column, then the commentary's. */
    private static final Pattern HEADER = Pattern.compile(
            "^[\\s\u3000]*(?:政策|文件|条款)?(?:原文|条文|条款|内容)[\\s\u3000]*\t[\\s\u3000]*(?:政策|条款)?(?:解读|释义|说明|注释)[\\s\u3000]*$");
    /** One of them ends every header {@link #ANY_HEADER} reads: looked for first, as few texts hold any. */
    private static final java.util.List<String> COMMENTARY_WORDS = java.util.List.of("解读", "释义", "说明", "注释");
    private static final Pattern ANY_HEADER = Pattern.compile("(?:原文|条文|条款|内容)[\\s\u3000]*\t[\\s\u3000]*(?:政策|条款)?(?:解读|释义|说明|注释)");
    /** The next numbered item inside a cell, after the last one's closing mark: …） 4.提升…. */
    private static final Pattern NEXT_ITEM = Pattern.compile("(?<=[。）)])[\\s\u3000]+(?=\\d{1,2}[.．、]\\p{IsHan})");

    private static final int MAX_HEADING = 40;

    private CommentaryColumns() {
    }

    static Optional<Rewrite.Rearranged> rearrange(String text) {
        if (text.indexOf('\t') < 0 || COMMENTARY_WORDS.stream().noneMatch(text::contains)
                || !ANY_HEADER.matcher(text).find()) {
            return Optional.empty(); // one look through the text before it is cut into lines
        }
        List<Line> lines = Rewrite.lines(text);
        Rewrite out = new Rewrite(text);
        for (int i = 0; i < lines.size(); i++) {
            Line header = lines.get(i);
            if (!HEADER.matcher(text.substring(header.start(), header.end())).matches()) {
                continue;
            }
            int end = i + 1;
            // a heading row across both columns may come without its empty cell
            while (end < lines.size() && (Rewrite.occurrences(text, lines.get(end), "\t", 2) == 1 || end + 1 < lines.size()
                    && Rewrite.occurrences(text, lines.get(end + 1), "\t", 2) == 1 && heading(text, lines.get(end)))) {
                end++;
            }
            if (end == i + 1) {
                continue;
            }
            List<Line> rows = lines.subList(i + 1, end);
            int to = lines.get(end - 1).end();
            out.replace(header.start(), to, () -> {
                for (Line row : rows) {
                    int tab = text.indexOf('\t', row.start());
                    if (tab < 0 || tab >= row.end()) {
                        out.copy(row.start(), row.end());
                        out.add("\n", row.end());
                        continue;
                    }
                    passage(text, row.start(), tab, out);
                    if (!text.substring(tab + 1, row.end()).isBlank()) {
                        out.copy(tab + 1, row.end());
                        out.add("\n", row.end());
                    }
                }
            });
            i = end - 1;
        }
        return out.finish();
    }

    /** A passage of the text, each numbered item in it a paragraph. */
    private static void passage(String text, int from, int to, Rewrite out) {
        Matcher next = NEXT_ITEM.matcher(text).region(from, to);
        int start = from;
        while (next.find()) {
            out.copy(start, next.start());
            out.add("\n", next.start());
            start = next.end();
        }
        out.copy(start, to);
        out.add("\n", to);
    }

    /** A short line of no sentence: a heading set across the table. */
    private static boolean heading(String text, Line line) {
        String s = text.substring(line.start(), line.end()).strip();
        return !s.isEmpty() && s.length() <= MAX_HEADING && s.indexOf('。') < 0;
    }

}
