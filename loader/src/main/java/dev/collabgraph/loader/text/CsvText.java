package dev.collabgraph.loader.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A table exported as CSV (a 台账 saved from a spreadsheet): records of comma-separated fields, quoted where they hold
 * commas, line breaks or quotes (doubled inside). Such a text reaches the cleaner as the loader's tables look: a record a
 * line, fields parted by tabs, quotes gone, a line break inside a field a space; a title record before the header stays
 * a line of its own. Each character keeps the offset it came from.
 */
final class CsvText {
    /** The text as table rows and, for each of its characters, the offset in the original. */
    record Converted(String text, int[] origin) {
    }

    /** A table's records have at least this many fields, most of them as many. */
    private static final int MIN_FIELDS = 4;
    private static final int MIN_RECORDS = 5;
    private static final double SAME_WIDTH_SHARE = 0.6;

    private CsvText() {
    }

    private record Field(int start, int end, boolean quoted) {
    }

    /** The converted text when {@code text} is a CSV export, else empty. */
    static Optional<Converted> convert(String text) {
        if (!enoughCommas(text)) {
            return Optional.empty(); // most documents: a count, no parse
        }
        List<List<Field>> records = records(text);
        if (records == null || !looksLikeTable(records)) {
            return Optional.empty();
        }
        StringBuilder out = new StringBuilder(text.length());
        List<Integer> origin = new ArrayList<>(text.length());
        boolean headerSeen = false;
        for (List<Field> record : records) {
            long filled = record.stream().filter(f -> f.end() > f.start()).count();
            if (filled == 0) {
                continue;
            }
            headerSeen |= filled >= MIN_FIELDS;
            // inside the table every record keeps its width (empty cells line columns up); a title above it is a line
            int last = record.size() - 1;
            while (!headerSeen && last > 0 && record.get(last).start() == record.get(last).end()) {
                last--;
            }
            int recordStart = record.get(0).start();
            for (int f = 0; f <= last; f++) {
                Field field = record.get(f);
                if (f > 0) {
                    out.append('\t');
                    origin.add(field.start() > 0 ? field.start() - 1 : 0);
                }
                appendField(text, field, out, origin);
            }
            out.append('\n');
            origin.add(Math.max(recordStart, record.get(record.size() - 1).end()));
        }
        int[] map = new int[origin.size()];
        for (int i = 0; i < map.length; i++) {
            map[i] = origin.get(i);
        }
        return Optional.of(new Converted(out.toString(), map));
    }

    private static void appendField(String text, Field field, StringBuilder out, List<Integer> origin) {
        for (int i = field.start(); i < field.end(); i++) {
            char c = text.charAt(i);
            if (field.quoted() && c == '"' && i + 1 < field.end() && text.charAt(i + 1) == '"') {
                out.append('"');
                origin.add(i);
                i++;
            } else if (c == '\r' || c == '\uFEFF') {
                continue;
            } else if (c == '\n') {
                out.append(' ');
                origin.add(i);
            } else {
                out.append(c);
                origin.add(i);
            }
        }
    }

    /** The records and their fields (quotes outside the spans), or null when a quote is left open. */
    private static List<List<Field>> records(String text) {
        List<List<Field>> records = new ArrayList<>();
        List<Field> record = new ArrayList<>();
        int i = text.startsWith("\uFEFF") ? 1 : 0;
        int n = text.length();
        while (i <= n) {
            if (i < n && text.charAt(i) == '"') {
                int j = i + 1;
                while (j < n && !(text.charAt(j) == '"' && (j + 1 >= n || text.charAt(j + 1) != '"'))) {
                    j += text.charAt(j) == '"' ? 2 : 1;
                }
                if (j >= n) {
                    return null;
                }
                record.add(new Field(i + 1, j, true));
                i = j + 1;
                while (i < n && text.charAt(i) != ',' && text.charAt(i) != '\n') {
                    i++; // stray characters after a closing quote belong to nobody
                }
            } else {
                int j = i;
                while (j < n && text.charAt(j) != ',' && text.charAt(j) != '\n') {
                    j++;
                }
                int end = j > i && text.charAt(j - 1) == '\r' ? j - 1 : j;
                record.add(new Field(i, end, false));
                i = j;
            }
            if (i >= n || text.charAt(i) == '\n') {
                records.add(record);
                record = new ArrayList<>();
            }
            i++;
        }
        return records;
    }

    /** Whether the text holds the ASCII commas a table of {@link #MIN_RECORDS} rows of {@link #MIN_FIELDS} would. */
    private static boolean enoughCommas(String text) {
        int needed = (MIN_FIELDS - 1) * MIN_RECORDS;
        for (int i = text.indexOf(','); i >= 0; i = text.indexOf(',', i + 1)) {
            if (--needed == 0) {
                return true;
            }
        }
        return false;
    }

    /** Whether most records are as wide, and wide enough, for a table: prose with a few commas is not. */
    private static boolean looksLikeTable(List<List<Field>> records) {
        Map<Integer, Integer> widths = new HashMap<>();
        int nonEmpty = 0;
        for (List<Field> record : records) {
            if (record.size() == 1 && record.get(0).start() == record.get(0).end()) {
                continue;
            }
            nonEmpty++;
            widths.merge(record.size(), 1, Integer::sum);
        }
        var widest = widths.entrySet().stream().max(Map.Entry.comparingByValue());
        return nonEmpty >= MIN_RECORDS && widest.isPresent() && widest.get().getKey() >= MIN_FIELDS
                && widest.get().getValue() >= SAME_WIDTH_SHARE * nonEmpty;
    }
}
