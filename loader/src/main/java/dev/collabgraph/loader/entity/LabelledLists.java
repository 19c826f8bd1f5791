package dev.collabgraph.loader.entity;

import dev.collabgraph.model.Label;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lists introduced by a field label, as the genre's 专栏 boxes, 产业地图 and 名单 write them: 发展重点：A、B、C
 * (industries), 重点企业：D、E (companies). The label says what the items are; a list ends at the next label,
 * a sentence end or a line end.
 */
final class LabelledLists {
    /** Labels whose items are industries. */
    private static final List<String> INDUSTRY_LABELS = List.of("发展重点", "重点发展", "主导产业", "重点产业", "招引方向",
            "所属领域", "所属行业", "产业领域", "技术领域",
            // a 专栏's lines of a plan's industry system (四大主导产业集群：A、B, 三大未来产业：C、D)
            "产业集群", "未来产业", "首位产业", "特色产业", "优势产业", "新兴产业");
    /** Labels whose items are companies. */
    private static final List<String> ENTERPRISE_LABELS = List.of("重点企业", "龙头企业", "链主企业", "目标企业");
    /** Labels of other fields, which end the list before them when a box's lines are joined (…公司重点园区：…). */
    private static final List<String> OTHER_LABELS = List.of("重点园区", "重点项目", "空间布局");
    private static final Pattern LABEL = Pattern.compile("(" + String.join("|", INDUSTRY_LABELS) + "|"
            + String.join("|", ENTERPRISE_LABELS) + "|" + String.join("|", OTHER_LABELS) + ")：");
    private static final String LIST_ENDS = "。；;\n：";
    private static final int MAX_ENTERPRISE = 20;
    /** A labelled list is a line of a box: longer runs are prose, and the bound keeps the rule linear. */
    private static final int MAX_LIST = 200;
    private static final String RULE = "context:labelled-list";
    /** A field's value saying it is still to be found or decided: 待培育, 待引进, 待定, 暂无. */
    private static final Pattern PENDING = Pattern.compile("^(?:待[\\p{IsHan}]{1,3}|暂无|另定|无)$");

    private LabelledLists() {
    }

    static void find(Scan scan, List<Candidate> out) {
        String text = scan.text;
        Matcher label = LABEL.matcher(text);
        for (int at = text.indexOf('：'); at >= 0; at = text.indexOf('：', at + 1)) {
            Label type = labelEndingAt(text, at);
            if (type == null) {
                continue;
            }
            int end = listEnd(text, label, at + 1);
            int s = at + 1;
            for (int i = at + 1; i <= end; i++) {
                if (i == end || text.charAt(i) == '、') {
                    item(scan, type, s, i, out, RULE);
                    s = i + 1;
                }
            }
        }
    }

    /** The type a label ending right before the colon at {@code colon} gives its items, or null. */
    private static Label labelEndingAt(String text, int colon) {
        for (String l : INDUSTRY_LABELS) {
            if (text.startsWith(l, colon - l.length())) {
                return Label.Industry;
            }
        }
        for (String l : ENTERPRISE_LABELS) {
            if (text.startsWith(l, colon - l.length())) {
                return Label.Enterprise;
            }
        }
        return null;
    }

    /** Where the list starting at {@code from} ends: the next label (boxes glued into one line), or a list end. */
    private static int listEnd(String text, Matcher label, int from) {
        int end = from;
        while (end < text.length() && end - from < MAX_LIST && LIST_ENDS.indexOf(text.charAt(end)) < 0) {
            end++;
        }
        // the next label's colon is where the scan stopped: the label is looked for up to and with it
        if (label.region(from, Math.min(text.length(), end + 1)).find()) {
            end = label.start();
        }
        return end;
    }

    /** One item of a list whose label (or column name) says it is a {@code type}, if it looks like one. */
    static void item(Scan scan, Label type, int start, int end, List<Candidate> out, String rule) {
        while (start < end && Character.isWhitespace(scan.text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(scan.text.charAt(end - 1))) {
            end--;
        }
        String s = scan.text.substring(start, end);
        if (PENDING.matcher(s).matches()) {
            return; // 链主企业：待培育 — a field not filled yet names nothing
        }
        if (type == Label.Industry) {
            if (Enumerations.industryItem(scan, start, end)) {
                out.add(new Candidate(Label.Industry, start, end, rule, null));
            }
            return;
        }
        Suffix suffix = Suffix.endingAt(s, s.length(), 0);
        boolean otherKind = suffix != null && !suffix.weak() && suffix.label() != Label.Enterprise;
        int covered = scan.covered.nextSetBit(start);
        if (!otherKind && s.length() <= MAX_ENTERPRISE && Lexicon.specificChars(s) >= 2
                && (covered < 0 || covered >= end) && s.chars().allMatch(c -> Lexicon.isNameChar((char) c)
                || c == '（' || c == '）')) {
            out.add(new Candidate(Label.Enterprise, start, end, rule, null));
        }
    }
}
