package dev.collabgraph.loader.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A document that says once how its notes are to be read (列第一位的为牵头单位，其余为配合单位): in each note that gives
 * no lead itself, the first unit named without a role leads and the others assist.
 */
final class FirstListedLeads {
    private FirstListedLeads() {
    }

    /** A side of an agreement that names its units on its own line (省方：, 市方：). */
    private static final Pattern SIDE = Pattern.compile("[省市县区校企甲乙]方");

    /**
     * The side the document's rule speaks of (市方为…责任单位，排在首位的为牵头单位): the last side named before the rule
     * in its sentence; null when the rule names none and holds for every list.
     */
    static String side(String ruleParagraph) {
        Matcher rule = AnnexReader.FIRST_IS_LEAD.matcher(ruleParagraph);
        if (!rule.find()) {
            return null;
        }
        int sentence = Math.max(ruleParagraph.lastIndexOf('。', rule.start()), ruleParagraph.lastIndexOf('；', rule.start()));
        Matcher side = SIDE.matcher(ruleParagraph).region(Math.max(0, sentence + 1), rule.start());
        String last = null;
        while (side.find()) {
            last = side.group();
        }
        return last;
    }

    /**
     * The notes with the rule applied; with a {@code side}, only to the units listed after that side's label in
     * {@code text} (省方：A、B / 市方：C、D — C leads, D assists, A and B keep their open role).
     */
    static List<ResponsibilityNote> apply(List<ResponsibilityNote> notes, String text, String side) {
        return apply(notes, text, side, false);
    }

    /** A rule that also says units joined by a slash lead together (以“／”连接的单位共同牵头). */
    private static final Pattern SLASH_JOINS_LEADS = Pattern.compile("[／/][”\"’']?(?:连接|相连|隔开|分隔)[^。；]{0,8}共同牵头");

    /** Whether the document's rule says that units joined by a slash lead together. */
    static boolean slashJoinsLeads(String ruleParagraph) {
        return SLASH_JOINS_LEADS.matcher(ruleParagraph).find();
    }

    /** As {@link #apply(List, String, String)}; with {@code slashJoinsLeads}, a unit slashed to a lead leads too. */
    static List<ResponsibilityNote> apply(List<ResponsibilityNote> notes, String text, String side,
                                          boolean slashJoinsLeads) {
        List<ResponsibilityNote> out = new ArrayList<>(notes.size());
        for (ResponsibilityNote note : notes) {
            if (side != null) {
                out.add(onSide(note, text, side + "："));
                continue;
            }
            if (note.units().stream().noneMatch(u -> u.role() == null)
                    || note.units().stream().anyMatch(u -> "lead".equals(u.role()))) {
                out.add(note);
                continue; // a note that names its lead keeps it: joint leads (A、B为牵头单位) stay joint
            }
            // the units named without a role: the first leads, the others assist (units a label already makes
            // assist, 协同单位：…, keep their role)
            List<UnitRef> units = new ArrayList<>();
            boolean led = false;
            for (UnitRef u : note.units()) {
                String role = u.role() != null ? u.role() : led && !(slashJoinsLeads && slashedToLead(text, units, u))
                        ? "co" : "lead";
                led |= "lead".equals(role);
                units.add(new UnitRef(u.name(), u.surface(), role, u.span(), u.repairedFrom()));
            }
            out.add(new ResponsibilityNote(note.taskNumber(), units, note.span()));
        }
        return out;
    }

    private static ResponsibilityNote onSide(ResponsibilityNote note, String text, String label) {
        List<UnitRef> units = new ArrayList<>();
        boolean led = note.units().stream().anyMatch(u -> "lead".equals(u.role()));
        for (UnitRef u : note.units()) {
            if (u.role() != null || !underLabel(text, u.span().start(), label)) {
                units.add(u);
                continue;
            }
            units.add(new UnitRef(u.name(), u.surface(), led ? "co" : "lead", u.span(), u.repairedFrom()));
            led = true;
        }
        return new ResponsibilityNote(note.taskNumber(), units, note.span());
    }

    /** Whether the nearest label before {@code at} on its line is {@code label}. */
    private static boolean underLabel(String text, int at, String label) {
        for (int i = at - 1; i >= 0 && text.charAt(i) != '\n'; i--) {
            if (text.charAt(i) == '：') {
                return i + 1 >= label.length() && text.startsWith(label, i + 1 - label.length());
            }
        }
        return false;
    }

    /** Whether {@code u} follows the last unit of {@code before}, a lead, with a slash between them. */
    private static boolean slashedToLead(String text, List<UnitRef> before, UnitRef u) {
        if (before.isEmpty() || !"lead".equals(before.get(before.size() - 1).role())) {
            return false;
        }
        int from = before.get(before.size() - 1).span().end();
        int to = u.span().start();
        if (from > to || to - from > 3) {
            return false;
        }
        String between = text.substring(from, to);
        return between.indexOf('／') >= 0 || between.indexOf('/') >= 0;
    }
}
