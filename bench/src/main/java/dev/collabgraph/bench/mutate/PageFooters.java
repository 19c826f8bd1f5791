package dev.collabgraph.bench.mutate;

import java.util.List;
import java.util.Random;

/**
 * {@code pages}: a page footer line (a page number in one of the genre's forms, one form per document) every 35 to
 * 45 lines, wherever the page ends, in the middle of a paragraph too, as a text copied out of a PDF keeps them. Not
 * between two table rows: a table's pages are the table mutations' business.
 */
final class PageFooters implements Mutation {
    static final int SHORTEST_PAGE = 35;
    static final int LONGEST_PAGE = 45;
    private static final List<String> FORMS = List.of("— %d —", "-%d-", "- %d -", "第 %d 页", "%d");

    @Override
    public String name() {
        return "pages";
    }

    @Override
    public MutatedDocument apply(MutatedDocument document, Random random) {
        String text = document.text();
        String form = FORMS.get(random.nextInt(FORMS.size()));
        String lineBreak = Lines.lineBreak(text);
        List<Lines.Line> lines = Lines.of(text);
        TextEdits edits = new TextEdits(text);
        int page = 1;
        int pageEnd = random.nextInt(SHORTEST_PAGE, LONGEST_PAGE + 1);
        // a footer goes after line i, before line i + 1: never after the last line, never inside a table
        for (int i = 0; i + 1 < lines.size(); i++) {
            if (i + 1 < pageEnd || Lines.laidOut(lines.get(i).of(text)) && Lines.laidOut(lines.get(i + 1).of(text))) {
                continue;
            }
            edits.insert(lines.get(i).next(), String.format(form, page) + lineBreak);
            page++;
            pageEnd = i + 1 + random.nextInt(SHORTEST_PAGE, LONGEST_PAGE + 1);
        }
        return document.edited(edits, page - 1, 0);
    }
}
