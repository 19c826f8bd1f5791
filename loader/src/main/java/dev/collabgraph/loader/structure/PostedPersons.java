package dev.collabgraph.loader.structure;

import dev.collabgraph.loader.text.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Units named through the officials who answer for them: a congress's inquiry lists who answered a question
 * (应询人：市财政局副局长陈某；市教育局局长郑某), a reply who replied (答复人：…). The organ before each post is the unit;
 * an official of no organ (副市长林某) names none. Read only where an item has no note of its own.
 */
final class PostedPersons {
    /** The field, on a line of its own. */
    private static final Pattern FIELD = Pattern.compile("(?m)^(?:应询|答复|答询|汇报|发言)人[：:][\\s\u3000]*([^\\n]{2,120})$");
    /** An organ, its official's post, the official's name. */
    private static final Pattern POSTED = Pattern.compile(
            "^(\\p{IsHan}[\\p{IsHan}（）()]{1,30}?(?:局|委|办|厅|院|所|中心|政府|管委会|委员会|分行|支行|公司|集团|学校|大学|学院))"
                    + "(?:常务)?副?(?:局长|主任|行长|厅长|院长|所长|处长|科长|部长|书记|总经理|董事长|校长|负责人|负责同志)");

    private PostedPersons() {
    }

    /** The note the officials fields of {@code body} give task {@code taskNumber}: their organs, roles open. */
    static Optional<ResponsibilityNote> read(String text, Span body, int taskNumber, String city) {
        Matcher field = FIELD.matcher(text).region(body.start(), body.end());
        List<UnitRef> units = new ArrayList<>();
        int start = -1;
        int end = -1;
        while (field.find()) {
            int at = field.start(1);
            for (String entry : field.group(1).split("[；;、，,]")) {
                Matcher posted = POSTED.matcher(entry.strip());
                int from = text.indexOf(entry.strip(), at);
                if (posted.find() && from >= 0) {
                    units.addAll(UnitLists.split(text, from, from + posted.end(1), null, city));
                    start = start < 0 ? field.start() : start;
                    end = field.end();
                }
                at += entry.length() + 1;
            }
        }
        return units.isEmpty() ? Optional.empty()
                : Optional.of(new ResponsibilityNote(taskNumber, units, new Span(start, end)));
    }
}
