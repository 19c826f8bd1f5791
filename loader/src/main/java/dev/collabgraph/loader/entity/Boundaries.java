package dev.collabgraph.loader.entity;

import dev.collabgraph.model.Label;

import java.util.BitSet;

/**
 * Where a name starts. A name is the tail of a chunk (a run of name characters between punctuation)
 * that follows the last verb or function word of the chunk; names already known (gazetteer, protected
 * characters) are never cut, so 以色列理工学院 keeps its 以.
 */
final class Boundaries {
    /** Longest chunk considered: names are short, and this bounds the work per suffix. */
    static final int MAX_CHUNK = 30;

    private Boundaries() {
    }

    /** Start of the chunk that ends at {@code end}: the first name character after punctuation. */
    static int chunkStart(String text, int end) {
        int s = end;
        while (s > 0 && end - s < MAX_CHUNK && Lexicon.isNameChar(text.charAt(s - 1))) {
            s--;
        }
        return s;
    }

    /**
     * Start of the name whose head begins at {@code headStart}, inside a chunk starting at {@code chunk}.
     * {@code label} matters for 和/及, which join industry names (食品及农副产品加工) but split organisations.
     */
    static int nameStart(String text, int chunk, int headStart, Label label, BitSet known) {
        return nameStart(text, chunk, headStart, label != Label.Industry, known,
                label == Label.Industry ? Lexicon.INDUSTRY_BOUNDARY : Lexicon.BOUNDARY, label == Label.University);
    }

    static int nameStart(String text, int chunk, int headStart, boolean andSplits, BitSet known, WordIndex words) {
        return nameStart(text, chunk, headStart, andSplits, known, words, false);
    }

    /**
     * {@code andSplits}: whether 和/及 end a name (they do for organisations, not inside industry names
     * such as 食品及农副产品加工); {@code words}: the boundary words to use.
     */
    private static int nameStart(String text, int chunk, int headStart, boolean andSplits, BitSet known,
            WordIndex words, boolean school) {
        for (int e = headStart; e > chunk; e--) {
            if ((endsDate(text, e) || endsItemLabel(text, e) || endsOrdinalLabel(text, e)) && !isKnown(known, e - 1, e)) {
                return e; // 2026年1月15日联盟理事会, 项目1沅屏大学…, 第六项众创空间…: a date or an item's label, not a name's first letters
            }
            if (school && e < headStart && endsCompany(text, e, chunk)) {
                // 苍屏竹业集团有限公司转化南京林业大学: no school's name holds a company's; the verb after it is no name
                String verb = VERBS_BEFORE_PARTNER.longestAt(text, e, headStart);
                return verb == null ? e : e + verb.length();
            }
            if (insideKnownPark(text, e, chunk, known)) {
                return e; // 推动某某软件园内某某孵化器…: a body inside a park named before, not the park's
            }
            String w = words.longestEndingAt(text, e, chunk);
            if (w == null || isKnown(known, e - w.length(), e)) {
                continue;
            }
            int before = e - w.length();
            // 共建成蓥协同创新中心: read from the left, the verb is 共建 and 成 opens the name, not 建成 (but 力争创建: 力争
            // comes first, so 创建 stands)
            String overlapping = w.length() >= 2 && before + 1 < e ? words.longestEndingAt(text, before + 1, chunk) : null;
            if (overlapping != null && overlapping.length() >= 2 && !isKnown(known, before + 1, e)) {
                int first = before + 1 - overlapping.length();
                String earlier = first + 1 > chunk ? words.longestEndingAt(text, first + 1, chunk) : null;
                if (earlier == null || earlier.length() < 2) {
                    return before + 1;
                }
            }
            if (w.equals("的") && before - 1 >= chunk && (before - 1 == chunk || words.longestEndingAt(text, before - 1, chunk) != null)) {
                continue; // 支持美的集团: one letter before 的 is a brand's, not a phrase's (先进制造的集团)
            }
            if (before > chunk && TRADE_VERBS.contains(w) && COMPANY_TRADES.longestAt(text, e, headStart) != null) {
                continue; // 某某城市建设投资集团, 中国建设银行: the verb is the company's trade, inside its name
            }
            if (w.equals(OPERATE) && text.startsWith(OPERATED, before - OPERATED.length())) {
                continue; // 某某知识产权运营服务中心: what the centre operates and the verb are its trade, inside its name
            }
            boolean and = w.equals("和") || w.equals("及");
            if (!andSplits && and) {
                continue;
            }
            if (and && sameStemBothSides(text, chunk, before, e, headStart)) {
                return e; // 嵩溪锂能和嵩溪储能集团: two names of one place's firms, the second opening as the first does
            }
            // 新能源汽车及零部件中试基地: 及 between a trade and the short word of another before the head joins the two
            // trades the body serves, a letter of its name (not 实验室及中试基地: two bodies); bodies only
            if (w.equals("及") && words == Lexicon.BOUNDARY && joinsTrades(text, before, e, headStart)) {
                continue;
            }
            if (before == chunk && chunk > 0 && text.charAt(chunk - 1) == '、' && w.length() == 1 && Lexicon.CONJUNCTIONS.contains(w)) {
                continue; // A、同B: a list's item opens no clause, so a one-letter 同/与 there is a name's first (同济大学), not 联合
            }
            // 与/和 split two names, but are letters inside one (网络通信与安全紫金山实验室); 和 only inside a name
            // that starts like one, with a known place or name (江苏润和软件, not 创新驱动发展和区域性…中心).
            boolean letter = and ? isKnown(known, chunk, before) : Lexicon.CONJUNCTIONS.contains(w);
            if (school && w.equals("与") && disciplines(text, chunk, before, e, headStart)) {
                continue; // 经济与管理学院: two disciplines name one school
            }
            if (letter && before > chunk && !endsWithName(text, chunk, before, known)
                    && !onlyGenericBefore(text, chunk, before, known) && !endsWithPhase(text, before)
                    && !(w.equals("与") && ADVERBS.contains(text.charAt(before - 1)))
                    && !((w.equals("与") || w.equals("联合")) && INSTITUTION_ENDS.longestEndingAt(text, before, chunk) != null)
                    && !(school && properOnBothSides(text, chunk, before, e, headStart))) {
                continue;
            }
            // 培育发展以生物医药…: a function word right after the verb still precedes the name
            String lead = andSplits ? null : Lexicon.leadingAt(text, e, headStart);
            return skipNumbers(text, lead != null && !isKnown(known, e, e + lead.length()) ? e + lead.length() : e,
                    headStart);
        }
        String lead = Lexicon.leadingAt(text, chunk, headStart);
        int s = lead != null && !isKnown(known, chunk, chunk + lead.length()) ? chunk + lead.length() : chunk;
        return skipNumbers(text, s, headStart);
    }

    /** The most characters of the second trade in {@link #joinsTrades}: 零部件, 农副产品加工. */
    private static final int MAX_JOINED_TRADE = 6;

    /** Whether 及 at [{@code before}, {@code after}) stands between a trade's head and a few letters up to the head. */
    private static boolean joinsTrades(String text, int before, int after, int headStart) {
        if (headStart - after < 2 || headStart - after > MAX_JOINED_TRADE || !IndustryFrames.tradeEndsAt(text, before)) {
            return false;
        }
        for (int k = after; k < headStart; k++) {
            if (!Lexicon.isHan(text.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    /** Whether a name may start at {@code i}: after punctuation, a boundary word, or a known name. */
    static boolean startsHere(String text, int i, BitSet known) {
        return startsHere(text, i, known, Lexicon.BOUNDARY);
    }

    /** {@link #startsHere(String, int, BitSet)} with the boundary words {@code words} (industries: 发展 too). */
    static boolean startsHere(String text, int i, BitSet known, WordIndex words) {
        if (i == 0 || !Lexicon.isNameChar(text.charAt(i - 1))) {
            return true;
        }
        if (Character.isDigit(text.charAt(i - 1))) {
            return false;
        }
        String w = words.longestEndingAt(text, i, Math.max(0, i - 4));
        if (w == null) {
            w = Lexicon.LEADING_ONLY.longestEndingAt(text, i, Math.max(0, i - 2));
        }
        return w != null && !isKnown(known, i - w.length(), i);
    }

    /** The words that label a plan's items by number (项目1, 任务2, 专题3). */
    private static final java.util.Set<String> ITEM_WORDS = java.util.Set.of("项目", "任务", "专题", "举措", "措施", "行动");

    /** Whether an item's label (项目1, 任务12) ends at {@code e}: its word, then its number. */
    private static boolean endsItemLabel(String text, int e) {
        int d = e;
        while (d > 0 && e - d < 3 && text.charAt(d - 1) >= '0' && text.charAt(d - 1) <= '9') {
            d--;
        }
        return d < e && d >= 2 && ITEM_WORDS.contains(text.substring(d - 2, d));
    }

    /** The counters of an ordinal item label (第三条, 第六项, 第二章), and the numerals they count with. */
    private static final String ORDINAL_COUNTERS = "条项章节款";
    private static final String ORDINAL_NUMERALS = "一二三四五六七八九十百零〇两0123456789";

    /** Whether an ordinal item label (第六项, 第十二条) ends at {@code e}: a heading run into its text loses its space. */
    private static boolean endsOrdinalLabel(String text, int e) {
        if (e < 3 || ORDINAL_COUNTERS.indexOf(text.charAt(e - 1)) < 0) {
            return false;
        }
        int d = e - 1;
        while (d > 0 && e - 1 - d < 4 && ORDINAL_NUMERALS.indexOf(text.charAt(d - 1)) >= 0) {
            d--;
        }
        return d < e - 1 && d > 0 && text.charAt(d - 1) == '第';
    }

    /** Whether a date (2026年, 1月, 15日) ends at {@code e}: its number then 年, 月 or 日. */
    private static boolean endsDate(String text, int e) {
        if (e < 2 || !Character.isDigit(text.charAt(e - 2))) {
            return false;
        }
        char unit = text.charAt(e - 1);
        return unit == '年' || unit == '月' || unit == '日';
    }

    private static boolean endsWithName(String text, int chunk, int end, BitSet known) {
        Suffix s = Suffix.endingAt(text, end, chunk);
        if (s != null && s.label() == Label.Enterprise && end - s.text().length() >= 2
                && SCHOOL_ENDS.contains(text.substring(end - s.text().length() - 2, end - s.text().length()))) {
            s = null; // 某某大学机械与自动化学院: a trade word after a school's name is its discipline, no company's end
        }
        // 峄阳县与某某大学: a county, city or district before the conjunction is a place of its own
        boolean place = end - chunk >= 3 && PLACE_ENDS.indexOf(text.charAt(end - 1)) >= 0;
        return s != null && s.label() != Label.Industry || known != null && known.get(end - 1) || place;
    }

    /**
     * 恒锐新能源与椋川大学: a school's name has no proper name on both sides of a conjunction, a discipline's has one
     * at most (某某大学材料科学与工程学院, 网络通信与安全…), and one after a school's name joins its disciplines: a brand before it and a place after it are two names.
     */
    private static boolean properOnBothSides(String text, int chunk, int before, int after, int headStart) {
        int from = chunk;
        for (int e = before; e > chunk; e--) {
            String w = Lexicon.BOUNDARY.longestEndingAt(text, e, chunk);
            if (w != null) {
                from = e;
                break;
            }
        }
        String brand = text.substring(from, before);
        // 荆湾大学化学与材料工程学院: after a school's own name the conjunction joins two disciplines
        return after < headStart && !brand.contains("大学") && !brand.contains("学院")
                && Lexicon.specificChars(brand) >= 2 && Lexicon.specificChars(text.substring(after, headStart)) >= 2;
    }

    /**
     * 生物与食品工程学院, 经济与管理学院: two disciplines joined, the second ending as a discipline does, name a school of a
     * university in its own plan, where no university's name stands before it.
     */
    private static boolean disciplines(String text, int chunk, int before, int after, int headStart) {
        int from = chunk;
        for (int e = before; e > chunk; e--) {
            if (Lexicon.BOUNDARY.longestEndingAt(text, e, chunk) != null) {
                from = e;
                break;
            }
        }
        String brand = text.substring(from, before);
        return DISCIPLINES.contains(brand) && after < headStart && text.startsWith(SCHOOL, headStart)
                && DISCIPLINE_END.matcher(text.substring(after, headStart)).find();
    }

    private static final String SCHOOL = "学院";

    /** Whether the two letters after the conjunction at {@code before} open a name that also opens right before it. */
    private static boolean sameStemBothSides(String text, int chunk, int before, int after, int headStart) {
        if (after + 2 > headStart || before - chunk < 3) {
            return false;
        }
        String stem = text.substring(after, after + 2);
        if (!Lexicon.isHan(stem.charAt(0)) || !Lexicon.isHan(stem.charAt(1))) {
            return false;
        }
        for (int p = chunk; p + 2 < before; p++) {
            if (text.startsWith(stem, p) && (p == chunk || Lexicon.BOUNDARY.longestEndingAt(text, p, chunk) != null)) {
                return true;
            }
        }
        return false;
    }
    /** Disciplines a school of a university is named by, before 与 (生物与…, 材料科学与…, 经济与…). */
    private static final java.util.Set<String> DISCIPLINES = java.util.Set.of("生物", "经济", "化学", "材料", "材料科学",
            "信息", "机械", "电气", "计算机", "能源", "环境", "资源", "食品", "化工", "电子", "建筑", "交通", "海洋",
            "航空", "农业", "医学", "管理", "物理");

    /** How a discipline's name ends (…工程, …科学, 管理, 化工 …), right before the school's kind word. */
    private static final java.util.regex.Pattern DISCIPLINE_END = java.util.regex.Pattern.compile(
            "(?:工程|科学|技术|管理|化工|统计|设计|信息|医学|教育|环境|建筑|交通|物理|化学|制药|自动化|计算机|软件|通信|新闻)$");

    /** A company's legal name ends at {@code e}: 有限公司, 股份有限公司, 集团, 公司. */
    private static boolean endsCompany(String text, int e, int chunk) {
        Suffix s = Suffix.endingAt(text, e, chunk);
        return s != null && s.label() == Label.Enterprise && !s.weak() && !s.proper() && s.text().length() >= 2
                && (s.text().endsWith("公司") || s.text().equals("集团"));
    }

    private static final java.util.Set<String> SCHOOL_ENDS = java.util.Set.of("大学", "学院");

    /** Whether 内 ends at {@code e} right after a known park's name (某某软件园内, 某某高新区内). */
    private static boolean insideKnownPark(String text, int e, int chunk, BitSet known) {
        return e - 2 >= chunk && text.charAt(e - 1) == INSIDE && PARK_ENDS.contains(text.charAt(e - 2))
                && isKnown(known, e - 2, e - 1) && !isKnown(known, e - 1, e);
    }

    private static final char INSIDE = '内';
    /** The last letters of a park's kind (科技园, 高新区, 科技城, 创新港, 光谷). */
    private static final java.util.Set<Character> PARK_ENDS = java.util.Set.of('园', '区', '城', '港', '谷');

    /** Verbs that are also what a company does (城市建设投资集团, 旅游发展集团, 土地开发公司, 国有资本投资运营集团). */
    private static final java.util.Set<String> TRADE_VERBS = java.util.Set.of("建设", "发展", "开发", "运营", "服务", "管理");
    /** 知识产权运营: operating a region's patents is what a centre of the genre is named for, not a verb before it. */
    private static final String OPERATE = "运营";
    private static final String OPERATED = "知识产权";
    /** What follows such a verb inside a company's name. */
    private static final WordIndex COMPANY_TRADES = new WordIndex(java.util.List.of("投资", "工程", "银行", "集团", "控股",
            "有限公司", "股份"));

    /** What a company does with a school it names next: 转化某某大学成果, 联合某某学院. */
    private static final WordIndex VERBS_BEFORE_PARTNER = new WordIndex(java.util.List.of("转化", "联合", "依托", "对接", "合作"));

    /**
     * An adverb before 与 makes it a preposition (已与, 将与, 均与), as does a phase (首期与, 近期与): what follows is a
     * partner, no part of a name.
     */
    private static final java.util.Set<Character> ADVERBS = java.util.Set.of('已', '将', '均', '还', '正', '曾', '也', '都', '亦',
            '期');
    /**
     * Institutions that end a name before 与 (某某职业教育中心与某某公司, 我校与某某集团): a school, centre, institute or
     * hospital, a speaker's own (我校, 本院), or a kind of them (知名高校院所与某某高新区), is a party of its own.
     */
    private static final WordIndex INSTITUTION_ENDS = new WordIndex(java.util.List.of("学校", "大学", "学院", "中心",
            "研究院", "研究所", "医院", "我校", "本校", "我院", "本院", "院所", "高校", "科研机构",
            // the companies of a place as a party (支持某某开发区企业与某某大学联合…), a team, a fund
            "企业", "公司", "机构", "团队", "基金"));

    /** A phase of a body or a park built in stages (某某产业园二期和…): the first name ends there. */
    private static boolean endsWithPhase(String text, int end) {
        return end >= 2 && text.charAt(end - 1) == '期' && ORDINAL_NUMERALS.indexOf(text.charAt(end - 2)) >= 0;
    }

    /** The last characters of a county, city, district, province or prefecture's name. */
    private static final String PLACE_ENDS = "县市区省州";

    /**
     * Whether the text between the previous boundary word and a conjunction at {@code before} says
     * nothing specific (推进各地与清华大学…, 加强与无锡…): then the conjunction ends the name.
     */
    private static boolean onlyGenericBefore(String text, int chunk, int before, BitSet known) {
        for (int e = before; e > chunk; e--) {
            String w = Lexicon.BOUNDARY.longestEndingAt(text, e, chunk);
            if (w != null && !isKnown(known, e - w.length(), e)) {
                return Lexicon.specificChars(text.substring(e, before)) == 0;
            }
        }
        // 一是与X… / 企业已与X…: only an ordinal marker, a function word or generic words before the conjunction
        int lead = Lexicon.leadingLength(text, chunk, before);
        return Lexicon.specificChars(text.substring(chunk + Math.max(0, lead), before)) == 0;
    }

    private static boolean isKnown(BitSet known, int from, int to) {
        return known != null && Bits.anySet(known, from, to);
    }

    /** Drops leading digits and a measure word after them (5个区域性… → 区域性…). */
    private static int skipNumbers(String text, int s, int limit) {
        int i = s;
        while (i < limit && (Character.isDigit(text.charAt(i)) || text.charAt(i) == '-' || text.charAt(i) == '.')) {
            i++;
        }
        if (i > s && i < limit && "个家所项名座大".indexOf(text.charAt(i)) >= 0) {
            i++;
        }
        return i;
    }
}
