package dev.collabgraph.bench.mutate;

import java.util.List;
import java.util.Random;

/**
 * {@code blank}: paragraphs set apart by a blank line each, as a web page's text copies, or run together with every
 * blank line dropped, as some converters save them; one or the other per document. Rows of one table stay together.
 */
final class BlankLines implements Mutation {
    @Override
    public String name() {
        return "blank";
    }

    @Override
    public MutatedDocument apply(MutatedDocument document, Random random) {
        String text = document.text();
        List<Lines.Line> lines = Lines.of(text);
        TextEdits edits = new TextEdits(text);
        String lineBreak = Lines.lineBreak(text);
        boolean spread = random.nextBoolean();
        int changed = 0;
        for (int i = 0; i + 1 < lines.size(); i++) {
            Lines.Line line = lines.get(i);
            Lines.Line next = lines.get(i + 1);
            if (spread && !line.blank(text) && !next.blank(text)
                    && !(Lines.laidOut(line.of(text)) && Lines.laidOut(next.of(text)))) {
                edits.insert(line.next(), lineBreak);
                changed++;
            } else if (!spread && line.blank(text)) {
                edits.replace(line.start(), line.next(), "");
                changed++;
            }
        }
        return document.edited(edits, changed, 0);
    }
}
