package dev.collabgraph.loader.entity;

import dev.collabgraph.model.Label;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names made of a specific modifier and a type suffix (江苏师范大学, 恩华药业, 徐州高新区, 新能源产业),
 * found in one left-to-right pass over the suffixes. The modifier must keep at least two characters
 * after removing level and category words, so 国家重点实验室 or 产业技术研究院 alone are never names.
 */
final class SuffixNames {
    /** Contexts that make a weak suffix (…科技, …液压) a company: joint action with another actor. */
    private static final Pattern ACTOR_AFTER = Pattern.compile(
            "(?:与|联合(?!实验室|研究|研发|创新|体|攻关)|牵头|共建|合作)");
    private static final String DASHES = "—－-";
    /**
     * 电子信息与制造业深度融合, 创新资源与产业发展: a conjunction right before the sector word joins two things, the sector
     * word alone is the second one, not a name.
     */
    private static final String JOINS = "与和及并";
    /** 产业教授, 产业工人: titles and kinds of people, not the industry named before them. */
    /** The ending of a party's word (甲方, 乙方, 双方, 各方, 地方). */
    private static final char PARTY = '方';
    /** After 产业: people of it (教授, 工人), or an office named for it standing alone (高技术产业科, 产业处). */
    private static final Pattern NOT_AN_INDUSTRY_AFTER = Pattern.compile("教授|工人|[科处司股](?!\\p{IsHan})");
    private static final Pattern UNIVERSITY_IN_NAME = Pattern.compile("(?:大学|学院)(?=[\\u4e00-\\u9fff]{2,}$)");

    private SuffixNames() {
    }

    /** The longest suffix starting at each position of {@code text}, or null: the same for both passes. */
    static String[] suffixes(String text) {
        int n = text.length();
        String[] at = new String[n];
        for (int i = 0; i < n; i++) {
            at[i] = Suffix.INDEX.longestAt(text, i, n);
        }
        return at;
    }

    static void find(Scan scan, List<Candidate> out) {
        String text = scan.text;
        int n = text.length();
        for (int i = 0; i < n; ) {
            String w = scan.suffixes[i];
            if (w == null || abbreviationOfLonger(text, w, i + w.length()) || cutsKnownName(scan, i, w.length())
                    || students(text, w, i + w.length())) {
                i++;
                continue;
            }
            Candidate c = candidate(scan, Suffix.of(w), i, i + w.length());
            if (c != null && c.label() == Label.Industry && joinedTerms(scan, c, out)) {
                i += w.length();
                continue;
            }
            if (c != null) {
                out.add(c);
                elided(scan, c, w, out);
            }
            i += w.length();
        }
    }

    /**
     * 集成电路与新型显示产业链, 新一代信息技术与先进陶瓷产业: two catalogued trades joined by 与 before one category word are
     * two industries, each named bare.
     */
    private static boolean joinedTerms(Scan scan, Candidate c, List<Candidate> out) {
        String text = scan.text;
        int and = text.indexOf('与', c.start());
        if (and < 0 || and >= c.end()) {
            return false;
        }
        Suffix head = Suffix.endingAt(text, c.end(), c.start());
        int headStart = head == null ? c.end() : c.end() - head.text().length();
        if (and <= c.start() + 1 || and >= headStart - 2) {
            return false;
        }
        String first = text.substring(c.start(), and);
        String second = text.substring(and + 1, headStart);
        if (!IndustryTerms.isTerm(first) || !IndustryTerms.isTerm(second)) {
            return false;
        }
        out.add(new Candidate(Label.Industry, c.start(), and, c.rule(), null));
        out.add(new Candidate(Label.Industry, and + 1, headStart, c.rule(), null));
        return true;
    }

    /**
     * 大学生, 学院生: the suffix opens a word for students, not a school's name; unless the 生 opens a field (某某大学
     * 生物医药中试基地, 某某学院生命科学研究院, 生态).
     */
    private static boolean students(String text, String suffix, int end) {
        return end < text.length() && text.charAt(end) == '生' && (suffix.equals("大学") || suffix.equals("学院"))
                && !(end + 1 < text.length() && FIELDS_WITH_SHENG.indexOf(text.charAt(end + 1)) >= 0);
    }

    /** The second letters of fields opening with 生 (生物, 生命, 生态): after 大学 or 学院 they are no students. */
    private static final String FIELDS_WITH_SHENG = "物" + "命" + "态";

    /** Level words that open both halves of an elided pair (国家工程机械和省特种机器人质检中心). */
    private static final List<String> LEVELS = List.of("国家", "省", "市");

    /**
     * 国家工程机械和省特种机器人质检中心: two platforms sharing one kind word; the first half, before 和/及/、, is a
     * platform of the same kind when both halves open with a level word.
     */
    private static void elided(Scan scan, Candidate c, String suffix, List<Candidate> out) {
        String text = scan.text;
        int s = c.start();
        if (c.label() != Label.Platform || s < 4 || "和及、".indexOf(text.charAt(s - 1)) < 0
                || LEVELS.stream().noneMatch(l -> text.startsWith(l, s))) {
            return;
        }
        int e = s - 1;
        int start = Boundaries.nameStart(text, Boundaries.chunkStart(text, e), e, Label.Platform, scan.covered);
        if (start >= e || LEVELS.stream().noneMatch(l -> text.startsWith(l, start))) {
            return;
        }
        String first = text.substring(start, e);
        Suffix own = Suffix.endingAt(first, first.length(), 0);
        if (first.length() <= 12 && Lexicon.specificChars(first) >= 2 && (own == null || own.weak())) {
            out.add(new Candidate(Label.Platform, start, e, "suffix:elided", first + suffix));
        }
    }

    /** 医科大 followed by 学 is the start of 医科大学, not the abbreviation 科大. */
    private static boolean abbreviationOfLonger(String text, String suffix, int end) {
        return suffix.endsWith("大") && end < text.length() && text.charAt(end) == '学';
    }

    /** A suffix that starts inside a known name and runs past its end (徐工|大型 is not …工大). */
    private static boolean cutsKnownName(Scan scan, int i, int length) {
        return i > 0 && scan.covered.get(i) && scan.covered.get(i - 1) && !scan.covered.get(i + length - 1);
    }

    static Candidate candidate(Scan scan, Suffix suffix, int headStart, int end) {
        String text = scan.text;
        int bracket = suffix.label() == Label.Enterprise ? bracketBefore(text, headStart) : 0;
        int chunk = Boundaries.chunkStart(text, headStart - bracket);
        boolean industryWord = suffix.label() == Label.Industry && !suffix.text().endsWith("业")
                || suffix.text().equals("产业") || suffix.text().equals("行业");
        int start = industryWord
                ? Boundaries.nameStart(text, chunk, headStart, true, scan.covered, Lexicon.INDUSTRY_BOUNDARY)
                : Boundaries.nameStart(text, chunk, afterSector(text, suffix, chunk, headStart), suffix.label(),
                scan.covered);
        if (suffix.label() == Label.Industry) {
            start = afterLeadingZone(scan, afterLeadingPlace(scan, start, headStart), headStart);
        } else if (suffix.label() == Label.Enterprise && bracket == 0) {
            start = bracketedPlaceCompany(scan, chunk, start);
        }
        if (suffix.label() == Label.Park || suffix.label() == Label.Platform) {
            if (kindOnly(text, start)) {
                return null;
            }
            start = afterLevel(text, start, headStart);
            start = afterOwnPlace(text, start, headStart);
        }
        boolean joinable = start == chunk && (suffix.label() == Label.Platform || suffix.label() == Label.Park);
        if (start >= headStart && !(joinable && chunk == headStart)) {
            return null;
        }
        if (joinable) {
            // 某某（珠岭）检验检测中心: the kind word may follow the bracket directly
            start = joinedStart(scan, chunk, suffix.text().startsWith(JOINT));
            if (start >= headStart) {
                return null;
            }
        }
        String modifier = text.substring(start, headStart);
        if (!acceptable(scan, suffix, modifier, start, end)) {
            return null;
        }
        if (suffix.label() == Label.Industry) {
            // 茶叶、中药材特色产业, 打造光电信息首位产业: the kind the document gives a trade closes its name, no part of
            // it; a rank (首位, 未来, 主导) anywhere, a kind (特色, 优势 …) only after a list's 、 (高原特色产业 is one trade)
            boolean listed = start > 0 && text.charAt(start - 1) == '、';
            String kind = (listed ? LIST_KINDS : RANKS).longestEndingAt(text, headStart, start + 2);
            if (kind != null && Lexicon.specificChars(text.substring(start, headStart - kind.length())) >= 2) {
                return new Candidate(suffix.label(), start, headStart - kind.length(), "suffix:" + suffix.text(), null);
            }
        }
        return new Candidate(suffix.label(), start, end, "suffix:" + suffix.text(), null);
    }

    /**
     * 推进省级青禾农业科技园区提档升级: a level (省级, 国家级) before a park's or a platform's own name ranks it and is no
     * part of the name; before a kind only (省级企业技术中心) it stays, and the name is then generic.
     */
    private static int afterLevel(String text, int start, int headStart) {
        String level = RANKED_LEVELS.longestAt(text, start, headStart);
        return level != null && Lexicon.specificChars(text.substring(start + level.length(), headStart)) >= 2
                ? start + level.length() : start;
    }

    /**
     * 西岸区西岸生物医药产业园: a place written before a park or platform whose name opens with the place's own stem says
     * where it is; the name starts after it.
     */
    private static int afterOwnPlace(String text, int start, int headStart) {
        for (int len = 2; len <= 3; len++) {
            int after = start + len + 1;
            if (after + len < headStart && PLACE_SUFFIXES.indexOf(text.charAt(start + len)) >= 0
                    && text.startsWith(text.substring(start, start + len), after)) {
                return after;
            }
        }
        return start;
    }

    private static final String PLACE_SUFFIXES = "区" + "县" + "市";

    private static final WordIndex RANKED_LEVELS = new WordIndex(List.of("国家级", "省级", "市级", "县级", "区级"));
    /** Words of a count before a kind of body (建设一批基础学科研究中心). */
    private static final List<String> BATCHES = List.of("一批", "若干");
    /** A range of levels (省级以上, 市级及以上) ranks a kind of body, not one body. */
    private static final List<String> RANGES = List.of("以上", "及以上");

    /**
     * Whether a park's or a platform's words at {@code start} name a kind, not one body: a count stands before them (建设
     * 一批基础学科研究中心) or a range of levels opens them (推动省级以上农业科技园区提档升级).
     */
    private static boolean kindOnly(String text, int start) {
        for (String batch : BATCHES) {
            if (start >= batch.length() && text.startsWith(batch, start - batch.length())) {
                return true;
            }
        }
        String level = RANKED_LEVELS.longestAt(text, start, Math.min(text.length(), start + 3));
        return level != null && RANGES.stream().anyMatch(r -> text.startsWith(r, start + level.length()))
                || BATCH_OR_PHASE.matcher(text).region(start, Math.min(text.length(), start + 6)).lookingAt();
    }

    /** 第三批省级产业技术研究院, 二期实验室, 万平方米中试孵化基地: a batch, a phase or an area opens a kind, no name. */
    private static final Pattern BATCH_OR_PHASE = Pattern.compile("第[一二三四五六七八九十\\d]{1,3}批|[一二三四五六\\d]期|万?平方米");

    /** The kinds a list of industries may be called by (A、B特色产业, A、B优势产业), before the category word. */
    private static final WordIndex LIST_KINDS = new WordIndex(List.of("特色", "优势", "主导", "支柱", "新兴", "首位", "未来"));
    /**
     * The ranks a plan gives one trade (光电信息首位产业, 量子信息未来产业, 装备制造主导产业), and the parts or stages of a trade
     * its category word is counted by (电子元器件新兴产业, 茶叶全产业链, 激光装备细分领域), or its core as statistics
     * count it (人工智能核心产业), before the category word.
     */
    private static final WordIndex RANKS = new WordIndex(List.of("首位", "未来", "主导", "新兴", "全", "细分", "核心"));

    /**
     * 科技服务业集聚区, 光电显示制造业创新中心: a park or platform named after a sector keeps the sector word whole, so a
     * boundary word inside it (服务) does not cut the name; the name's start is looked for before the sector word.
     */
    private static int afterSector(String text, Suffix suffix, int chunk, int headStart) {
        if (suffix.label() != Label.Park && suffix.label() != Label.Platform) {
            return headStart;
        }
        Suffix sector = Suffix.endingAt(text, headStart, chunk);
        return sector != null && sector.label() == Label.Industry && headStart - sector.text().length() > chunk
                ? headStart - sector.text().length() : headStart;
    }

    /**
     * 中部地区先进制造业, 徐州工程机械产业, 长江中游城市群新型储能产业: a place (known, or a broad region or a reach) before an
     * industry says where it is, and is not part of the industry's name.
     */
    private static int afterLeadingPlace(Scan scan, int start, int headStart) {
        String text = scan.text;
        if (headStart - start >= 3 && LEVEL_ADJECTIVES.indexOf(text.charAt(start)) >= 0
                && NOT_AFTER_LEVEL.indexOf(text.charAt(start + 1)) < 0 && (start == 0
                || !Lexicon.isHan(text.charAt(start - 1)) || Lexicon.BOUNDARY.longestEndingAt(text, start, 0) != null)) {
            return start + 1; // 县锂电新能源产业链, 市集成电路产业: the level's own trade, the level no part of the name
        }
        KnownNames.Hit place = scan.known.at(text, start, headStart);
        if (place != null && place.label() == Label.Region && headStart - start - place.surface().length() >= 2) {
            return start + place.surface().length();
        }
        // only a reach word within eight characters counts: a search of the rest of the text made long documents quadratic
        Matcher reach = REACH.matcher(scan.text).region(start, Math.min(headStart, start + REACH_WINDOW));
        int after = start;
        while (reach.find()) {
            if (reach.end() + 2 <= headStart) {
                after = reach.end();
            }
        }
        return after;
    }

    /**
     * The words of a broad region or of a reach before an industry (中部地区, 长江中游城市群, 大湾区, 西部, 本地): where
     * the industry is, no part of its name.
     */
    private static final Pattern REACH = Pattern.compile("地区|城市群|经济圈|大湾区|中游|西部|东部|中部|本地");
    /** A level written before a trade as its owner (县锂电新能源产业链): 县 or 市 alone. */
    private static final String LEVEL_ADJECTIVES = "县" + "市";
    /** Letters that make 县 or 市 a word's first (县域, 市场, 市政, 市级 …), not a level before a trade. */
    private static final String NOT_AFTER_LEVEL = "域" + "场" + "政" + "级" + "区" + "城" + "直" + "属" + "内" + "外" + "民" + "长" + "委";
    private static final int REACH_WINDOW = 8;

    /**
     * 开发区生物医药产业, 某某高新区电子信息产业: a zone (its own name or its kind alone) before an industry says where the
     * industry is, and is no part of its name; the industry starts after the last zone word that leaves it two letters.
     */
    private static int afterLeadingZone(Scan scan, int start, int headStart) {
        int after = start;
        // (from a little before the start: a boundary word may have cut the zone word, 开发|区)
        for (int p = Math.max(0, start - ZONE_REACH); p < headStart; p++) {
            String w = scan.suffixes[p];
            if (w != null && p + w.length() > start && p + w.length() + 2 <= headStart && isZoneWord(w)) {
                after = p + w.length();
            }
        }
        return after;
    }

    /** How far before an industry's start a zone word that runs into it may begin (开发区 cut after 开发). */
    private static final int ZONE_REACH = 2;

    /** A park's suffix that names a zone or a campus (…开发区, …园区, …科技城), not a base or a town. */
    private static boolean isZoneWord(String suffix) {
        char last = suffix.charAt(suffix.length() - 1);
        return Suffix.of(suffix).label() == Label.Park && (last == '区' || last == '园' || last == '城');
    }

    /** The kinds a partnership names (联合实验室, 联合研究院, 联合研发中心). */
    private static final String JOINT = "联合";
    /** A partner's short name before the dash of a joint platform's name. */
    private static final int MAX_PARTNER_SHORT_NAME = 6;

    /**
     * 某某大学—某某联合研究院, 某某大学（东区）某某研究院: a platform or park name that goes on after a dash or a
     * bracketed campus word starts with the organisation before it; else {@code chunk}.
     */
    private static int joinedStart(Scan scan, int chunk, boolean joint) {
        String text = scan.text;
        int end = chunk;
        char c = chunk > 0 ? text.charAt(chunk - 1) : ' ';
        if (DASHES.indexOf(c) >= 0) {
            end = chunk - 1;
            while (end > 0 && DASHES.indexOf(text.charAt(end - 1)) >= 0) {
                end--;
            }
        } else if (c == '）') {
            int open = text.lastIndexOf('（', chunk - 2);
            if (open < 0 || chunk - open > 8 || text.substring(open + 1, chunk - 1).chars().anyMatch(ch -> !Lexicon.isHan((char) ch))) {
                return chunk;
            }
            end = open;
            int brand = bracketedPlaceBrand(scan, open, chunk - 1);
            if (brand >= 0) {
                return brand;
            }
        } else {
            return chunk;
        }
        if (end < 2 || !Lexicon.isNameChar(text.charAt(end - 1))) {
            return chunk;
        }
        Suffix s = Suffix.endingAt(text, end, Math.max(0, end - 12));
        boolean organisation = s != null && !s.weak() && s.label() != Label.Industry && s.label() != Label.Park
                || c != '）' && scan.covered.get(end - 1);
        if (!organisation && joint && c != '）') {
            // 甲方—乙方联合实验室: a joint lab named by its partners' short names (南铝—邕大…), neither one known
            int prevChunk = Boundaries.chunkStart(text, end);
            int start = Boundaries.nameStart(text, prevChunk, end, Label.Platform, scan.covered);
            start += Lexicon.leadingLength(text, start, end);
            return end - start >= 2 && end - start <= MAX_PARTNER_SHORT_NAME
                    && text.substring(start, end).chars().allMatch(ch -> Lexicon.isHan((char) ch)) ? start : chunk;
        }
        if (!organisation || c == '）' && (s == null || s.label() != Label.University)) {
            return chunk;
        }
        int prevChunk = Boundaries.chunkStart(text, end);
        int start = Boundaries.nameStart(text, prevChunk, end - (s == null ? 0 : s.text().length()), Label.University,
                scan.covered);
        return start < end ? start : chunk;
    }

    /**
     * 中国（岱川）知识产权保护中心, 秦创原（岐原）创新促进中心, 中原（桐阳）技术转移中心: a brand or a wider region, then the
     * place of this branch in brackets, then the kind. Returns the brand's start, or -1. The bracket holds a place
     * (known, or a plain two- to four-character stem) and the brand is a short specific chunk of its own.
     */
    private static int bracketedPlaceBrand(Scan scan, int open, int close) {
        String text = scan.text;
        int inner = close - open - 1;
        if (inner < 2 || inner > 4 || !(scan.isPlace(text.substring(open + 1, close))
                || RegionNames.plainStem(text, open + 1, close))) {
            return -1;
        }
        int prevChunk = Boundaries.chunkStart(text, open);
        int start = Boundaries.nameStart(text, prevChunk, open, Label.Platform, scan.covered);
        start += Lexicon.leadingLength(text, start, open);
        String brand = text.substring(start, open);
        if (brand.length() < 2 || brand.length() > 6 || Lexicon.specificChars(brand) < 2
                || brand.chars().anyMatch(ch -> !Lexicon.isHan((char) ch))) {
            return -1;
        }
        // (a zone's outpost elsewhere is named after the zone: 某某经开区（深圳）科创飞地)
        Suffix s = Suffix.endingAt(text, open, start);
        return s != null && s.label() != Label.Region && s.label() != Label.Park ? -1 : start;
    }

    private static final String SUBSIDIARY = "子公司";

    /** 绘制某某区产业地图: a modifier ending with a district or county names whose industries, not which. */
    private static final String PLACE_ENDS = "区县";

    /**
     * 凯达（梧岭）传感技术有限公司, 科思创（上海）投资有限公司: a company's legal name may put its branch's place in
     * brackets between the brand and the trade; the name then starts at the brand. Else {@code start}.
     */
    private static int bracketedPlaceCompany(Scan scan, int chunk, int start) {
        String text = scan.text;
        if (start != chunk || chunk < 2 || text.charAt(chunk - 1) != '）') {
            return start;
        }
        int open = text.lastIndexOf('（', chunk - 2);
        if (open < 0 || chunk - open > 7) {
            return start;
        }
        int brand = bracketedPlaceBrand(scan, open, chunk - 1);
        return brand >= 0 ? brand : start;
    }

    /** Length of a bracketed word right before a company suffix (河南洛阳石化（集团）有限公司), else 0. */
    private static int bracketBefore(String text, int headStart) {
        if (headStart < 4 || text.charAt(headStart - 1) != '）') {
            return 0;
        }
        for (int i = headStart - 2; i >= Math.max(0, headStart - 6); i--) {
            char c = text.charAt(i);
            if (c == '（') {
                return i < headStart - 3 && i > 0 && Lexicon.isHan(text.charAt(i - 1)) ? headStart - i : 0;
            }
            if (!Lexicon.isHan(c)) {
                return 0;
            }
        }
        return 0;
    }

    /** A modifier ending in a count of bodies (两个, 3家, 五所) before the suffix. */
    private static final Pattern COUNTED_KIND = Pattern.compile("(?:[一二三四五六七八九十两百千]+|\\d+)[个家所座]$");

    /** Whether a count of bodies stands before only a kind's words at the modifier's end (两个专业, 3家省级). */
    private static boolean countBeforeKindWords(String modifier) {
        for (int k = modifier.length() - 2; k >= Math.max(1, modifier.length() - MAX_KIND_WORDS - 1); k--) {
            if (COUNT_WORDS.indexOf(modifier.charAt(k)) >= 0) {
                String after = modifier.substring(k + 1);
                return Lexicon.specificChars(after) == 0 && COUNTED_KIND.matcher(modifier.substring(0, k + 1)).find();
            }
        }
        return false;
    }

    /** How many letters of a kind's words (专业, 重点, 省级重点) may stand between a count and the kind word. */
    private static final int MAX_KIND_WORDS = 4;

    private static final String CENTRAL_BANK = "人民银行";
    private static final String DEVELOP = "发展";
    /** The words for a whole place (全市 …) or year (全年): no body's name opens with them. */
    private static final WordIndex WHOLE_PLACE = new WordIndex(List.of("全市", "全省", "全区", "全县", "全国", "全旗", "全年", "今年"));
    private static final String BANK = "银行";
    private static final java.util.Set<String> BRANCHES = java.util.Set.of("分行", "支行");

    private static final String BASE = "基地";
    /** At most this many characters between a park's name and 基地 say what a base in the park is for (科普, 实训). */
    private static final int MAX_FACILITY_WORD = 4;

    /** Whether {@code modifier} ends with a park's name (…产业园, …高新区) and a short word after it. */
    private static boolean facilityOfPark(String modifier) {
        for (int k = modifier.length() - 1; k >= Math.max(2, modifier.length() - MAX_FACILITY_WORD); k--) {
            Suffix inner = Suffix.endingAt(modifier, k, 0);
            if (inner != null && inner.label() == Label.Park && !inner.proper() && k - inner.text().length() >= 2) {
                return true;
            }
        }
        return false;
    }

    private static boolean acceptable(Scan scan, Suffix suffix, String modifier, int start, int end) {
        String text = scan.text;
        if (!Lexicon.isNameChar(modifier.charAt(0)) || Character.isDigit(modifier.charAt(0))) {
            return false;
        }
        // 5．发展大学科技园。: the verb before a kind alone names nothing (发展 is no boundary word, for it is a letter of
        // 发展改革委 and 城市发展集团, but alone before a suffix it is no body's own name)
        if (suffix.label() != Label.Enterprise && modifier.equals(DEVELOP)) {
            return false;
        }
        // 建设全市产学研协同创新示范区, 全省大学科技园: the whole place's word before a kind speaks of every body of that
        // kind there (or of one yet to be named), not of one body; the year's (全年经开区研发经费…) of what a figure is for
        if (suffix.label() != Label.Industry && WHOLE_PLACE.longestAt(modifier, 0, modifier.length()) != null) {
            return false;
        }
        boolean proper = scan.properStart(start, start + modifier.length()) || bracketedPlace(modifier)
                || INCUBATORS.contains(suffix.text()) && brandFirst(modifier)
                || suffix.label() == Label.Platform && namedIndustryDomain(scan, modifier)
                || builtNamedByField(text, suffix, modifier, start);
        if (Lexicon.specificChars(modifier) < 2 && (!proper || suffix.label() == Label.Industry)
                && !Sectors.qualified(suffix, modifier) && !newBrand(suffix, modifier)
                && !genericSibling(scan, suffix, modifier, start) && !listedOneCharTrade(text, suffix, modifier, start)) {
            return false;
        }
        // 建设某某产业园科普基地: a base named after a park it stands in (a park's name, then a short word for what the
        // base is for) is a facility of that park, no park of its own; the park is the place
        if (suffix.label() == Label.Park && suffix.text().equals(BASE) && facilityOfPark(modifier)) {
            return false;
        }
        // 新建机器人、焊接工艺两个研发中心: a count right before the suffix counts bodies of a kind, it names none
        if (suffix.label() != Label.Industry && endsWithCountWord(modifier) && COUNTED_KIND.matcher(modifier).find()) {
            return false;
        }
        // 下设A、B两个专业研究所: a count with only a kind's words after it (专业, 重点, 省级) counts bodies too
        if (suffix.label() != Label.Industry && countBeforeKindWords(modifier)) {
            return false;
        }
        // 其控股子公司, 全资子公司: the kind of a company, whose own name follows
        if (suffix.label() == Label.Enterprise && text.startsWith(SUBSIDIARY, end - SUBSIDIARY.length())) {
            return false;
        }
        // 人民银行某市分行: the central bank's branches are state organs, named among the units, not companies
        if (suffix.label() == Label.Enterprise && (modifier + suffix.text()).contains(CENTRAL_BANK)) {
            return false;
        }
        // 某银行某市分行: a branch is named after its bank
        if (BRANCHES.contains(suffix.text()) && !modifier.contains(BANK)) {
            return false;
        }
        if (suffix.text().equals("校区")) {
            return UNIVERSITY_IN_NAME.matcher(modifier).find();
        }
        if (suffix.text().endsWith("大") && suffix.label() == Label.University && modifier.length() > 4) {
            return false;
        }
        if (suffix.label() == Label.Industry) {
            // (甲方产业, 双方产业, 地方产业: a party's or a place's trades, no trade's name)
            return modifier.length() <= 12 && !scan.isPlace(modifier) && !proper
                    && !(modifier.length() == 2 && modifier.charAt(1) == PARTY)
                    && JOINS.indexOf(modifier.charAt(modifier.length() - 1)) < 0
                    && PLACE_ENDS.indexOf(modifier.charAt(modifier.length() - 1)) < 0
                    && !Lexicon.matchesAt(NOT_AN_INDUSTRY_AFTER.matcher(text), text, end)
                    && (end >= text.length() || text.charAt(end) != '化')
                    && !Lexicon.endsWithCountedCategory(modifier) && !Lexicon.countAfterName(modifier)
                    && !Enumerations.organisationKind(modifier)
                    && !IndustryTerms.concatenation(modifier);
        }
        if (suffix.proper() && (!proper && !listed(scan, suffix, start, end)
                || provincialCategory(scan, suffix, modifier, start))) {
            return false;
        }
        return !suffix.weak() || weakContextHolds(text, end);
    }

    /**
     * 新城区金融集聚区、云龙金融超市、凤凰湾基金小镇: a park or platform that is a whole item of a 、 list stands as a
     * name among names, even when its brand is no known place.
     */
    private static boolean listed(Scan scan, Suffix suffix, int start, int end) {
        String text = scan.text;
        if (suffix.label() != Label.Park && suffix.label() != Label.Platform) {
            return false;
        }
        boolean before = start > 0 && text.charAt(start - 1) == '、';
        boolean after = end < text.length() && text.charAt(end) == '、';
        return (before || after && Boundaries.startsHere(text, start, scan.covered))
                && brandFirst(text.substring(start, end - suffix.text().length()));
    }

    /**
     * 新盛公司, 新田集团: a two-character brand opening with 新 before a legal suffix, where 新 is a letter of the
     * brand rather than the adjective (as in place names, {@link RegionNames#placeChars}).
     */
    private static boolean newBrand(Suffix suffix, String modifier) {
        return suffix.label() == Label.Enterprise && !suffix.weak() && modifier.length() == 2
                && RegionNames.placeChars(modifier) == 2;
    }

    /** Level words that make a generic modifier a designation (省级…中心, 国家…联盟), not one organisation's name. */
    private static final List<String> LEVEL_STARTS = List.of("国家", "省", "市", "县", "区");
    private static final int MIN_SIBLING_MODIFIER = 4;

    /**
     * 中美技术转移中心、国际大学创新联盟等平台, 凤凰湾基金小镇、现代金融创新谷: an item of a 、 list right after a named
     * platform or park of the same kind is a name too, even when its modifier is made of common words; only a
     * modifier of four characters or more that does not open with a level word (省级…, 国家…) counts, so lists of
     * designations (省级重点实验室、工程技术研究中心) stay kinds.
     */
    private static boolean genericSibling(Scan scan, Suffix suffix, String modifier, int start) {
        String text = scan.text;
        if (suffix.label() != Label.Park && suffix.label() != Label.Platform || start < 2
                || text.charAt(start - 1) != '、' || modifier.length() < MIN_SIBLING_MODIFIER
                || LEVEL_STARTS.stream().anyMatch(modifier::startsWith) || Enumerations.organisationKind(modifier)
                || modifier.contains(ENTERPRISE)) {
            return false;
        }
        int end = start - 1;
        Suffix before = Suffix.endingAt(text, end, Math.max(0, end - 12));
        if (before == null || before.label() != suffix.label()) {
            return false;
        }
        int head = end - before.text().length();
        int from = Boundaries.nameStart(text, Boundaries.chunkStart(text, head), head, suffix.label(), scan.covered);
        return from < head && Lexicon.specificChars(text.substring(from, head)) >= 2;
    }

    private static final String ENTERPRISE = "企业";

    /**
     * 绿色建材、茶产业, 花卉产业和竹产业: a trade of one character listed after others is named with its category word (茶产业, 竹产业);
     * one character alone would name nothing.
     */
    private static boolean listedOneCharTrade(String text, Suffix suffix, String modifier, int start) {
        return suffix.label() == Label.Industry && suffix.text().equals(TRADE) && modifier.length() == 1 && start > 0
                && "、和及".indexOf(text.charAt(start - 1)) >= 0 && Lexicon.specificChars(modifier) == 1;
    }

    private static final String TRADE = "产业";

    /** What building a body is written with right before its name (牵头组建, 共建, 建设, 搭建). */
    private static final List<String> FORMED = List.of("组建", "共建", "成立", "建设", "搭建", "打造");
    /**
     * Bodies the genre names by the field they serve alone: a consortium (创新联合体), a platform for one stage of
     * bringing a result to market (中试平台, 验证平台, 转化平台) and a base for training in one trade (焊接实训基地). Service platforms and centres in general
     * (公共服务平台, 服务中心) are not: built with a field before them they are as often a kind as a name.
     */
    private static final List<String> NAMED_BY_FIELD = List.of("联合体", "中试平台", "验证平台", "转化平台", "实训基地",
            "实训中心");

    /**
     * 联合某某大学组建先进钢铁材料创新联合体, 建设药物制剂中试平台: such a body built in the sentence is one body named by
     * its field, although no place or organisation opens its name (a field of two specific characters at least:
     * 组建产业创新联合体 names none).
     */
    private static boolean builtNamedByField(String text, Suffix suffix, String modifier, int start) {
        if (!endsWithAny(suffix.text(), NAMED_BY_FIELD) || Lexicon.specificChars(modifier) < 2) {
            return false;
        }
        for (String verb : FORMED) {
            if (text.startsWith(verb, start - verb.length())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code s} ends with a measure word of {@link #COUNTED_KIND} (个家所座), or with a line end, before which
     * its {@code $} matches too: only then is the pattern tried (this is asked of every suffix candidate).
     */
    private static boolean endsWithCountWord(String s) {
        if (s.isEmpty()) {
            return false;
        }
        char last = s.charAt(s.length() - 1);
        return COUNT_WORDS.indexOf(last) >= 0 || last == '\n' || last == '\r' || last == '\u0085' || last == '\u2028'
                || last == '\u2029';
    }

    /** One character each, as in the pattern's class (a run of them is no word of the genre). */
    private static final String COUNT_WORDS = "个" + "家" + "所" + "座";

    /** Whether {@code s} ends with one of {@code endings} (a loop: this is asked of every suffix candidate). */
    private static boolean endsWithAny(String s, List<String> endings) {
        for (int k = 0; k < endings.size(); k++) {
            if (s.endsWith(endings.get(k))) {
                return true;
            }
        }
        return false;
    }

    /**
     * 智能装备公共技术服务平台, 生物医药公共服务平台: a service platform named after an industry the document names is one
     * platform, although no place or organisation opens its name.
     */
    private static boolean namedIndustryDomain(Scan scan, String modifier) {
        if (scan.industries.isEmpty()) {
            return false; // the first pass knows no industries yet: no prefix can be one
        }
        for (int end = modifier.length(); end >= 2; end--) {
            if (scan.industries.contains(modifier.substring(0, end))) {
                return Lexicon.specificChars(modifier.substring(end)) == 0;
            }
        }
        return false;
    }

    /** A place in brackets inside the modifier (中国（岱川）…): the name of one branch, specific by itself. */
    private static boolean bracketedPlace(String modifier) {
        int open = modifier.indexOf('（');
        return open >= 2 && modifier.indexOf('）', open) > open + 2;
    }

    /** Incubation spaces are named by a brand of their own (凤巢众创空间, 北湖科技企业孵化器), not only by a place. */
    private static final java.util.Set<String> INCUBATORS = java.util.Set.of("众创空间", "创客空间", "孵化器", "加速器", "孵化基地", "创业基地");
    private static final int MAX_INCUBATOR_MODIFIER = 8;

    /** A modifier opening with two specific characters, the brand (凤巢…, 北湖科技企业…), not a sector (农业科技…). */
    private static boolean brandFirst(String modifier) {
        return modifier.length() <= MAX_INCUBATOR_MODIFIER && modifier.length() >= 2
                && Lexicon.isHan(modifier.charAt(0)) && Lexicon.isHan(modifier.charAt(1))
                && RegionNames.placeChars(modifier.substring(0, 2)) == 2
                && Lexicon.GENERIC.longestAt(modifier, 1, modifier.length()) == null
                && Suffix.endingAt(modifier, 2, 0) == null;
    }

    /**
     * 江苏省特色小镇: a province and category words before a park kind name a designation that many places
     * hold, not one park (徐州金融集聚区, after a city, is one).
     */
    private static boolean provincialCategory(Scan scan, Suffix suffix, String modifier, int start) {
        KnownNames.Hit place = scan.known.at(scan.text, start, start + modifier.length());
        return suffix.label() == Label.Park && place != null && place.label() == Label.Region
                && place.surface().endsWith("省") && Lexicon.specificChars(modifier.substring(place.surface().length())) < 2;
    }

    private static boolean weakContextHolds(String text, int end) {
        Matcher m = ACTOR_AFTER.matcher(text);
        // 加强与港澳科技合作, 深化校地科技合作: 科技合作 is cooperation in science, not a company 某某科技 cooperating
        return Lexicon.matchesAt(m, text, end)
                && !(text.startsWith(COOPERATION, end) && text.startsWith(SCIENCE, end - SCIENCE.length()));
    }

    private static final String COOPERATION = "合作";
    private static final String SCIENCE = "科技";
}
