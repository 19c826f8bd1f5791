package dev.collabgraph.app.reference;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Reads a divisions file: a header line, then {@code name<TAB>kind<TAB>aliases} (aliases comma-separated). */
final class Divisions {
    private static final List<String> KINDS = List.of("区", "县", "县级市");

    private Divisions() {
    }

    /** The divisions listed in {@code text}, with each line's offsets in it; fails naming the city on a bad line. */
    static List<Division> parse(String city, String text) {
        List<Division> out = new ArrayList<>();
        int start = 0;
        boolean header = true;
        while (start < text.length()) {
            int newline = text.indexOf('\n', start);
            int end = newline < 0 ? text.length() : newline;
            String line = text.substring(start, end).replace("\r", "");
            if (!header && !line.isBlank()) {
                out.add(division(city, line, start));
            }
            header = false;
            start = end + 1;
        }
        return out;
    }

    private static Division division(String city, String line, int start) {
        String[] fields = line.split("\t", -1);
        if (fields.length < 2 || fields[0].isBlank() || !KINDS.contains(fields[1].strip())) {
            throw new IllegalArgumentException("reference divisions of " + city + ": bad line '" + line + "'");
        }
        List<String> aliases = fields.length < 3 ? List.of() : Arrays.stream(fields[2].split(","))
                .map(String::strip).filter(a -> !a.isEmpty()).toList();
        return new Division(fields[0].strip(), fields[1].strip(), aliases, line, start, start + line.length());
    }
}
