package dev.collabgraph.loader.structure;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Units that answer for the work in a note of nothing else (（A、B负责）, 这一条由A负责。) are not said to lead: nobody
 * assists them, and the genre writes 负责 for a plain 责任单位 as often as for a lead. They lead only where the
 * document writes 负责 for the lead opposite units that assist (（A负责，B协助）), as its word for leading.
 */
final class SoleDuties {
    /** 负责 for the lead, then the units that assist: A负责，B配合 / A负责，B协助. */
    private static final Pattern LEAD_WORD = Pattern.compile("负责[，,；;][^。）)\\n]{2,60}?(?:配合|协助|协办|参与)");
    private static final Pattern BRACKETS = Pattern.compile("^[（(【〔]|[）)】〕。；;]$");

    private static final String CLAUSE_END = "。）)，,；;\n";
    private static final int MAX_TAIL = 20;

    private SoleDuties() {
    }

    /** Whether {@link #LEAD_WORD} matches somewhere: tried only where its 负责 stands, not at every character. */
    private static boolean leadWord(String text) {
        Matcher lead = LEAD_WORD.matcher(text);
        for (int i = text.indexOf("负责"); i >= 0; i = text.indexOf("负责", i + 1)) {
            if (lead.region(i, text.length()).lookingAt()) {
                return true;
            }
        }
        return false;
    }

    static List<ResponsibilityNote> apply(List<ResponsibilityNote> notes, String text) {
        if (notes.isEmpty() || leadWord(text)) {
            return notes;
        }
        return notes.stream().map(n -> soleDuty(n, text)
                ? new ResponsibilityNote(n.taskNumber(), n.units().stream()
                        .map(u -> "lead".equals(u.role())
                                ? new UnitRef(u.name(), u.surface(), null, u.span(), u.repairedFrom()) : u).toList(),
                        n.span())
                : n).toList();
    }

    private static boolean soleDuty(ResponsibilityNote note, String text) {
        if (note.span() == null || note.span().end() > text.length()
                || note.units().stream().anyMatch(u -> u.role() != null && !"lead".equals(u.role()))) {
            return false;
        }
        // the note as said: its span, and on to its clause's end (a sentence's span may stop at its units: 由我局|负责。)
        int end = note.span().end();
        while (end < text.length() && end - note.span().end() < MAX_TAIL && CLAUSE_END.indexOf(text.charAt(end)) < 0) {
            end++;
        }
        String said = text.substring(note.span().start(), end).strip();
        String inner = said;
        while (!inner.isEmpty() && BRACKETS.matcher(inner.substring(0, 1)).find()) {
            inner = inner.substring(1);
        }
        while (!inner.isEmpty() && BRACKETS.matcher(inner.substring(inner.length() - 1)).find()) {
            inner = inner.substring(0, inner.length() - 1);
        }
        return PhrasedNotes.soleDuty(inner);
    }
}
