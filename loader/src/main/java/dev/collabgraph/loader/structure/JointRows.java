package dev.collabgraph.loader.structure;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A note under an annex table making the units of some of its rows share the work, whatever column they stand in:
 * 注：第7项由所列单位共同负责。 / 说明：第3、5项任务由所列单位共同负责。 Those rows' units are given no role.
 */
final class JointRows {
    private static final Pattern NOTE = Pattern.compile("^(?:说明|注|备注)[：:]");
    private static final Pattern JOINT = Pattern.compile(
            "第((?:\\d{1,3}[、，,和及至—－-]?)+)(?:项|行|条)(?:任务)?[^。；]{0,12}共同负责");
    private static final Pattern RANGE = Pattern.compile("(\\d{1,3})(?:[至—－-](\\d{1,3}))?");
    private static final int MAX_RANGE = 100;

    private JointRows() {
    }

    /** {@code rows} with the units of the rows the notes among {@code annexPart} name sharing their work. */
    static List<AnnexRow> apply(List<AnnexRow> rows, List<Paragraph> annexPart) {
        Set<Integer> joint = new HashSet<>();
        for (Paragraph p : annexPart) {
            if (!NOTE.matcher(p.text()).lookingAt()) {
                continue;
            }
            Matcher m = JOINT.matcher(p.text());
            while (m.find()) {
                Matcher range = RANGE.matcher(m.group(1));
                while (range.find()) {
                    int from = Integer.parseInt(range.group(1));
                    int to = range.group(2) == null ? from : Integer.parseInt(range.group(2));
                    for (int n = from; n <= Math.min(to, from + MAX_RANGE); n++) {
                        joint.add(n);
                    }
                }
            }
        }
        if (joint.isEmpty()) {
            return rows;
        }
        return rows.stream().map(r -> !joint.contains(r.number()) ? r : r.withUnits(r.units().stream()
                .map(u -> new UnitRef(u.name(), u.surface(), null, u.span(), u.repairedFrom())).toList())).toList();
    }
}
