package dev.collabgraph.loader.structure;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A document that names its units by short forms in its notes and spells them out once in a legend (科技——市科技局
 * 发改——市发展改革委, as a 简称与全称对应如下 list sets them, several pairs a line): each short form is read as the unit it
 * stands for. A legend is a line of two pairs or more; a short form the legend does not list is read as written.
 */
final class UnitLegend {
    /** A pair: the short form, a dash (——, —, ＝), the full name up to a blank or the line's end. */
    private static final Pattern PAIR = Pattern.compile(
            "(?<![\\p{IsHan}])(\\p{IsHan}{1,6})[ \u3000]*(?:——|—|＝|=)[ \u3000]*(\\p{IsHan}[^\\s\u3000—＝=，。；]{1,30})");
    private static final int MIN_PAIRS = 3;
    /** The marks a legend's pairs are joined by: a dash or an equals sign. */
    private static final String MARKS = "—＝=";
    /** What may part a legend's pairs: blanks and list marks. */
    private static final Pattern SEPARATORS = Pattern.compile("[ \u3000；;，,、]*");
    /** What may open a legend's line: blanks, or a label ending with a colon (注：表中单位使用简称：). */
    private static final Pattern LABEL = Pattern.compile("[ \u3000]*(?:[^。]{0,30}[：:][ \u3000]*)?");
    /** What may close it: blanks, or a list mark and one sentence (。未列入的单位使用全称。). */
    private static final Pattern CLOSING = Pattern.compile("[ \u3000]*(?:[。；;][^。]{0,40}。?)?[ \u3000]*");

    private UnitLegend() {
    }

    /**
     * The legend's units by their short forms, read from the source's lines (its blanks still part the pairs, which
     * the cleaned text runs together); empty when there is none. A legend line holds pairs and nothing else; a legend
     * holds {@link #MIN_PAIRS} pairs at least.
     */
    static Map<String, UnitRef> read(String source, String city) {
        if (source.indexOf('—') < 0 && source.indexOf('＝') < 0 && source.indexOf('=') < 0) {
            return Map.of();
        }
        Map<String, UnitRef> legend = new HashMap<>();
        for (int[] line : markedLines(source)) {
            String text = source.substring(line[0], line[1]);
            Map<String, UnitRef> found = pairs(text, city);
            if (!text.strip().endsWith("。") && PAIR.matcher(text).find()) {
                // a legend wrapped over lines (…工信——市工 ⏎ 业和信息化局；…) is read whole: its line alone would cut the
                // last name short
                Map<String, UnitRef> whole = pairs(wrappedOn(source, line[1], text), city);
                found = whole.size() >= found.size() && !whole.isEmpty() ? whole : found;
            }
            found.forEach(legend::putIfAbsent);
        }
        return legend.size() >= MIN_PAIRS ? legend : Map.of();
    }

    /** The most lines a wrapped legend is joined from. */
    private static final int MAX_WRAPPED_LINES = 6;

    /**
     * {@code line} (ending at {@code end} of {@code source}) with the lines after it joined on while it ends no sentence
     * (。) and they go on with it: no blank line, no table row.
     */
    private static String wrappedOn(String source, int end, String line) {
        StringBuilder whole = new StringBuilder(line.strip());
        for (int joined = 0; joined < MAX_WRAPPED_LINES && whole.length() > 0 && whole.charAt(whole.length() - 1) != '。';
             joined++) {
            int next = end < source.length() && source.startsWith("\r\n", end) ? end + 2 : end + 1;
            int nextEnd = next;
            while (nextEnd < source.length() && source.charAt(nextEnd) != '\n' && source.charAt(nextEnd) != '\r') {
                nextEnd++;
            }
            String after = next < nextEnd ? source.substring(next, nextEnd).strip() : "";
            if (after.isEmpty() || after.indexOf('\t') >= 0) {
                break;
            }
            whole.append(after);
            end = nextEnd;
        }
        return whole.toString();
    }

    /** The pairs of a legend's line when it holds pairs and nothing else; else none. */
    private static Map<String, UnitRef> pairs(String line, String city) {
        Matcher pair = PAIR.matcher(line);
        Map<String, UnitRef> found = new HashMap<>();
        StringBuilder between = new StringBuilder();
        int first = -1;
        int last = -1;
        while (pair.find()) {
            if (first < 0) {
                first = pair.start();
            } else {
                between.append(line, last, pair.start());
            }
            last = pair.end();
            String full = pair.group(2);
            List<UnitRef> units = UnitLists.split(full, 0, full.length(), null, city);
            if (units.size() == 1 && !pair.group(1).equals(full)) {
                found.putIfAbsent(pair.group(1), units.get(0));
            }
        }
        // a line of pairs and blanks or list marks only, no sentence that happens to hold a dash; it may open with
        // its label (注：表中单位使用简称：) and close with a sentence of its own (未列入的单位使用全称。)
        if (!found.isEmpty() && SEPARATORS.matcher(between).matches()
                && LABEL.matcher(line.substring(0, first)).matches()
                && (found.size() >= MIN_PAIRS || first == 0 || line.substring(0, first).isBlank())
                && CLOSING.matcher(line.substring(last)).matches()) {
            return found;
        }
        return Map.of();
    }

    /**
     * Where the lines of {@code source} (parted as {@code split("\r?\n|\r")} parts them) that hold a dash or an equals
     * sign start and end, in order: only they are cut out of the text.
     */
    private static List<int[]> markedLines(String source) {
        List<int[]> lines = new ArrayList<>();
        // the next place of each mark, found by String.indexOf (many characters a step) and again only once passed
        int[] next = new int[MARKS.length()];
        java.util.Arrays.fill(next, -2);
        int at = 0;
        while (true) {
            int mark = -1;
            for (int k = 0; k < next.length; k++) {
                if (next[k] == -2 || next[k] >= 0 && next[k] < at) {
                    next[k] = source.indexOf(MARKS.charAt(k), at);
                }
                if (next[k] >= 0 && (mark < 0 || next[k] < mark)) {
                    mark = next[k];
                }
            }
            if (mark < 0) {
                return lines;
            }
            int start = Math.max(source.lastIndexOf('\n', mark), source.lastIndexOf('\r', mark)) + 1;
            int end = mark;
            while (end < source.length() && source.charAt(end) != '\n' && source.charAt(end) != '\r') {
                end++;
            }
            lines.add(new int[] {start, end});
            at = end;
        }
    }

    /** The division table's rows with each unit written in a short form the legend lists read as the unit it stands for. */
    static List<AnnexRow> applyToRows(List<AnnexRow> rows, Map<String, UnitRef> legend) {
        if (legend.isEmpty()) {
            return rows;
        }
        List<AnnexRow> out = new ArrayList<>(rows.size());
        for (AnnexRow r : rows) {
            out.add(r.withUnits(spelledOut(r.units(), legend)));
        }
        return out;
    }

    private static List<UnitRef> spelledOut(List<UnitRef> units, Map<String, UnitRef> legend) {
        List<UnitRef> out = new ArrayList<>(units.size());
        for (UnitRef u : units) {
            UnitRef full = legend.get(u.surface());
            out.add(full == null ? u : new UnitRef(full.name(), u.surface(), u.role(), u.span(), u.repairedFrom()));
        }
        return out;
    }

    /** The notes with each unit written in a short form the legend lists read as the unit it stands for. */
    static List<ResponsibilityNote> apply(List<ResponsibilityNote> notes, Map<String, UnitRef> legend) {
        if (legend.isEmpty()) {
            return notes;
        }
        List<ResponsibilityNote> out = new ArrayList<>(notes.size());
        for (ResponsibilityNote note : notes) {
            out.add(new ResponsibilityNote(note.taskNumber(), spelledOut(note.units(), legend), note.span()));
        }
        return out;
    }
}
