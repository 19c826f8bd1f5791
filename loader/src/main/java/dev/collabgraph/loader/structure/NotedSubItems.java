package dev.collabgraph.loader.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An item that carries no note while its numbered sub-items each carry their own:
 * <pre>
 *    2．培育壮大煤基新材料产业。
 *    （1）推进某某碳纤维项目建设。（牵头单位：经济发展局；配合单位：应急管理局）
 *    （2）支持某某大学建设中试基地。（牵头单位：科技创新局）
 * </pre>
 * The notes close the sub-items: they are the tasks, and the item heads them as a section does. An item with a note of
 * its own (its sub-items' work is its own) or with a sub-item left without one stays the task.
 */
final class NotedSubItems {
    /** A sub-item's number: （1）, (1), 1), ①. */
    private static final Pattern SUB_ITEM = Pattern.compile(
            "^(?:[（(]\\d{1,2}[）)]|\\d{1,2}[)）]|[" + Numerals.CIRCLED_RANGE + "])[\\s\u3000]*");
    private static final int MIN_SUB_ITEMS = 2;

    private NotedSubItems() {
    }

    /** A sub-item that is a task: its paragraph, and where its title starts. */
    record SubItem(Paragraph paragraph, int markerLength, String printed) {
    }

    /**
     * The sub-items of the task at {@code task} that replace it, or none: the paragraphs of {@code body} from the task's
     * up to {@code end} (exclusive), the task's own paragraph carrying no note, and every paragraph after it a numbered
     * sub-item with a note (or a line going on with one).
     */
    static List<SubItem> of(List<Paragraph> body, int task, int end) {
        Paragraph item = body.get(task);
        if (NoteReader.presentOrRoles(item.text(), "") || SUB_ITEM.matcher(item.text()).lookingAt()) {
            return List.of();
        }
        List<SubItem> subs = new ArrayList<>();
        boolean noted = true;
        for (int k = task + 1; k < end; k++) {
            Paragraph p = body.get(k);
            Matcher m = SUB_ITEM.matcher(p.text());
            if (m.lookingAt()) {
                if (!subs.isEmpty() && !noted) {
                    return List.of(); // a sub-item before this one carried no note
                }
                subs.add(new SubItem(p, m.end(), p.text().substring(0, m.end()).strip()));
                noted = NoteReader.presentOrRoles(p.text(), "");
            } else if (subs.isEmpty()) {
                return List.of(); // the item's own text before its sub-items: the work is the item's
            } else {
                noted |= NoteReader.presentOrRoles(p.text(), ""); // a note on a line of its own under the sub-item
            }
        }
        return subs.size() >= MIN_SUB_ITEMS && noted ? subs : List.of();
    }
}
