package dev.collabgraph.bench.formats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A text cut into what a renderer lays out: a paragraph a line, and each run of tab-separated lines one table. A form
 * feed (a printed page's end kept in the text) becomes a page break before the next paragraph, as a word processor
 * turns it; other control characters go, as no publishing tool keeps them.
 */
final class Blocks {
    /** 一、… or （一）… : a part's or an item's heading when short and not a sentence. */
    private static final Pattern HEADING = Pattern.compile("^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）).*");
    private static final int MAX_HEADING = 30;
    private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B-\\x1F\\x7F]");

    /** What a renderer lays out next. */
    sealed interface Block permits Paragraph, Table {
    }

    /** One line of the text; {@code level} 1 (一、), 2 (（一）) for headings, 0 else; {@code newPage} after a form feed. */
    record Paragraph(String text, int level, boolean newPage) implements Block {
        boolean blank() {
            return text.isBlank();
        }
    }

    /** Consecutive tab-separated lines, each a row of cells, every row padded to the widest one. */
    record Table(List<List<String>> rows, int columns) implements Block {
    }

    private Blocks() {
    }

    static List<Block> of(String text) {
        List<Block> blocks = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        boolean newPage = false;
        for (String raw : text.split("\r?\n", -1)) {
            newPage |= raw.indexOf('\f') >= 0;
            String line = CONTROL.matcher(raw).replaceAll("");
            if (line.indexOf('\t') >= 0) {
                rows.add(Arrays.asList(line.split("\t", -1)));
                continue;
            }
            flush(rows, blocks);
            blocks.add(new Paragraph(line, level(line.strip()), newPage));
            newPage = false;
        }
        flush(rows, blocks);
        return blocks;
    }

    private static void flush(List<List<String>> rows, List<Block> blocks) {
        if (rows.isEmpty()) {
            return;
        }
        int columns = rows.stream().mapToInt(List::size).max().orElse(1);
        List<List<String>> padded = new ArrayList<>();
        for (List<String> row : rows) {
            List<String> cells = new ArrayList<>(row);
            while (cells.size() < columns) {
                cells.add("");
            }
            padded.add(List.copyOf(cells));
        }
        blocks.add(new Table(List.copyOf(padded), columns));
        rows.clear();
    }

    private static int level(String line) {
        if (line.length() > MAX_HEADING || line.contains("。") || !HEADING.matcher(line).matches()) {
            return 0;
        }
        return line.startsWith("（") ? 2 : 1;
    }
}
