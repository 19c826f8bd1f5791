package dev.collabgraph.loader.entity;

import dev.collabgraph.loader.text.CharPositions;
import dev.collabgraph.loader.text.StringMemo;
import dev.collabgraph.model.Label;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Names known by the list they stand in rather than by their form: 华为、软通动力、甲骨文等龙头企业
 * (companies), 智能制造、生物医药、新材料等重点领域 (industries), 无锡等挂钩合作市 (places), and the
 * siblings of a suffixed item (太阳能光伏、新能源汽车产业 → both industries).
 */
final class Enumerations {
    private static final Pattern ENTERPRISE_HEAD = Pattern.compile(
            "(?:\\d+(?:-\\d+)?家|一批)?"
                    // a trade before the rank word (跨境电商头部企业)
                    + "(?:[\\u4e00-\\u9fff]{2,4}?(?=头部|龙头|领军|骨干))?"
                    + "(?:世界级|国内外|国内|行业|知名|重点|骨干|优势|大型|领先|头部|链主|配套|外资|跨国|整机|上市"
                    // tiers of the 专精特新 cultivation (…等专精特新“小巨人”企业, …等单项冠军企业, …等高新技术企业)
                    + "|专精特新|“小巨人”|小巨人|单项冠军|高新技术|科技型)*"
                    // service firms and investors are companies listed by their trade (…等服务商, …等投资机构)
                    + "(?:龙头企业|骨干企业|领军企业|重点企业|知名企业|企业(?!家)|服务商|投资机构)");
    /**
     * The words an industry head may put before its category word (…三大主导产业, …等战略性新兴产业), the place's own
     * among them (…等县域特色产业, …等本地产业需求).
     */
    /** Projects named by the links of a chain they supply or complete (配套项目, 补链项目). */
    private static final WordIndex SUPPLY_PROJECTS = new WordIndex(List.of("配套项目", "补链项目"));
    /**
     * 在应急救援、电力巡检等领域推广无人机应用: the fields a product is put to use in are scenes of use, no industries
     * (corpus/README.md).
     */
    private static boolean scenesOfUse(String text, int first, int headEnd) {
        return first > 0 && text.charAt(first - 1) == '在'
                && USE_AFTER.matcher(text).region(headEnd, Math.min(text.length(), headEnd + USE_REACH)).lookingAt();
    }

    private static final Pattern USE_AFTER = Pattern.compile("(?:推广|拓展|开展|深化|加快)[^，。；]{0,8}?应用");
    private static final int USE_REACH = 12;

    /** Companies called by their place in a chain (配套企业, 上下游企业): the items before them are what they make. */
    private static final WordIndex SUPPLIERS = new WordIndex(List.of("配套企业", "上下游企业"));
    private static final List<String> INDUSTRY_MODIFIERS = List.of("千亿级", "百亿级", "重点", "前沿", "新兴", "战略性新兴", "配套",
            "特色", "优势", "主导", "高端", "高新技术", "细分", "未来", "传统", "新", "数字", "县域", "本地", "关键", "核心");
    /** The category words an industry head ends with. */
    private static final List<String> INDUSTRY_CATEGORIES = List.of("产业集群", "产业领域", "领域", "产业", "行业", "方向",
            "前沿研究", "前沿技术", "业态", "方面", "赛道",
            // the chains of products a trade extends (竹制家居、竹炭制品等产品链)
            "产品链",
            // parts made and sold (动力电池、电驱电控等关键零部件), which corpus/README.md counts as industries
            "零部件",
            // the links of a chain and its key materials (显示驱动芯片、发光材料等关键环节; 正极材料、隔膜等关键材料)
            "关键环节", "关键材料");
    private static final Pattern INDUSTRY_HEAD = Pattern.compile(
            "(?:(?:[一二三四五六七八九十两\\d]+|N)[大条个支])?(?:" + String.join("|", INDUSTRY_MODIFIERS) + ")*"
                    + "(?:" + String.join("|", INDUSTRY_CATEGORIES) + ")"
                    // …等传统产业升级改造项目, …等产业重大项目: the items are projects, not industries
                    // (but …等方向的联合攻关项目: the projects of those fields, which stay fields)
                    + "(?!重大|(?!的)[\\u4e00-\\u9fff]{0,6}?项目)");
    /** The first characters of {@link #INDUSTRY_MODIFIERS} and {@link #INDUSTRY_CATEGORIES}. */
    private static final String INDUSTRY_WORD_FIRSTS = firsts(INDUSTRY_MODIFIERS, INDUSTRY_CATEGORIES);
    /** 方面 closes lists of anything (人才、资金等方面): such a list is one of industries only when it holds a known one. */
    private static final String ASPECTS = "方面";
    /** The words after 等 that say a list of projects is one of fields or trades (等领域成果转化项目, 等产业化项目). */
    private static final WordIndex FIELDS_PROJECTS = new WordIndex(List.of("领域", "产业", "行业", "方向"));
    /** …等重大产业化项目, …等升级改造项目: the items are projects, often named after the company running them. */
    private static final Pattern PROJECT_HEAD = Pattern.compile("[\\u4e00-\\u9fff]{0,12}?项目");
    private static final int BRAND = 2;
    /** Trade words that end a four-character brand (蓝湾生物, 蓝鲸海工) rather than start the product. */
    /** Words a project's product starts with (新能源汽车零部件, 年产10万台电机): where a brand before it ends. */
    private static final WordIndex PRODUCT_HEADS = new WordIndex(List.of("新能源", "智能", "年产", "高端", "汽车", "电池", "锂电",
            "光伏", "储能", "半导体", "芯片", "零部件", "装备", "新材料", "医药", "生物"));
    /** Trade words a company's name carries after its brand (瑞丰科技, 岚芯微电子) or after its place (凤川光电). */
    private static final Set<String> BRAND_TRADES = Set.of("生物", "海工", "科技", "电子", "微电子", "光电",
            "电气", "重工");
    private static final String COUNT_NUMERALS = "一二三四五六七八九十两";
    private static final Pattern REGION_HEAD = Pattern.compile("[\\u4e00-\\u9fff&&[^在的]]{0,10}?(?:国家(?!级)|城市|地区|[省市县](?![直级属委]))");
    // (…等研发外包服务机构在我市: a place after 在 is where the listed ones are, not their kind)
    /**
     * Activities, mechanisms and public-service fields (环境保护, 医疗卫生, 公共安全) that a list before 等领域 may
     * contain but that are not industries, and product classes (蛋白类…药物); 化 ends an activity (数字化), not 石化.
     */
    private static final Pattern NOT_INDUSTRY = Pattern.compile(
            "(?:平台|共享|开发|服务|管理|建设|机制|体系|工作|活动|研究|系统|保护|修复|卫生|安全|治理|(?<![石])化|引进|培养|培训"
                    + "|教育|改革|攻关|升级|转型|转换|转变|合作|交流|融合|模式|环境|保障)$|\\d|类");
    /** Kinds of organisation (高等学校, 科研院所): listed before 等 or 产业 they are actors, not industries. */
    private static final Pattern ORGANISATION_KIND = Pattern.compile("(?:学校|院所|高校|企业|机构)$");
    /** Verbs whose object list names activities (开展产品全生命周期设计、…等), not industries. */
    private static final Pattern ACTIVITY_VERB = Pattern.compile("(?:开展|从事|进行)$");

    private Enumerations() {
    }

    static void find(Scan scan, List<Candidate> out) {
        String text = scan.text;
        Matcher enterprise = ENTERPRISE_HEAD.matcher(text);
        Matcher industry = INDUSTRY_HEAD.matcher(text);
        Matcher region = REGION_HEAD.matcher(text);
        Matcher project = PROJECT_HEAD.matcher(text);
        for (int i = text.indexOf('等'); i >= 0; i = text.indexOf('等', i + 1)) {
            if (i + 1 >= text.length()) {
                break;
            }
            if (enterpriseHeadPossible(text, i + 1) && Lexicon.matchesAt(enterprise, text, i + 1)) {
                List<int[]> firms = items(scan, i, Label.Enterprise);
                if (SUPPLIERS.longestAt(text, i + 1, Math.min(text.length(), i + 6)) != null && firms.size() >= 2) {
                    // 带动偏光片、玻璃基板、显示模组等配套企业集聚: suppliers are called by what they make, no brand; the
                    // items that are kinds of work (表面处理) name no trade, and no company either
                    add(scan, firms.stream().filter(item -> industryItem(scan, item[0], item[1])
                            && !IndustryFrames.kindOfWork(text.substring(item[0], item[1]))).toList(),
                            Label.Industry, "context:enumeration-firms-trades", out);
                } else if (!firms.isEmpty() && firms.stream().allMatch(item -> IndustryFrames.tradeEndsAt(text, item[1]))
                        && firms.stream().anyMatch(item -> industryElsewhere(text, item, industry))) {
                    // 服务绿色食品、中药材等企业: trades ending as things made do, which the document lists as industries
                    // elsewhere (中药材、绿色食品等特色产业), name the firms' fields; brands (川岷机械) are not listed so
                    add(scan, firms, Label.Industry, "context:enumeration-firms-trades", out);
                } else {
                    add(scan, firms, Label.Enterprise, "context:enumeration-enterprise", out);
                }
            } else if ((industryHeadPossible(text, i + 1) && Lexicon.matchesAt(industry, text, i + 1)
                    || namedCategory(scan, i + 1)) && !ContextNames.clusterList(scan, i)) {
                // (the head matched, or an industry the document knows names the list's kind: …等数字经济产业)
                boolean headed = industryHeadPossible(text, i + 1) && Lexicon.matchesAt(industry, text, i + 1);
                List<int[]> items = items(scan, i, Label.Industry);
                if (!items.isEmpty() && !ACTIVITY_VERB.matcher(text.substring(Math.max(0, items.get(0)[0] - 2),
                        items.get(0)[0])).find()
                        && (!headed || industriesOrNoAspects(scan, industry, items))
                        && !(headed && scenesOfUse(text, items.get(0)[0], industry.end()))) {
                    add(scan, splitLastAnd(scan.text, items), Label.Industry, "context:enumeration-industry", out);
                }
            } else if ((regionHeadPossible(text, i + 1) && Lexicon.matchesAt(region, text, i + 1))
                    || placesHere(text, i + 1)) {
                add(scan, items(scan, i, Label.Region), Label.Region, "context:enumeration-place", out);
            } else if (projectHeadPossible(text, i + 1) && Lexicon.matchesAt(project, text, i + 1)) {
                if (SUPPLY_PROJECTS.longestAt(text, i + 1, Math.min(text.length(), i + 6)) != null) {
                    // 引进线控底盘、车载激光雷达等配套项目: the projects of a chain's links are named by their trades
                    List<int[]> trades = items(scan, i, Label.Industry);
                    if (trades.size() >= 2 && trades.stream().allMatch(item -> industryItem(scan, item[0], item[1]))) {
                        add(scan, trades, Label.Industry, "context:enumeration-industry", out);
                    }
                    continue;
                }
                if (FIELDS_PROJECTS.longestAt(text, i + 1, Math.min(text.length(), i + 3)) != null) {
                    continue; // 承接A、B等领域成果转化项目: the projects of fields, whose items are no brands
                }
                for (int[] item : items(scan, i, Label.Enterprise)) {
                    projectBrand(scan, item, out);
                }
            }
        }
        countedIndustryLists(scan, industry, out);
        knownTradeLists(scan, out);
        madeThingLists(scan, out);
        List<Candidate> suffixed = List.copyOf(out);
        for (Candidate c : suffixed) {
            if (c.label() == Label.Industry && c.rule().startsWith("suffix:") && c.start() > 0
                    && text.charAt(c.start() - 1) == '、') {
                add(scan, items(scan, c.start() - 1, Label.Industry), Label.Industry, "context:industry-sibling", out);
            } else if (c.label() == Label.Industry && c.rule().startsWith("suffix:") && c.start() > 0
                    && AND_WORDS.indexOf(text.charAt(c.start() - 1)) >= 0 && c.end() - c.start() >= MIN_AND_HALF) {
                // 创新药、高端医疗器械和细胞治疗产业: the items of a list before the last one joined by 和, when that one and
                // the item before it are of industry length (软件和信息技术服务产业 is one compound name), unless the list
                // has a head of its own (A、B两大主导产业和C产业) or names places (研发、孵化基地和…中心)
                List<int[]> before = items(scan, c.start() - 1, Label.Industry);
                int[] last = before.isEmpty() ? null : before.get(before.size() - 1);
                if (before.size() >= 2 && last[1] - last[0] >= MIN_AND_HALF && !headed(text, last[1])
                        && before.stream().noneMatch(item -> named(text, item[1], item[0]))) {
                    add(scan, before, Label.Industry, "context:industry-sibling", out);
                }
            }
            if ((c.label() == Label.University || c.label() == Label.Enterprise) && c.start() > 0
                    && text.charAt(c.start() - 1) == '、') {
                organisationSibling(scan, c.start() - 1, out);
            }
        }
    }

    /**
     * 为船舶、氢能、汽车零部件企业提供…, 新引进医疗器械、生物制药项目: a list written right before the word for the companies
     * or projects of a trade lists trades when one of its items is an industry the document names elsewhere or a
     * catalogued one; its other items that look like trades are industries too (second pass only: the first pass
     * finds what the document names). Suppliers and teams are named by trades whether known or not.
     */
    private static void knownTradeLists(Scan scan, List<Candidate> out) {
        if (scan.industries.isEmpty()) {
            return;
        }
        String text = scan.text;
        for (String kind : TRADE_KINDS) {
            // (a chain's suppliers and a team's fields are named by their trades: no item need be known)
            boolean named = FIELD_KINDS.contains(kind);
            for (int at = text.indexOf(kind, 1); at >= 0; at = text.indexOf(kind, at + 1)) {
                if (!Lexicon.isHan(text.charAt(at - 1)) || text.charAt(at - 1) == '等') {
                    continue;
                }
                List<int[]> items = items(scan, at, Label.Industry);
                if (items.size() < 2 || !named && items.stream().noneMatch(item -> knownTrade(scan, item))
                        || items.stream().anyMatch(item -> !plainWords(scan, item))) {
                    continue;
                }
                for (int[] item : items) {
                    if (industryItem(scan, item[0], item[1])) {
                        out.add(new Candidate(Label.Industry, item[0], item[1], "context:known-trade-list", null));
                    }
                }
            }
        }
    }

    /**
     * The words for a trade's companies and projects a list of trades may stand right before, and those of the
     * suppliers of a chain's links and of the teams set up for fields (引进无人机整机、航空电池配套项目; 组建工业机器人、
     * 精密减速器研发团队).
     */
    private static final List<String> FIELD_KINDS = List.of("配套企业", "配套项目", "研发团队", "攻关团队");
    private static final List<String> TRADE_KINDS = Stream.concat(Stream.of("企业", "项目"),
            FIELD_KINDS.stream()).toList();

    /**
     * Whether the item could be a trade's bare name: it joins no two (A和B), closes no list (A等配套), names no place or
     * kind of company, and is no known industry with words after it (人工智能领域科技型). A list with such an item is no
     * list of trades; its other items are taken when they look like trades.
     */
    private static boolean plainWords(Scan scan, int[] item) {
        String s = scan.text.substring(item[0], item[1]);
        if (s.isEmpty() || JOINS.matcher(s).find()
                || Lexicon.GENERIC.longestAt(s, 0, s.length()) != null || QUALIFIED_KIND.matcher(s).find()
                || PLACE_END.matcher(s).find()) {
            return false; // (区内工业机器人, 基因检测配套: a place or a kind of company, no trade's letters)
        }
        for (int end = item[0] + 2; end < item[1]; end++) {
            if (knownTrade(scan, new int[] {item[0], end}) && CATEGORY_AFTER.matcher(scan.text).region(end, item[1]).lookingAt()) {
                return false;
            }
        }
        return true;
    }

    private static final Pattern JOINS = Pattern.compile("[等的和及与或]");
    /** A category word after a known industry inside an item (人工智能领域科技型): the item is a phrase, not a trade. */
    private static final Pattern CATEGORY_AFTER = Pattern.compile("领域|产业|行业|方向|板块");
    /** A place's last letter (在白沙镇、石门镇布局…配套项目: where the projects go, no trade). */
    private static final Pattern PLACE_END = Pattern.compile("[省市县区镇乡村]$");

    /** Words that qualify the companies or projects of a trade, set before the kind word (配套企业, 科技型企业). */
    private static final Pattern QUALIFIED_KIND = Pattern.compile(
            "(?:配套|上下游|相关|重点|骨干|龙头|领军|中小|规上|科技型|初创|外资|本地|优质)$");

    /**
     * 抗体药物、基因治疗药物、细胞治疗药物, 深海传感器、水声器件: a list whose every item ends with the head of a thing made
     * (a drug, a device, a material) lists products, which corpus/README.md counts as industries, whatever frames it.
     */
    private static void madeThingLists(Scan scan, List<Candidate> out) {
        String text = scan.text;
        int done = 0;
        Matcher head = MADE_THING.matcher(text);
        int[] heads = CharPositions.of(text, MADE_THING_FIRSTS);
        for (int c = text.indexOf('、'); c >= 0; c = text.indexOf('、', Math.max(c + 1, done))) {
            int end = c + 1;
            while (end < text.length() && (Lexicon.isNameChar(text.charAt(end)) || text.charAt(end) == '、')) {
                end++;
            }
            done = end;
            // the list ends where its last item does: at the last made thing's head before the stop (the heads find()
            // would give one after another, tried only where a head's first letter stands)
            int last = -1;
            for (int k = CharPositions.firstAtOrAfter(heads, c + 1); k < heads.length && heads[k] < end; k++) {
                if (heads[k] >= last && head.region(heads[k], end).lookingAt()) {
                    last = head.end();
                }
            }
            if (last < 0 || text.lastIndexOf('、', last - 1) < c) {
                continue;
            }
            List<int[]> items = items(scan, last, Label.Industry);
            if (items.size() < 2 || items.stream().anyMatch(item -> !madeThing(scan, item))) {
                continue;
            }
            for (int[] item : items) {
                out.add(new Candidate(Label.Industry, item[0], item[1], "context:made-thing-list", null));
            }
        }
    }

    private static final Pattern MADE_THING = Pattern.compile("药物|制剂|器械|芯片|电池|传感器|机器人|机床|装备|模组|器件");

    /** The first letters of {@link #MADE_THING}'s words (a plain list of words: no match starts elsewhere). */
    private static final String MADE_THING_FIRSTS = firstLetters(MADE_THING);

    /** The first letters of a pattern that is a plain alternation of Han words; fails at class load for any other. */
    private static String firstLetters(Pattern words) {
        StringBuilder firsts = new StringBuilder();
        for (String word : words.pattern().split("\\|")) {
            if (!word.matches("\\p{IsHan}+")) {
                throw new IllegalStateException("not a plain list of words: " + words.pattern());
            }
            if (firsts.indexOf(word.substring(0, 1)) < 0) {
                firsts.append(word.charAt(0));
            }
        }
        return firsts.toString();
    }

    /** An item ending with a made thing's head, with a name of two letters or more before it. */
    private static final Pattern MADE_THING_ITEM = Pattern.compile("\\p{IsHan}{2,}(?:" + MADE_THING.pattern() + ")");

    private static boolean madeThing(Scan scan, int[] item) {
        String s = scan.text.substring(item[0], item[1]);
        return s.length() <= 10 && MADE_THING_ITEM.matcher(s).matches() && plainWords(scan, item)
                && industryItem(scan, item[0], item[1]);
    }

    private static boolean knownTrade(Scan scan, int[] item) {
        String s = scan.text.substring(item[0], item[1]);
        return scan.namedIndustry(s) || IndustryTerms.isTerm(s);
    }

    /** How far after a word a list's 等 and its industry head may stand (中药材、绿色食品等特色产业). */
    private static final int LIST_REACH = 30;

    /**
     * Whether the text names {@code item}'s words as an industry at another place: right before 产业, 行业 or 领域, or in
     * a list closed by 等 and an industry head.
     */
    private static boolean industryElsewhere(String text, int[] item, Matcher industry) {
        String word = text.substring(item[0], item[1]);
        for (int q = text.indexOf(word); q >= 0; q = text.indexOf(word, q + 1)) {
            int after = q + word.length();
            if (q == item[0] || after >= text.length()) {
                continue;
            }
            if (text.startsWith("产业", after) || text.startsWith("行业", after) || text.startsWith("领域", after)) {
                return true;
            }
            int stop = Math.min(text.length() - 1, after + LIST_REACH);
            for (int k = after; k < stop && "，。；：\n".indexOf(text.charAt(k)) < 0; k++) {
                if (text.charAt(k) == '等') {
                    if (Lexicon.matchesAt(industry, text, k + 1)) {
                        return true;
                    }
                    break;
                }
            }
        }
        return false;
    }

    /** 上海、杭州等地: 等 right before 地 (not 地区, 地方, 地标 …) closes a list of places. */
    private static boolean placesHere(String text, int at) {
        return at + 1 < text.length() && text.charAt(at) == PLACE && NOT_AFTER_PLACE.indexOf(text.charAt(at + 1)) < 0;
    }

    private static final char PLACE = '地';
    /** Characters that make 地 the start of a word (地区 is read by the region head, 地方, 地标, 地块 …). */
    private static final String NOT_AFTER_PLACE = "区方标块带位理";

    /**
     * Whether {@link #REGION_HEAD} can match at {@code at}: one of its end words must start after at most 10 Han
     * characters. Checked before the pattern, which is tried after most 等 and matches after few.
     */
    private static boolean regionHeadPossible(String text, int at) {
        for (int j = at; j <= at + 10 && j < text.length(); j++) {
            char c = text.charAt(j);
            if (c == '国' || c == '城' || c == '地' || c == '省' || c == '市' || c == '县') {
                return true;
            }
            if (!Lexicon.isHan(c)) {
                return false;
            }
        }
        return false;
    }

    /**
     * Whether {@link #ENTERPRISE_HEAD} can match at {@code at}: it ends with 企业, 服务商 or 投资机构, and what stands
     * before that is Han characters, digits, a hyphen or “”, so one of those words must start inside the run of such
     * characters from {@code at}. Checked before the pattern, which is tried after every 等.
     */
    private static boolean enterpriseHeadPossible(String text, int at) {
        for (int j = at; j < text.length(); j++) {
            char c = text.charAt(j);
            if (c == '企' || c == '服' || c == '投') {
                return true;
            }
            if (!Lexicon.isHan(c) && !(c >= '0' && c <= '9') && c != '-' && c != '“' && c != '”') {
                return false;
            }
        }
        return false;
    }

    /** Whether {@link #PROJECT_HEAD} can match at {@code at}: 项目 after at most 12 Han characters. */
    private static boolean projectHeadPossible(String text, int at) {
        for (int j = at; j <= at + 12 && j < text.length(); j++) {
            char c = text.charAt(j);
            if (c == '项') {
                return true;
            }
            if (!Lexicon.isHan(c)) {
                return false;
            }
        }
        return false;
    }

    /** {@link #ORGANISATION_KIND}'s words. */
    private static final List<String> ORGANISATION_KINDS = List.of("学校", "院所", "高校", "企业", "机构");
    /** The characters Java's {@code $} also matches before when they end the input. */
    private static final String LINE_BREAKS = "\n\r\u0085\u2028\u2029";

    /** Whether {@code s} ends with a kind of organisation: compared as words, unless a line break ends it. */
    static boolean organisationKind(String s) {
        if (!s.isEmpty() && LINE_BREAKS.indexOf(s.charAt(s.length() - 1)) >= 0) {
            return ORGANISATION_KIND.matcher(s).find();
        }
        for (String kind : ORGANISATION_KINDS) {
            if (s.endsWith(kind)) {
                return true;
            }
        }
        return false;
    }

    /** The category words after an industry that names a list's kind (…等数字经济产业, …等人工智能领域). */
    private static final List<String> NAMED_CATEGORIES = List.of("产业", "领域");
    private static final int MAX_NAMED_CATEGORY = 12;

    /**
     * Whether an industry the document or the catalogue knows stands at {@code at}, right before a category word: A、B
     * 等数字经济产业 lists the trades of that industry.
     */
    private static boolean namedCategory(Scan scan, int at) {
        int limit = Math.min(scan.text.length(), at + MAX_NAMED_CATEGORY);
        KnownNames.Hit hit = scan.known.at(scan.text, at, limit);
        String term = IndustryTerms.termAt(scan.text, at, limit);
        int length = Math.max(hit != null && hit.label() == Label.Industry ? hit.surface().length() : 0,
                term == null ? 0 : term.length());
        if (length == 0) {
            return false;
        }
        int after = at + length;
        return NAMED_CATEGORIES.stream().anyMatch(w -> scan.text.startsWith(w, after))
                && !Lexicon.matchesAt(PROJECT_HEAD.matcher(scan.text), scan.text, after);
    }

    /** Unless the head just matched by {@code industry} is 方面, true; else whether the list holds a known industry. */
    private static boolean industriesOrNoAspects(Scan scan, Matcher industry, List<int[]> items) {
        return !scan.text.startsWith(ASPECTS, industry.end() - ASPECTS.length()) || holdsKnownIndustry(scan, items);
    }

    /** Whether an item of the list is an industry the document names elsewhere or a catalogue term. */
    private static boolean holdsKnownIndustry(Scan scan, List<int[]> items) {
        for (int[] item : items) {
            KnownNames.Hit hit = scan.known.at(scan.text, item[0], item[1]);
            if (hit != null && hit.label() == Label.Industry && hit.surface().length() == item[1] - item[0]
                    || IndustryTerms.isTerm(scan.text.substring(item[0], item[1]))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@link #INDUSTRY_HEAD} can match at {@code at}: it opens with a count (a numeral or an ASCII digit), a
     * modifier or a category word. Checked before the pattern, which is tried after every 等.
     */
    private static boolean industryHeadPossible(String text, int at) {
        char c = text.charAt(at);
        return COUNT_NUMERALS.indexOf(c) >= 0 || c >= '0' && c <= '9' || c == 'N' || INDUSTRY_WORD_FIRSTS.indexOf(c) >= 0;
    }

    @SafeVarargs
    private static String firsts(List<String>... lists) {
        StringBuilder out = new StringBuilder();
        for (List<String> words : lists) {
            for (String w : words) {
                if (out.indexOf(w.substring(0, 1)) < 0) {
                    out.append(w.charAt(0));
                }
            }
        }
        return out.toString();
    }

    /** The category words that end an earlier list joined to this one by 和/及 (…三大主导产业和A、B等特色产业). */
    private static final List<String> EARLIER_HEADS = List.of("产业和", "行业和");

    /**
     * The items of a list that starts after an earlier list's head joined to it by 和/及: the item holding that head
     * starts after it, and the earlier list's items (read up to the 、 before it) are dropped.
     */
    private static List<int[]> afterEarlierList(String text, List<int[]> items) {
        for (int k = items.size() - 1; k >= 0; k--) {
            int[] item = items.get(k);
            for (String head : EARLIER_HEADS) {
                // searched within the item only: a search of the text before it made long documents quadratic
                int i = item[0] + text.substring(item[0], item[1]).lastIndexOf(head);
                if (i >= item[0] && i + head.length() < item[1]) {
                    List<int[]> rest = new ArrayList<>(items.subList(k + 1, items.size()));
                    rest.add(0, new int[] {i + head.length(), item[1]});
                    return rest;
                }
            }
        }
        return items;
    }

    /** Whether a category word ends the text before {@code end}: a list's own head (A、B两大主导产业和…). */
    private static boolean headed(String text, int end) {
        for (String category : INDUSTRY_CATEGORIES) {
            if (text.startsWith(category, end - category.length())) {
                return true;
            }
        }
        return false;
    }

    /** The words that join a list's last item to it (A、B和C产业, A、B及C产业). */
    private static final String AND_WORDS = "和及";
    /** Shortest half of a last item A和B that is read as two industries (软件和信息技术服务 stays one). */
    private static final int MIN_AND_HALF = 3;

    /**
     * 汽车零部件、电子元器件和绿色食品等领域: a list's last item joined by 和 is two items when both halves are of
     * industry length; a two-character half (软件和信息技术服务) is part of one compound name.
     */
    /** Where 及 joins two trades in an item (光伏及新能源汽车零部件), or -1: not before a kind word (新能源汽车及零部件). */
    private static int andTrade(String item) {
        int and = item.indexOf('及');
        return and < 0 || Lexicon.specificChars(item.substring(and + 1)) < MIN_AND_HALF ? -1 : and;
    }

    static List<int[]> splitLastAnd(String text, List<int[]> items) {
        if (items.size() < 2) {
            return items;
        }
        int[] last = items.get(items.size() - 1);
        String lastItem = text.substring(last[0], last[1]);
        int at = lastItem.indexOf('和');
        // (光伏及新能源汽车零部件: 及 joins two trades as 和 does)
        int and = last[0] + (at >= 0 ? at : andTrade(lastItem));
        // (a trade of two letters may stand before 及: 光伏及…; before 和 it is a compound's first word)
        int minLeft = at >= 0 ? MIN_AND_HALF : MIN_AND_HALF - 1;
        if (and < last[0] || and - last[0] < minLeft || last[1] - and - 1 < MIN_AND_HALF) {
            return items;
        }
        List<int[]> split = new ArrayList<>(items.subList(0, items.size() - 1));
        split.add(new int[] {last[0], and});
        split.add(new int[] {and + 1, last[1]});
        return split;
    }

    /** The measure words of a count of industries: 三大产业, 3条产业链, 五个产业集群. */
    private static final String COUNT_MEASURES = "大条个";

    /**
     * 先进碳材料、智能网联汽车、生物医药三大主导产业, 新能源汽车、高端装备、新型储能3条产业链: a count of industries
     * ends their list as 等 does, and the last item runs up to the count (after 等 the 等-list rule reads it).
     */
    private static void countedIndustryLists(Scan scan, Matcher industry, List<Candidate> out) {
        String text = scan.text;
        // the measure words of COUNT_MEASURES by their positions, found once for both passes
        for (int i : CharPositions.of(text, COUNT_MEASURES)) {
            if (i < 1) {
                continue;
            }
            int count = i;
            while (count > 0 && (COUNT_NUMERALS.indexOf(text.charAt(count - 1)) >= 0
                    || Character.isDigit(text.charAt(count - 1)))) {
                count--;
            }
            // numerals cannot open a modifier or category word, so a match here reads the count up to the measure
            // word and goes on with one of those words right after it
            if (count < i && count > 0 && Lexicon.isHan(text.charAt(count - 1)) && text.charAt(count - 1) != '等'
                    && i + 1 < text.length() && INDUSTRY_WORD_FIRSTS.indexOf(text.charAt(i + 1)) >= 0
                    && Lexicon.matchesAt(industry, text, count)) {
                List<int[]> items = items(scan, count, Label.Industry);
                if (!items.isEmpty()) {
                    // 工作以A、B、C三大产业为重点: the frame's 以 opens the list, its subject is no part of the first item
                    int[] first = items.get(0);
                    int frame = text.lastIndexOf('以', first[1] - 1);
                    if (frame > first[0] && first[1] - frame - 1 >= 2) {
                        items.set(0, new int[] {frame + 1, first[1]});
                    }
                }
                if (items.size() >= 2 && industriesOrNoAspects(scan, industry, items)) {
                    add(scan, splitLastAnd(scan.text, items), Label.Industry, "context:enumeration-industry", out);
                }
            }
        }
    }

    /**
     * 打造徐州重型、中国矿大等…: the item listed right before a known organisation, written as a place plus a
     * brand word, is an organisation too (a company: universities carry their suffix).
     */
    private static void organisationSibling(Scan scan, int comma, List<Candidate> out) {
        List<int[]> items = items(scan, comma, Label.Enterprise);
        if (items.isEmpty()) {
            return;
        }
        int[] item = items.get(items.size() - 1);
        KnownNames.Hit place = scan.known.at(scan.text, item[0], item[1]);
        if (place == null || place.label() != Label.Region) {
            return;
        }
        int rest = item[0] + place.surface().length();
        int covered = scan.covered.nextSetBit(rest);
        String brand = scan.text.substring(rest, item[1]);
        if ((covered < 0 || covered >= item[1]) && brand.length() >= 2 && brand.length() <= 4
                && Lexicon.specificChars(brand) >= 2 && Suffix.endingAt(brand, brand.length(), 0) == null) {
            out.add(new Candidate(Label.Enterprise, item[0], item[1], "context:organisation-sibling", null));
        }
    }

    /**
     * 茂迪太阳能电池、台湾正崴高端手机配套链等重大产业化项目: a project named by a brand and what it makes. The brand
     * is the two characters before the product (after a place, if any), four when a trade word follows them (蓝湾生物
     * 创新药), and occurs nowhere else in the document but before this product, so 光伏太阳能电池片 gives no brand
     * 光伏 in a document that speaks of 光伏 elsewhere.
     */
    static void projectBrand(Scan scan, int[] item, List<Candidate> out) {
        String text = scan.text;
        int p = item[0];
        KnownNames.Hit hit = scan.known.at(text, p, item[1]);
        if (hit != null && hit.label() != Label.Region) {
            return;
        }
        int rest;
        String placeTrade = hit == null ? null : trade(text, p + hit.surface().length(), item[1]);
        if (placeTrade != null) {
            // a company named by its place and trade (凤川光电显示模组项目): the place is part of the name
            rest = p + hit.surface().length() + placeTrade.length();
        } else {
            if (hit != null) {
                p += hit.surface().length();
            }
            rest = p + BRAND;
            if (PRODUCT_HEADS.longestAt(text, rest, item[1]) == null && PRODUCT_HEADS.longestAt(text, rest + 1, item[1]) != null) {
                rest++; // a brand of three (比亚迪新能源汽车零部件项目): the product starts one later
            }
            String trade = trade(text, rest, item[1]);
            if (trade != null) {
                rest += trade.length();
            }
        }
        if (item[1] - rest < 3 || scan.covered.nextSetBit(p) >= 0 && scan.covered.nextSetBit(p) < rest + 2) {
            return;
        }
        String brand = text.substring(p, rest);
        String product = text.substring(rest, rest + 2);
        if (!Lexicon.isHan(product.charAt(0))) {
            return; // 年产30GWh电池项目: a capacity, no brand, before the figure
        }
        if (Lexicon.specificChars(brand.substring(0, BRAND)) < BRAND
                || !brand.chars().allMatch(c -> Lexicon.isHan((char) c)) || named(text, item[1], rest)) {
            return;
        }
        // the answer is the same wherever the pair recurs: a search of the whole text per item made long documents
        // quadratic
        if (!scan.brandsOnlyBeforeTheirProduct.computeIfAbsent(brand + '\n' + product,
                key -> onlyBefore(text, brand, product))) {
            return;
        }
        out.add(new Candidate(Label.Enterprise, p, rest, "context:project-brand", null));
    }

    /** The trade word at {@code at} with at least two characters of product after it before {@code end}, or null. */
    private static String trade(String text, int at, int end) {
        for (int length = 3; length >= 2; length--) {
            if (at + length + BRAND <= end && BRAND_TRADES.contains(text.substring(at, at + length))) {
                return text.substring(at, at + length);
            }
        }
        return null;
    }

    /** Whether every occurrence of {@code brand} in the text is followed by {@code product}. */
    private static boolean onlyBefore(String text, String brand, String product) {
        for (int k = text.indexOf(brand); k >= 0; k = text.indexOf(brand, k + 1)) {
            if (!text.startsWith(product, k + brand.length())) {
                return false;
            }
        }
        return true;
    }

    /** Whether the item is itself a name by its suffix (…产业园), not a project. */
    private static boolean named(String text, int end, int floor) {
        Suffix s = Suffix.endingAt(text, end, floor);
        return s != null && !s.weak();
    }

    /**
     * The items of the 、-separated list that ends just before {@code end}, as [start, end) pairs; the
     * first item starts after the last boundary word of its chunk.
     */
    static List<int[]> items(Scan scan, int end, Label label) {
        String text = scan.text;
        List<int[]> items = new ArrayList<>();
        int e = end;
        int s = e;
        while (s > 0 && end - s < 80) {
            char c = text.charAt(s - 1);
            if (c == '、' && itemNumberBefore(text, s - 1)) {
                break; // 7、做强A、B两大主导产业: the 、 of an item's number opens the list, the verb after it is no item's
            }
            if (c == '、') {
                items.add(0, new int[] {s, e});
                s--;
                e = s;
            } else if (Lexicon.isNameChar(c)) {
                s--;
            } else {
                break;
            }
        }
        int first = Boundaries.nameStart(text, s, e, label, scan.covered);
        if (label == Label.Industry) {
            first = afterPlaces(scan, first, e);
        }
        if (first < e) {
            items.add(0, new int[] {first, e});
        }
        items = fromLastClauseWord(scan, items, label);
        return label == Label.Industry ? afterEarlierList(text, items) : items;
    }

    /** Letters a clause's subject and word take at least (院所围绕) before the list starts. */
    private static final int MIN_CLAUSE_BEFORE = 4;

    /**
     * 企业与高等学校、科研院所围绕A、B、C: an item holding a clause's word (围绕, 聚焦) before two letters or more of a name
     * is where the list starts, after that word; the items before it are another list's.
     */
    private static List<int[]> fromLastClauseWord(Scan scan, List<int[]> items, Label label) {
        for (int k = items.size() - 2; k >= 1; k--) {
            int[] item = items.get(k);
            int start = Boundaries.nameStart(scan.text, item[0], item[1], label, scan.covered);
            // (the word after a name of its own: 驱动电机 opening with 驱动 is an item, not a clause)
            if (start - item[0] >= MIN_CLAUSE_BEFORE && start <= item[1] - 2) {
                List<int[]> rest = new ArrayList<>(items.subList(k, items.size()));
                rest.set(0, new int[] {start, item[1]});
                return rest;
            }
        }
        return items;
    }

    /**
     * 推动某市某县茶叶、中药材等特色产业: the places a list's first industry is written after are where the industries
     * are, not part of the first one's name. Returns the position after the last known place that leaves an item of
     * two characters or more.
     */
    private static int afterPlaces(Scan scan, int start, int end) {
        int from = start;
        for (int i = start; i < end - 2; i++) {
            KnownNames.Hit hit = scan.known.at(scan.text, i, end - 2);
            int placeEnd = hit != null && hit.label() == Label.Region ? i + hit.surface().length()
                    : i == from ? administrativePlaceEnd(scan.text, i, end - 2) : -1;
            if (placeEnd > 0) {
                from = placeEnd;
                i = from - 1;
            }
        }
        return from;
    }

    /** Where a place of two or three specific characters and a county's, city's or province's suffix ends (某溪县), or -1. */
    private static int administrativePlaceEnd(String text, int start, int limit) {
        for (int k = start + 2; k <= Math.min(start + 3, limit - 1); k++) {
            if (ADMINISTRATIVE_ENDS.indexOf(text.charAt(k)) >= 0
                    && Lexicon.specificChars(text.substring(start, k)) == k - start) {
                return k + 1;
            }
        }
        return -1;
    }

    private static final String ADMINISTRATIVE_ENDS = "省市县";

    /** Whether the 、 at {@code comma} ends an item's number (7、, 十二、) standing at the start of a line or clause. */
    private static boolean itemNumberBefore(String text, int comma) {
        int k = comma;
        while (k > 0 && comma - k < 3 && (Character.isDigit(text.charAt(k - 1))
                || COUNT_NUMERALS.indexOf(text.charAt(k - 1)) >= 0)) {
            k--;
        }
        return k < comma && (k == 0 || !Lexicon.isNameChar(text.charAt(k - 1)));
    }

    private static void add(Scan scan, List<int[]> items, Label label, String rule, List<Candidate> out) {
        for (int[] item : items) {
            String s = scan.text.substring(item[0], item[1]);
            if (fits(scan, s, item, label)) {
                out.add(new Candidate(label, item[0], item[1], rule, null));
            }
        }
    }

    /**
     * Whether [start, end) looks like an industry by itself: a short specific phrase, no activity or organisation kind,
     * no other kind of name in it or ending it (以中国矿业大学为重点 names a university; a trade word such as 材料 or 电子,
     * a company's ending only in an actor's context, does not count).
     */
    static boolean industryItem(Scan scan, int start, int end) {
        if (end - start < 2) {
            return false;
        }
        String s = scan.text.substring(start, end);
        Suffix suffix = Suffix.endingAt(s, s.length(), 0);
        KnownNames.Hit hit = scan.known.at(scan.text, start, end);
        // (a catalogue term is a trade whatever its end may also close: 生物制药 is no company for its 制药)
        return fits(scan, s, new int[] {start, end}, Label.Industry) && (suffix == null || suffix.label() == Label.Industry || suffix.weak()
                || IndustryTerms.isTerm(s))
                && (hit == null || hit.label() == Label.Industry) && Lexicon.leadingAt(s, 0, s.length()) == null;
    }

    /** {@link #NOT_INDUSTRY} of recent items: both passes judge the same items, many of them more than once. */
    private static final StringMemo<Boolean> NOT_INDUSTRY_ITEMS = new StringMemo<>(1 << 10);

    private static boolean notIndustry(String item) {
        Boolean known = NOT_INDUSTRY_ITEMS.get(item);
        if (known == null) {
            known = NOT_INDUSTRY.matcher(item).find();
            NOT_INDUSTRY_ITEMS.put(item, known);
        }
        return known;
    }

    private static boolean fits(Scan scan, String s, int[] item, Label label) {
        int next = scan.covered.nextSetBit(item[0]);
        if (next >= 0 && next < item[1] || s.length() < 2) {
            return false;
        }
        return switch (label) {
            case Industry -> s.length() <= 12 && Lexicon.specificChars(s) >= 2 && !notIndustry(s)
                    && !organisationKind(s);
            case Region -> s.length() <= 4 && RegionNames.placeChars(s) == s.length();
            default -> s.length() <= 10 && Lexicon.specificChars(s) >= 2;
        };
    }
}
