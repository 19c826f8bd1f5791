package dev.collabgraph.loader.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.stream.Collectors;

/**
 * An annex row that names measures by their circled numbers (③, or several: ①②, ⑨⑩⑪) gives its units to every one
 * of them, however its own title words them (高新技术企业认定奖励 for ①对首次认定的…): each measure without a note of
 * its own takes the row's units, the row as their quote. The row details the first.
 */
final class CoveredItems {
    private CoveredItems() {
    }

    static List<ResponsibilityNote> notes(List<ResponsibilityNote> notes, List<AnnexRow> annex, String text,
                                          List<TaskBlock> tasks) {
        Set<Integer> noted = notes.stream().map(ResponsibilityNote::taskNumber).collect(Collectors.toSet());
        Set<Integer> numbers = tasks.stream().map(TaskBlock::number).collect(Collectors.toSet());
        List<ResponsibilityNote> out = new ArrayList<>(notes);
        for (AnnexRow row : annex) {
            if (row.units().isEmpty() || row.span() == null || row.span().start() >= text.length()) {
                continue;
            }
            Matcher circled = AnnexReader.CIRCLED_NUMBERS.matcher(text).region(row.span().start(), text.length());
            if (!circled.lookingAt()) {
                continue;
            }
            for (int k = circled.start(); k < circled.end(); k++) {
                int item = Numerals.circled(text.charAt(k));
                if (numbers.contains(item) && noted.add(item)) {
                    out.add(new ResponsibilityNote(item, row.units(), row.span()));
                }
            }
        }
        return out;
    }
}
