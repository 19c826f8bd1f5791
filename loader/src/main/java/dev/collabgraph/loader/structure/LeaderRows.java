package dev.collabgraph.loader.structure;

import dev.collabgraph.loader.text.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An annex list of the work typed as an index, each item on a line with its units at the right margin after leader
 * dots (1.推动高新区扩容提质…………高新区管委会、县发展改革局): each line is a row of the division of work. The units
 * take the roles the document's rule gives listed units (列第一位的为牵头单位), else none.
 */
final class LeaderRows {
    private static final Pattern ROW = Pattern.compile("^[\\s\u3000]*(\\d{1,3})[.．、]\\s*([^…·.\\n]{2,60}?)[\\s\u3000]*(?:"
            + LeaderNotes.LEADER_MARK + ")[\\s\u3000]*([^\\n…]{2,120})$");
    /** A list needs this many such lines in a row, to be told from one heading typed with a leader. */
    private static final int MIN_ROWS = 2;

    private LeaderRows() {
    }

    /**
     * The rows of the leader lists in {@code paragraphs} (the part after a document's body) of the logical
     * {@code text}; {@code firstLeads} when the document says the first unit listed leads.
     */
    static List<AnnexRow> read(String text, List<Paragraph> paragraphs, String city, boolean firstLeads) {
        List<AnnexRow> rows = new ArrayList<>();
        List<AnnexRow> run = new ArrayList<>();
        int year = 0;
        for (Paragraph p : paragraphs) {
            Matcher m = p.isTableRow() ? null : ROW.matcher(p.text());
            List<UnitRef> units = m != null && m.matches()
                    ? PhrasedNotes.unitsOnly(text, p.start() + m.start(3), p.start() + m.end(3), city) : List.of();
            if (units.isEmpty()) {
                keep(run, rows);
                Matcher caption = AnnexReader.CAPTION_YEAR.matcher(p.text());
                year = caption.find() ? Integer.parseInt(caption.group(1)) : 0;
                continue;
            }
            run.add(new AnnexRow(Integer.parseInt(m.group(1)), m.group(2).strip(), "", year,
                    UnitLists.shareLevel(firstLeads ? AnnexReader.firstLead(units) : units), 0, p.span(), null));
        }
        keep(run, rows);
        return rows;
    }

    private static void keep(List<AnnexRow> run, List<AnnexRow> rows) {
        if (run.size() >= MIN_ROWS) {
            rows.addAll(run);
        }
        run.clear();
    }
}
