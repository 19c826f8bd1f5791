package dev.collabgraph.loader.entity;

import dev.collabgraph.loader.text.CharPositions;
import dev.collabgraph.model.Label;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Frames that name what is made by how much of it is made or who supplies it: the capacity a company extends (扩大A、B产能),
 * the lines it builds (建设A、B生产线), the suppliers a place grows (培育A配套企业), the products whose research a policy
 * funds (重点支持A、B和C研发) and the trades whose chances a place seizes (抢抓A、B发展机遇). Each item must look like a
 * field and be no kind of work ({@link IndustryFrames#researchedField}).
 */
final class ProductFrames {
    private static final String RULE = "context:industry-frame";
    /** The characters a frame's items cannot hold. */
    private static final String STOPS = "，。；：“”（）\\n";
    private static final String ITEMS = "([^" + STOPS + "]{2,40}?)";

    /** 扩大动力电池、储能电池产能, 建设电池级碳酸锂、氢氧化锂生产线: what a capacity or a line makes. */
    private static final Pattern MADE = Pattern.compile("(?:扩大|提升|新增|形成|建设|新建|建成|布局)" + ITEMS
            + "(?:等产品)?(?:产能|生产线|产线)");
    /** 培育电池管理系统配套企业, 引进汽车电子配套企业: suppliers called by what they supply (one item or a list). */
    private static final Pattern SUPPLIED = Pattern.compile("(?:培育|引进|招引|带动|发展|壮大|引导|吸引)" + ITEMS + "等?配套企业");
    /** 重点支持医学影像设备、植介入器械和体外诊断试剂研发: the products whose research is funded. */
    private static final Pattern FUNDED_RESEARCH = Pattern.compile("(?:重点支持|支持|鼓励)" + ITEMS
            + "(?:等(?:产品|方向|领域))?的?(?:研发|研制|攻关)(?=[，。；、和及]|项目|工作|$)");
    /** 抢抓低空经济、量子信息发展机遇: the trades whose chances a place seizes. */
    private static final Pattern CHANCES = Pattern.compile("(?:抢抓|抢占)" + ITEMS + "(?:等(?:产业|领域))?(?:产业)?(?:发展)?机遇");

    /** 建设微纳制造、海洋装备两个专业研究所, 首期建设电化学储能、氢储能两个研发中心: the fields of a body's sub-institutes. */
    private static final Pattern SUB_INSTITUTES = Pattern.compile("(?:建设|设立|下设|组建|布局)" + ITEMS
            + "(?:两|三|四|五|六|[2-9])个(?:专业)?(?:研究所|研发中心|实验室|研究中心)");

    private static final List<Pattern> FRAMES = List.of(MADE, SUPPLIED, FUNDED_RESEARCH, CHANCES, SUB_INSTITUTES);
    /** The first letters of each frame's opening verbs, in {@link #FRAMES}' order. */
    private static final List<String> OPENING_FIRSTS = FRAMES.stream().map(ProductFrames::openingFirsts).toList();

    /** The first letters of the alternatives of a pattern's opening group (?:扩大|提升|…). */
    private static String openingFirsts(Pattern frame) {
        String p = frame.pattern();
        String group = p.substring(p.indexOf("(?:") + 3, p.indexOf(')'));
        StringBuilder firsts = new StringBuilder();
        for (String verb : group.split("\\|")) {
            firsts.append(verb.charAt(0));
        }
        return firsts.toString();
    }

    /** The closing words of the frames, where each is looked for back from. */
    private static final String CLOSERS = "能" + "线" + "企" + "研" + "攻" + "遇" + "个";
    private static final String COUNTS = "两" + "三" + "四" + "五" + "六" + "23456789";
    /** How far before its closing word a frame may open. */
    private static final int REACH = 48;

    private ProductFrames() {
    }

    static void find(Scan scan, List<Candidate> out) {
        String text = scan.text;
        // a frame is looked for only where its closing word stands: few sentences hold one
        if (text.indexOf("产能") < 0 && text.indexOf("产线") < 0 && text.indexOf("生产线") < 0 && text.indexOf("配套企业") < 0
                && text.indexOf("研发") < 0 && text.indexOf("研制") < 0 && text.indexOf("攻关") < 0 && text.indexOf("机遇") < 0
                && text.indexOf('个') < 0) {
            return;
        }
        int done = 0;
        // each frame's matcher, made at its first use and reset (its region set) at every try after
        Matcher[] matchers = new Matcher[FRAMES.size()];
        for (int at : CharPositions.of(text, CLOSERS)) {
            if (at < done || !closerAt(text, at)) {
                continue;
            }
            int clause = clauseStart(text, at);
            int end = Math.min(text.length(), at + 4);
            for (int f = 0; f < FRAMES.size(); f++) {
                Pattern frame = FRAMES.get(f);
                String firsts = OPENING_FIRSTS.get(f);
                Matcher m = matchers[f] == null ? matchers[f] = frame.matcher(text) : matchers[f];
                for (int s = Math.max(clause, at - REACH); s < at; s++) {
                    // (a frame opens with its verb: only where one of its first letters stands is it tried)
                    if (firsts.indexOf(text.charAt(s)) >= 0 && m.region(s, end).lookingAt() && m.end() > at) {
                        add(scan, m, frame == SUPPLIED || frame == CHANCES || frame == SUB_INSTITUTES, frame == MADE, out);
                        done = m.end();
                        break;
                    }
                }
            }
        }
    }

    private static boolean closerAt(String text, int at) {
        return text.startsWith("能", at) && at > 0 && text.charAt(at - 1) == '产'
                || text.startsWith("线", at) && at > 0 && text.charAt(at - 1) == '产'
                || text.startsWith("企业", at) && at >= 2 && text.startsWith("配套", at - 2)
                || text.startsWith("研发", at) || text.startsWith("研制", at) || text.startsWith("攻关", at)
                || text.startsWith("遇", at) && at > 0 && text.charAt(at - 1) == '机'
                || text.startsWith("个", at) && at > 0 && COUNTS.indexOf(text.charAt(at - 1)) >= 0;
    }

    private static int clauseStart(String text, int at) {
        for (int i = at - 1; i >= 0; i--) {
            if (STOPS.indexOf(text.charAt(i)) >= 0 || text.charAt(i) == '\n') {
                return i + 1;
            }
        }
        return 0;
    }

    /** The frame's items, when each is a field and (for a lone item, or weak frames) one is named as a trade is. */
    private static final int MIN_PRODUCT = 3;

    private static void add(Scan scan, Matcher m, boolean oneEnough, boolean made, List<Candidate> out) {
        String text = scan.text;
        List<int[]> items = IndustryFrames.split(text, m.start(1), m.end(1));
        if (items.stream().anyMatch(item -> item[1] - item[0] < 2 || !IndustryFrames.researchedField(scan, item))) {
            return;
        }
        boolean named = items.stream().anyMatch(item -> IndustryFrames.namedAsTrade(text.substring(item[0], item[1]))
                || scan.namedIndustry(text.substring(item[0], item[1])));
        // (a capacity or a line makes one product the frame names alone: 扩大细胞培养基产能, when the name is no bare word)
        boolean product = made && items.size() == 1 && items.get(0)[1] - items.get(0)[0] >= MIN_PRODUCT
                && Lexicon.specificChars(text.substring(items.get(0)[0], items.get(0)[1])) >= MIN_PRODUCT;
        if (items.size() >= 2 && (oneEnough || named) || items.size() == 1 && (named || product)) {
            items.forEach(item -> out.add(new Candidate(Label.Industry, item[0], item[1], RULE, null)));
        }
    }
}
