package dev.collabgraph.loader.structure;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A note that names the items before it by how many they are, not by number (以上两项：A主责，B协同 / 以上3项责任单位：…,
 * also in a bracket: （以上两项牵头单位：A；责任单位：B）),
 * written after the last of them: it is the note of that item and of the ones before it that have none.
 */
final class RelativeGroups {
    private static final Pattern COUNTED = Pattern.compile(
            "^[▶►➤☞—\\s\u3000（【(]*(?:以上|上述)([两二三四五六七八九十]|\\d{1,2})项");
    private static final int MAX_ITEMS = 20;

    private RelativeGroups() {
    }

    /** {@code notes} with each counted note given also to the items before its own that it covers. */
    static List<ResponsibilityNote> apply(List<ResponsibilityNote> notes, List<TaskBlock> tasks, String text) {
        Set<Integer> noted = new HashSet<>();
        notes.forEach(n -> noted.add(n.taskNumber()));
        List<ResponsibilityNote> out = new ArrayList<>(notes);
        for (ResponsibilityNote note : notes) {
            int lineStart = text.lastIndexOf('\n', Math.max(0, note.span().start() - 1)) + 1;
            Matcher m = COUNTED.matcher(text.substring(lineStart, Math.min(text.length(), note.span().end())));
            if (!m.find()) {
                continue;
            }
            int count = m.group(1).chars().allMatch(Character::isDigit) ? Integer.parseInt(m.group(1))
                    : m.group(1).equals("两") ? 2 : Numerals.value(m.group(1));
            int at = indexOf(tasks, note.taskNumber());
            for (int k = at - 1; k >= 0 && k > at - Math.min(count, MAX_ITEMS); k--) {
                TaskBlock before = tasks.get(k);
                if (noted.add(before.number())) {
                    out.add(new ResponsibilityNote(before.number(), note.units(), note.span()));
                }
            }
        }
        out.sort((a, b) -> Integer.compare(a.taskNumber(), b.taskNumber()));
        return out;
    }

    private static int indexOf(List<TaskBlock> tasks, int number) {
        for (int k = 0; k < tasks.size(); k++) {
            if (tasks.get(k).number() == number) {
                return k;
            }
        }
        return -1;
    }
}
