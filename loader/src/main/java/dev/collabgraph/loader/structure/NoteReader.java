package dev.collabgraph.loader.structure;

import dev.collabgraph.loader.text.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the responsibility note of a task: （责任单位：A、B） or （牵头单位：A；配合单位：B、C）, also without
 * brackets on lines of their own (牵头单位：A / 配合单位：B) and with 主办/协办. A bracketed note ends at its
 * closing bracket (half- or full-width, nested brackets counted); an unbracketed one at the end of its
 * paragraph. All labelled lists of one task make one note; the label may omit 单位 (（牵头：A；配合：B）), and
 * once a note names a lead, its units without a role (责任单位 after 牵头单位) assist.
 */
final class NoteReader {
    static final Pattern LABEL = Pattern.compile("(责任|牵头|配合|主办|协办|参与|协同)(?:单位|部门)?：");

    private NoteReader() {
    }

    /** The note inside {@code body} of task {@code taskNumber}, if it has one. */
    static Optional<ResponsibilityNote> read(String text, Span body, int taskNumber, String city) {
        Matcher label = LABEL.matcher(text).region(body.start(), body.end());
        List<UnitRef> units = new ArrayList<>();
        int noteStart = -1;
        int noteEnd = -1;
        while (label.find()) {
            if (noteStart < 0) {
                boolean opens = label.start() > body.start() && text.charAt(label.start() - 1) == '（';
                noteStart = opens ? label.start() - 1 : label.start();
            }
            int stop = listEnd(text, label.end(), body.end());
            boolean closed = stop < body.end() && text.charAt(stop) == '）';
            units.addAll(UnitLists.split(text, label.end(), stop, UnitLists.roleOf(label.group(1)), city));
            noteEnd = closed ? stop + 1 : stop;
        }
        if (units.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ResponsibilityNote(taskNumber, withRoles(units), new Span(noteStart, trimEnd(text, noteStart, noteEnd))));
    }

    /**
     * Where the list after a label ends: at the next label, at the paragraph or sentence end, or at the
     * closing bracket of the note (the first ）that closes no bracket opened inside the list).
     */
    private static int listEnd(String text, int from, int end) {
        int depth = 0;
        for (int i = from; i < end; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '。' || startsLabel(text, i, end)) {
                return i;
            }
            if (c == '（') {
                depth++;
            } else if (c == '）') {
                if (depth == 0) {
                    return i;
                }
                depth--;
            }
        }
        return end;
    }

    private static boolean startsLabel(String text, int i, int end) {
        Matcher m = LABEL.matcher(text).region(i, end);
        return m.lookingAt();
    }

    /** In a note where some units lead (（牵头）, 牵头单位：), the units given no role assist. */
    private static List<UnitRef> withRoles(List<UnitRef> units) {
        boolean anyLead = units.stream().anyMatch(u -> "lead".equals(u.role()));
        if (!anyLead) {
            return units;
        }
        return units.stream().map(u -> u.role() != null ? u
                : new UnitRef(u.name(), u.surface(), "co", u.span(), u.repairedFrom())).toList();
    }

    private static int trimEnd(String text, int start, int end) {
        while (end > start && "；;，、 ".indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        return end;
    }
}
