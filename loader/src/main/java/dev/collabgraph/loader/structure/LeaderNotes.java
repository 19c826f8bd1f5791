package dev.collabgraph.loader.structure;

import dev.collabgraph.loader.text.Span;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Units set at the right margin of an item's heading line after leader dots, as a responsibility list typed with a
 * right tab stop prints them: 1.建设科创走廊核心区…………区发展和改革局. Only names of organs and bodies (大学, 公司 …)
 * after the dots count. A plan may also run the item's work on after its units, which are then the work's subject
 * (1.建设概念验证中心。……市科技局、某某大学依托…建设…): the list up to the first words that are no name counts.
 */
final class LeaderNotes {
    /** The dots a leader draws, then the rest of the line. */
    /** The dots a leader draws: also where a heading's title ends ({@link OutlineReader}). */
    static final String LEADER_MARK = "…{2,}|\\.{4,}|·{4,}";
    private static final Pattern LEADER = Pattern.compile("(?:" + LEADER_MARK + ")[\\s\u3000]*([^\\n…]{2,80})$",
            Pattern.MULTILINE);
    /** Leader dots after a heading sentence's end, then the rest of the line: units that may open a sentence. */
    private static final Pattern SUBJECT_LEADER = Pattern.compile("[。；](?:" + LEADER_MARK + ")[\\s\u3000]*([^\\n]{2,200})$",
            Pattern.MULTILINE);
    /** Leader dots standing between two items of a list (A、……B): the list goes on. */
    private static final Pattern INNER_LEADER = Pattern.compile("[、，／/](?:" + LEADER_MARK + ")");
    /** Endings of a body that may be a subject besides organs: universities, companies, banks. */
    private static final Pattern BODY = Pattern.compile("(?:大学|学院|集团|公司|银行|分行|支行)$");
    /** What parts the units of a subject list. */
    private static final String SUBJECT_SEPARATORS = "、／/";
    /** A list item longer than this is a name and the start of the work. */
    private static final int MAX_ITEM = 16;
    /** Names longer than this are sentences that end like a name. */
    private static final int MAX_UNIT = 24;

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
        Matcher subject = SUBJECT_LEADER.matcher(text).region(body.start(), end);
        if (!m.find() || subject.find() && subject.start(1) < m.start(1)) {
            return subjects(text, body.start(), end, city);
        }
        // the margin is the lead's place, as the lead column of a table is, unless the units share the work or some
        // are marked as leading (A（牵头）、B: then the others assist)
        List<UnitRef> units = PhrasedNotes.unitsOnly(text, m.start(1), m.end(1), city);
        if (units.isEmpty()) {
            return subjects(text, body.start(), end, city);
        }
        boolean marked = units.stream().anyMatch(u -> "lead".equals(u.role()));
        String unmarked = marked ? "co" : "lead";
        return m.group(1).strip().endsWith("负责）") ? units : units.stream().map(u -> u.role() != null ? u
                : new UnitRef(u.name(), u.surface(), unmarked, u.span(), u.repairedFrom())).toList();
    }

    /**
     * The units after the leader that follows the heading sentence of {@code text[from, to)}, read as the subject of
     * the work written after them: items parted by 、 or ／ (leader dots between items are a wrap), the last cut where
     * its name ends; their roles are left as written, for the document's rule of who leads. None when an item before
     * the last is no name.
     */
    private static List<UnitRef> subjects(String text, int from, int to, String city) {
        Matcher m = SUBJECT_LEADER.matcher(text).region(from, to);
        if (!m.find()) {
            return List.of();
        }
        int end = m.end(1);
        List<UnitRef> units = new java.util.ArrayList<>();
        int item = m.start(1);
        while (item < end) {
            Matcher inner = INNER_LEADER.matcher(text).region(Math.max(from, item - 1), end);
            if (item > m.start(1) && inner.lookingAt()) {
                item = inner.end();
            }
            int next = itemEnd(text, item, end);
            List<UnitRef> whole = next - item <= MAX_ITEM ? PhrasedNotes.unitsOnly(text, item, next, city) : List.of();
            if (whole.size() == 1 && nameEnd(text, item, next) == next && next < end && SUBJECT_SEPARATORS.indexOf(text.charAt(next)) >= 0) {
                units.addAll(whole);
                item = next + 1;
                continue;
            }
            // the last subject: its name ends where the work's words begin
            int nameEnd = nameEnd(text, item, next);
            List<UnitRef> last = nameEnd < 0 ? List.of() : PhrasedNotes.unitsOnly(text, item, nameEnd, city);
            if (last.size() != 1) {
                return List.of();
            }
            units.addAll(last);
            break;
        }
        return units;
    }

    /** Where the list item opening at {@code from} ends: at the next separator outside brackets, or {@code to}. */
    private static int itemEnd(String text, int from, int to) {
        int depth = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '（' || c == '(') {
                depth++;
            } else if (c == '）' || c == ')') {
                depth = Math.max(0, depth - 1);
            } else if (depth == 0 && (SUBJECT_SEPARATORS.indexOf(c) >= 0 || "，。；：".indexOf(c) >= 0)) {
                return i;
            }
        }
        return to;
    }

    /**
     * Where the name opening {@code text[from, to)} ends: the shortest organ's or body's name there, taken on by a
     * longer ending that completes it (市发展改革委员会); -1 when no name opens it.
     */
    private static int nameEnd(String text, int from, int to) {
        int max = Math.min(to, from + MAX_UNIT);
        int longest = -1;
        for (int e = from + 2; e <= max; e++) {
            String name = text.substring(from, e);
            if (!UnitNames.isOrgan(name) && !BODY.matcher(name).find()) {
                continue;
            }
            if (e < to && text.charAt(e) == '（') {
                // 各县（市、区）人民政府: a bracket inside the name, which goes on after it
                int close = text.indexOf('）', e);
                if (close > 0 && close < max) {
                    e = close;
                    continue;
                }
            }
            int end = completed(text, e, to);
            if (end == to || ProseDuties.AFTER_SUBJECT.matcher(text).region(end, to).lookingAt()) {
                return end; // the work's first word follows the name
            }
            longest = end;
            e = end;
        }
        return longest;
    }

    /** The end of a name ending at {@code e}, taken on by a legal form or a longer ending that completes it. */
    private static int completed(String text, int e, int to) {
        for (String legalForm : LEGAL_FORMS) {
            if (text.startsWith(legalForm, e) && e + legalForm.length() <= to) {
                return e + legalForm.length();
            }
        }
        for (String longer : LONGER_ENDINGS) {
            for (int k = 1; k < longer.length(); k++) {
                if (e + k <= to && text.startsWith(longer, e + k - longer.length())) {
                    return e + k;
                }
            }
        }
        return e;
    }

    /** Endings that complete a shorter one (委 → 委员会, 办 → 办公室). */
    private static final List<String> LONGER_ENDINGS = List.of("委员会", "办公室", "管委会", "办公厅", "中心支行");
    /** A company's legal form after its name (某某集团有限公司). */
    private static final List<String> LEGAL_FORMS = List.of("股份有限公司", "有限责任公司", "有限公司");
}
