package dev.collabgraph.loader.structure;

import dev.collabgraph.loader.text.Span;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Units set at the right margin of an item's heading line after leader dots, as a responsibility list typed with a
 * right tab stop prints them: 1.建设科创走廊核心区…………区发展和改革局. Only names of organs and bodies (大学, 公司 …)
 * after the dots count.
 */
final class LeaderNotes {
    /** The dots a leader draws, then the rest of the line. */
    /** The dots a leader draws: also where a heading's title ends ({@link OutlineReader}). */
    static final String LEADER_MARK = "…{2,}|\\.{4,}|·{4,}";
    private static final Pattern LEADER = Pattern.compile("(?:" + LEADER_MARK + ")[\\s\u3000]*([^\\n…]{2,80})$",
            Pattern.MULTILINE);

    private LeaderNotes() {
    }

    private static boolean holdsLeader(String text, int from, int to) {
        for (int i = from; i + 1 < to; i++) {
            char c = text.charAt(i);
            if ((c == '…' || c == '.' || c == '·') && text.charAt(i + 1) == c) {
                return true;
            }
        }
        return false;
    }

    /** The units after the leader of the first line of {@code body}, roles as marked; none when there are none. */
    static List<UnitRef> units(String text, Span body, String city) {
        int lineEnd = text.indexOf('\n', body.start());
        int end = lineEnd < 0 || lineEnd > body.end() ? body.end() : lineEnd;
        if (!holdsLeader(text, body.start(), end)) {
            return List.of(); // most lines have no leader: the pattern is tried only on those that do
        }
        Matcher m = LEADER.matcher(text).region(body.start(), end);
        if (!m.find()) {
            return List.of();
        }
        // the margin is the lead's place, as the lead column of a table is, unless the units share the work or some
        // are marked as leading (A（牵头）、B: then the others assist)
        List<UnitRef> units = PhrasedNotes.unitsOnly(text, m.start(1), m.end(1), city);
        boolean marked = units.stream().anyMatch(u -> "lead".equals(u.role()));
        String unmarked = marked ? "co" : "lead";
        return m.group(1).strip().endsWith("负责）") ? units : units.stream().map(u -> u.role() != null ? u
                : new UnitRef(u.name(), u.surface(), unmarked, u.span(), u.repairedFrom())).toList();
    }
}
