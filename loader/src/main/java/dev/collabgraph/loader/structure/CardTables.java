package dev.collabgraph.loader.structure;

import dev.collabgraph.loader.text.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An annex list written as cards instead of a grid: each entry a numbered head (项目1：…, 任务二、…, 第1项　整改事项：…) over lines of
 * labelled fields (合作高校：…, 牵头单位：…, 配合单位：…, 完成时限：…). Each card is a row; its unit fields are read
 * as a table's unit columns are, by their labels' roles.
 */
final class CardTables {
    private static final Pattern HEAD = Pattern.compile(
            "^(?:(?:项目|任务|事项|工作)\\s*(\\d{1,3}|[一二三四五六七八九十]{1,3})\\s*[：:、.．]"
                    // 第1项　整改事项：…: an ordinal, then the card's own label for its title
                    + "|第(\\d{1,3}|[一二三四五六七八九十]{1,3})[项个]\\s*(?:\\p{IsHan}{2,6}[：:])?)\\s*([^。：:]{2,60})$");
    private static final Pattern FIELD = Pattern.compile("^([\\p{IsHan}（）()]{2,12})[：:]\\s*");
    /** A card needs this many fields, one naming units, to be told from a heading followed by a note. */
    private static final int MIN_FIELDS = 2;

    private CardTables() {
    }

    /**
     * The cards of {@code paragraphs} (the part after a document's body) of the logical {@code text}, units named for
     * {@code city}.
     */
    static List<AnnexRow> read(String text, List<Paragraph> paragraphs, String city) {
        List<AnnexRow> rows = new ArrayList<>();
        for (int i = 0; i < paragraphs.size(); i++) {
            Paragraph head = paragraphs.get(i);
            Matcher m = HEAD.matcher(head.text());
            if (head.isTableRow() || !m.matches()) {
                continue;
            }
            List<UnitRef> units = new ArrayList<>();
            int fields = 0;
            boolean namesUnits = false;
            int last = i;
            for (int j = i + 1; j < paragraphs.size(); j++) {
                Paragraph line = paragraphs.get(j);
                Matcher field = FIELD.matcher(line.text());
                if (line.isTableRow() || HEAD.matcher(line.text()).matches() || !field.find()) {
                    break;
                }
                fields++;
                last = j;
                Matcher unit = AnnexColumns.UNIT_COLUMN.matcher(field.group(1));
                if (unit.matches()) {
                    namesUnits = true;
                    String value = line.text().substring(field.end()).strip();
                    if (!value.isEmpty() && !UnitLists.namesNobody(value)) {
                        String role = unit.group(1) == null ? null : UnitLists.roleOf(unit.group(1));
                        List<UnitRef> named = UnitLists.split(text, line.start() + field.end(), line.end(), role,
                                city);
                        units.addAll(role == null ? AnnexReader.othersAssist(named) : named);
                    }
                }
            }
            if (fields < MIN_FIELDS || !namesUnits) {
                continue;
            }
            String number = m.group(1) != null ? m.group(1) : m.group(2);
            rows.add(new AnnexRow(Numerals.value(number), m.group(3).strip(), "", captionYear(paragraphs, i),
                    UnitLists.shareLevel(units), 0, new Span(head.start(), paragraphs.get(last).end()), null));
            i = last;
        }
        return rows;
    }

    /** The year of the list's caption, the nearest line above the cards that names one (2025年…项目清单), else 0. */
    private static int captionYear(List<Paragraph> paragraphs, int at) {
        for (int k = at - 1; k >= 0; k--) {
            Paragraph p = paragraphs.get(k);
            if (HEAD.matcher(p.text()).matches() || FIELD.matcher(p.text()).find() && !p.text().startsWith("附件")) {
                continue;
            }
            Matcher year = AnnexReader.CAPTION_YEAR.matcher(p.text());
            return year.find() ? Integer.parseInt(year.group(1)) : 0;
        }
        return 0;
    }
}
