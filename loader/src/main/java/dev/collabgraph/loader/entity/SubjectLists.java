package dev.collabgraph.loader.entity;

import dev.collabgraph.loader.text.CharPositions;
import dev.collabgraph.model.Label;

import java.util.ArrayList;
import java.util.List;

/**
 * Companies the genre names without any kind word, as the subjects of an investment: 支持A、B在某市建设…,
 * 推动C、D设立区域总部. A 、 list of two short brand-like items after a verb of support, followed by 在 and a
 * known place or by 设立, is a list of companies (industries take 在 too, but with a trade or sector after it:
 * 推动人工智能、大数据在制造业应用).
 */
final class SubjectLists {
    private static final List<String> VERBS = List.of("支持", "推动", "推进", "引导", "鼓励", "吸引");
    private static final String VERB_FIRSTS = "支推引鼓吸";
    private static final String IN = "在";
    private static final String SET_UP = "设立";
    private static final int MAX_LIST = 40;
    private static final int MIN_ITEMS = 2;
    private static final int MAX_ITEM = 8;
    /** A subject named alone needs a brand and a word (宁德时代): two characters alone are too often a kind. */
    private static final int MIN_SINGLE = 4;
    /**
     * People and money are subjects too (支持留学人员在…, 鼓励外资、民资设立基金), and so are results, techniques, projects
     * and policies (推动赋权成果在本地转化), but no companies.
     */
    private static final List<String> NOT_COMPANY_ENDS = List.of("人员", "人才", "团队", "者", "人", "资", "资本", "资金",
            "成果", "技术", "项目", "产品", "政策");
    private static final String RULE = "context:subject-list";

    private SubjectLists() {
    }

    static void find(Scan scan, List<Candidate> out) {
        String text = scan.text;
        for (int i : CharPositions.of(text, VERB_FIRSTS)) {
            if (i + 2 >= text.length()) {
                break;
            }
            if (!startsWithVerb(text, i)) {
                continue;
            }
            int from = i + 2;
            int end = from;
            while (end < text.length() && end - from <= MAX_LIST && (Lexicon.isNameChar(text.charAt(end))
                    || text.charAt(end) == '、') && !closes(scan, end)) {
                end++;
            }
            if (end < text.length() && end > from && closes(scan, end)) {
                items(scan, from, end, out);
            }
        }
    }

    private static boolean startsWithVerb(String text, int i) {
        for (String v : VERBS) {
            if (text.startsWith(v, i)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the list ends at {@code p}: 设立, or 在 with a known place right after it. */
    private static boolean closes(Scan scan, int p) {
        String text = scan.text;
        if (text.startsWith(SET_UP, p)) {
            return true;
        }
        if (!text.startsWith(IN, p) || p + 1 >= text.length()) {
            return false;
        }
        KnownNames.Hit hit = scan.known.at(text, p + 1, Math.min(text.length(), p + 1 + MAX_LIST));
        return hit != null && (hit.label() == Label.Region || hit.label() == Label.Park);
    }

    private static void items(Scan scan, int from, int end, List<Candidate> out) {
        String text = scan.text;
        List<int[]> items = new ArrayList<>();
        int s = from;
        for (int i = from; i <= end; i++) {
            if (i == end || text.charAt(i) == '、') {
                items.add(new int[] {s, i});
                s = i + 1;
            }
        }
        // alone, only before 在 and a place (引导社会资本设立基金 names money, not a company)
        boolean enough = items.size() >= MIN_ITEMS
                || items.get(0)[1] - items.get(0)[0] >= MIN_SINGLE && text.startsWith(IN, end);
        if (!enough || !items.stream().allMatch(item -> company(scan, item[0], item[1]))) {
            return;
        }
        for (int[] item : items) {
            out.add(new Candidate(Label.Enterprise, item[0], item[1], RULE, null));
        }
    }

    private static boolean company(Scan scan, int start, int end) {
        String s = scan.text.substring(start, end);
        if (s.length() < 2 || s.length() > MAX_ITEM || Lexicon.specificChars(s) < 2
                || Enumerations.organisationKind(s) || IndustryTerms.isTerm(s) || scan.isPlace(s)
                || NOT_COMPANY_ENDS.stream().anyMatch(s::endsWith) || s.indexOf('的') >= 0
                || Lexicon.leadingAt(s, 0, s.length()) != null) {
            return false;
        }
        Suffix suffix = Suffix.endingAt(s, s.length(), 0);
        if (suffix != null && !suffix.weak() && suffix.label() != Label.Enterprise) {
            return false;
        }
        KnownNames.Hit hit = scan.known.at(scan.text, start, end);
        return hit == null || hit.label() == Label.Enterprise || hit.surface().length() < s.length();
    }
}
