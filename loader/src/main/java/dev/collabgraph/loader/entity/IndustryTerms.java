package dev.collabgraph.loader.entity;

import dev.collabgraph.model.Label;

import java.util.ArrayList;
import java.util.List;

/**
 * Industries of the national catalogues (strategic emerging and future industries) that documents write
 * without a category word (加快推动新一代信息技术在…应用, 布局人工智能、低空经济等未来产业): no suffix marks
 * them. A term counts only as a whole item, where a name may start and a list item or a clause ends, so a
 * longer name containing it (人工智能产业园, 集成电路研究院) keeps its own reading; it marks no characters
 * as known, so the boundaries of other names are not moved.
 */
final class IndustryTerms {
    private static final WordIndex TERMS = new WordIndex(List.of(
            "新一代信息技术", "高端装备", "人工智能", "集成电路", "生物医药", "节能环保", "数字创意", "数字经济",
            "低空经济", "现代农业", "云计算", "大数据", "电子信息", "工程机械", "工业互联网", "新材料", "新能源汽车", "新能源",
            "工业软件", "物联网", "区块链", "氢能", "新型储能", "智能网联汽车", "量子信息", "生物制造", "商业航天",
            "细胞与基因治疗", "细胞和基因治疗", "农产品精深加工", "纺织服装", "创新药", "高端医疗器械",
            "人形机器人", "第三代半导体", "新型显示", "元宇宙", "脑机接口", "量子科技", "未来网络", "细胞治疗", "合成生物",
            "航空航天", "卫星互联网", "工业母机", "动力电池", "医疗器械", "现代中药", "中医药",
            "绿色食品", "软件和信息技术服务", "集成电路设计", "生物技术", "航空装备", "生物制药",
            // the economies national plans name as trades (平台经济, 临空经济, 海洋经济, 银发经济)
            "平台经济", "临空经济", "海洋经济", "银发经济"));
    /** What may follow a whole item: a category word (集成电路企业: the companies of that industry), a list or clause end, or a function word. */
    private static final WordIndex FOLLOWERS = new WordIndex(List.of(
            "产业", "行业", "领域", "企业", "项目", "等", "和", "与", "及", "在", "的", "开展",
            // what is done to a trade (推动纺织服装转型升级, 推动农产品精深加工提质增效)
            "提质", "转型", "升级", "集群", "高质量",
            // a school's programmes set up for a trade (围绕低空经济开设无人机专业, 面向人工智能设置专业群)
            "开设", "设置",
            // a trade as a line of research (聚焦人工智能方向引进团队)
            "方向"));
    static final String RULE = "context:industry-term";

    private IndustryTerms() {
    }

    /** The terms of the thread's current text: they depend on the text alone, so both passes share them. */
    private static final ThreadLocal<Found> FOUND = new ThreadLocal<>();

    private record Found(String text, List<Candidate> terms) {
    }

    static void find(Scan scan, List<Candidate> out) {
        Found f = FOUND.get();
        if (f == null || f.text() != scan.text) {
            f = new Found(scan.text, terms(scan.text));
            FOUND.set(f);
        }
        out.addAll(f.terms());
    }

    private static List<Candidate> terms(String text) {
        List<Candidate> out = new ArrayList<>();
        int n = text.length();
        int[] starts = TERMS.starts(text);
        int count = starts == null ? n : starts.length;
        int next = 0;
        int chained = -1;
        for (int k = 0; k < count; k++) {
            int i = starts == null ? k : starts[k];
            if (i < next) {
                continue; // inside the term found before
            }
            String term = TERMS.longestAt(text, i, n);
            if (term == null) {
                continue;
            }
            int end = i + term.length();
            int chainEnd = chainEnd(text, end);
            // 云计算大数据产业: terms written one after the other are each an industry when the run ends as an item
            if ((i == chained || Boundaries.startsHere(text, i, null, Lexicon.INDUSTRY_BOUNDARY)) && endsHere(text, chainEnd)) {
                out.add(new Candidate(Label.Industry, i, end, RULE, null));
                chained = chainEnd > end ? end : -1;
            }
            next = end;
        }
        return out;
    }

    /** The end of the run of terms that follow one another from {@code end} (or {@code end} when none follows). */
    private static int chainEnd(String text, int end) {
        int j = end;
        for (String t = TERMS.longestAt(text, j, text.length()); t != null; t = TERMS.longestAt(text, j, text.length())) {
            j += t.length();
        }
        return j;
    }

    /** The longest catalogue term at {@code at}, ending by {@code limit}, or null. */
    static String termAt(String text, int at, int limit) {
        return TERMS.longestAt(text, at, limit);
    }

    static boolean isTerm(String s) {
        return TERMS.contains(s);
    }

    /** Whether {@code s} is two or more terms written together (云计算大数据): a run of industries, not one. */
    static boolean concatenation(String s) {
        int i = 0;
        int terms = 0;
        while (i < s.length()) {
            String t = TERMS.longestAt(s, i, s.length());
            if (t == null) {
                return false;
            }
            i += t.length();
            terms++;
        }
        return terms >= 2;
    }

    static boolean endsHere(String text, int end) {
        return end >= text.length() || !Lexicon.isNameChar(text.charAt(end))
                || FOLLOWERS.longestAt(text, end, text.length()) != null;
    }
}
