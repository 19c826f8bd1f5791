package dev.collabgraph.loader.structure;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A table of contents before the text (目录, then its entries: 1.发布信息, ▪一、强化企业创新主体地位, 第二章　…　5): its
 * entries repeat the headings and items below and are none of them, so the body starts after it.
 */
final class TableOfContents {
    private static final Pattern TITLE = Pattern.compile("^[\\s\u3000]*(?:目[\\s\u3000]*录|CONTENTS|Contents)[\\s\u3000]*$");
    /** An entry: numbered, bulleted or a heading's own numbering first, or a page number last; short, no sentence. */
    private static final Pattern ENTRY = Pattern.compile("^[\\s\u3000]*(?:\\d{1,2}(?:\\.\\d{1,2})*[.．、]?|[▪•·◆■●○-]"
            + "|[一二三四五六七八九十]{1,3}、|第[一二三四五六七八九十\\d]{1,3}[章节部分条])|[.…·\\s\u3000]\\d{1,3}[\\s\u3000]*$");
    private static final int MAX_ENTRY = 40;
    private static final int MIN_ENTRIES = 3;
    /** A table of contents stands near the top: within this many paragraphs. */
    private static final int MAX_START = 60;

    private TableOfContents() {
    }

    /** The index of the paragraph after the document's table of contents, or 0 when it has none. */
    static int end(List<Paragraph> paragraphs) {
        for (int i = 0; i < Math.min(MAX_START, paragraphs.size()); i++) {
            if (!TITLE.matcher(paragraphs.get(i).text()).matches()) {
                continue;
            }
            int j = i + 1;
            while (j < paragraphs.size() && entry(paragraphs.get(j).text())) {
                j++;
            }
            return j - i - 1 >= MIN_ENTRIES ? j : 0;
        }
        return 0;
    }

    private static boolean entry(String text) {
        String t = text.strip();
        return !t.isEmpty() && t.length() <= MAX_ENTRY && t.indexOf('。') < 0 && ENTRY.matcher(t).find();
    }
}
