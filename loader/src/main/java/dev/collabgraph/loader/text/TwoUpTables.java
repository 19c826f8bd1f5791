package dev.collabgraph.loader.text;

import dev.collabgraph.loader.text.Rewrite.Line;
import dev.collabgraph.loader.text.Rewrite.Run;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A narrow table printed two-up to save paper: its rows split into two blocks set side by side on one page, each
 * under its own copy of the header (序号 重点任务 牵头单位 配合单位 序号 重点任务 牵头单位 配合单位). Every printed line
 * then carries a piece of a left row and a piece of a right row, and both wrap in parallel. Such a block is found by
 * its header, whose cells repeat as a whole, and rewritten as the two tables it is: the left block under the left
 * header, then the right block under the right one, each line cut at the column where the right header starts.
 */
final class TwoUpTables {
    /** The header's first cell: the row number column. */
    private static final Pattern NUMBER_COLUMN = Pattern.compile("^(?:序号|编号)$");
    private static final Pattern ROW_NUMBER = Pattern.compile("^\\d{1,3}$");
    /** Cells of each block's header, the number column included. */
    private static final int MIN_BLOCK_CELLS = 3;

    private TwoUpTables() {
    }

    static Optional<Rewrite.Rearranged> rearrange(String text) {
        if (text.indexOf("序号") < 0 && text.indexOf("编号") < 0) {
            return Optional.empty();
        }
        List<Line> lines = Rewrite.lines(text);
        Rewrite out = new Rewrite(text);
        for (int i = 0; i < lines.size(); i++) {
            int edge = repeatedHeader(text, lines.get(i));
            if (edge < 0) {
                continue;
            }
            int firstCellEnd = Rewrite.runs(text, lines.get(i), (s, at) -> false).get(0).to();
            int end = i + 1;
            while (end < lines.size() && isRowLine(text, lines.get(end), edge, firstCellEnd)) {
                end++;
            }
            if (end - i < 3) {
                continue;
            }
            List<Line> block = lines.subList(i, end);
            int to = block.get(block.size() - 1).end();
            out.replace(lines.get(i).start(), to, () -> {
                for (Line line : block) {
                    out.copy(line.start(), cut(text, line, edge));
                    out.add("\n", line.end());
                }
                out.add("\n", to);
                for (int k = 0; k < block.size(); k++) {
                    Line line = block.get(k);
                    out.copy(cut(text, line, edge), line.end());
                    if (k < block.size() - 1) {
                        out.add("\n", line.end());
                    }
                }
            });
            i = end - 1;
        }
        return out.finish();
    }

    /** The display column where a header line's second copy starts, or -1 when the line is no such header. */
    private static int repeatedHeader(String text, Line line) {
        if (Rewrite.occurrences(text, line, "序号", 2) < 2 && Rewrite.occurrences(text, line, "编号", 2) < 2) {
            return -1; // the cheap test first: it is asked of every line
        }
        List<Run> runs = Rewrite.runs(text, line, (s, at) -> false);
        int n = runs.size();
        if (n < 2 * MIN_BLOCK_CELLS || n % 2 != 0 || !NUMBER_COLUMN.matcher(cell(text, runs.get(0))).matches()) {
            return -1;
        }
        int half = n / 2;
        for (int k = 0; k < half; k++) {
            if (!cell(text, runs.get(k)).equals(cell(text, runs.get(k + half)))) {
                return -1;
            }
        }
        return runs.get(half).from();
    }

    /**
     * Whether a line below the header belongs to the block: text on it, no run across the edge, and what stands in
     * the left block's number column a row number (a line of text there, a 注 or the next paragraph, ends the block).
     */
    private static boolean isRowLine(String text, Line line, int edge, int firstCellEnd) {
        List<Run> runs = Rewrite.runs(text, line, (s, at) -> false);
        if (runs.isEmpty()) {
            return false;
        }
        for (Run run : runs) {
            if (run.from() < edge && run.to() > edge) {
                return false;
            }
        }
        Run first = runs.get(0);
        return first.from() >= firstCellEnd || ROW_NUMBER.matcher(cell(text, first)).matches();
    }

    /** The offset in {@code line} where display column {@code edge} starts (the line's end when it is shorter). */
    private static int cut(String text, Line line, int edge) {
        int column = 0;
        for (int i = line.start(); i < line.end(); i++) {
            if (column >= edge) {
                return i;
            }
            char c = text.charAt(i);
            column += DisplayWidth.wide(c) ? 2 : c == '\t' ? 8 : 1;
        }
        return line.end();
    }

    private static String cell(String text, Run run) {
        return text.substring(run.start(), run.end());
    }
}
