package dev.collabgraph.loader.entity;

import dev.collabgraph.loader.text.CharPositions;
import dev.collabgraph.loader.text.StringMemo;
import dev.collabgraph.model.Label;

import java.util.List;

/**
 * Places written with an administrative suffix: a two- or three-character stem plus 省, 市, 区, 县 or
 * 经济区 (常州市, 贾汪区, 淮海经济区). Towns and streets (镇, 街道) are not regions of the graph (corpus/README.md). The stem must start at a boundary and be made of ordinary name
 * characters, which keeps out 全省, 示范市, 高新区, 华东地区 and the like.
 */
final class RegionNames {
    /** Characters that never occur in a place stem but often before a suffix-like character. */
    private static final String NOT_IN_STEM = "到全各本我该每其此这那之的了和与及对由向从将把为以于等个家年月日级型性化局厅报按经所一";
    /** Last characters of words that end in 区/市/县 without being places (园区, 城市, 强县 …). */
    private static final String NOT_BEFORE_DISTRICT = "园地城片景社辖郊开聚范业专";
    /** 设区市, 示范市: a stem ending so names a kind of city, not one; 会后市人大…, 建设期内市财政…: after a time word 市 opens an organ. */
    private static final String NOT_BEFORE_CITY = "城都超门股上强示场区兴后内";
    /**
     * Verbs of the genre whose object or subject is a city's organ (建议市政府…, 负责市科技局…, 报请县政府…): the 市 or 县
     * after them opens the organ's name, it does not end a place.
     */
    private static final java.util.Set<String> ORGAN_VERBS = java.util.Set.of("建议", "负责", "研究", "拟订", "需要", "要求",
            "协调", "指导", "督促", "会同", "报送", "统筹", "配合");
    private static final String LEADERS = "领导";

    private static final char NEW = '新';
    /** Characters that make 市/县 the start of a word (市场, 市级, 县域, 市民, 市区, 县城, 市直, 市属 …), not a place's end. */
    private static final String NOT_AFTER_CITY = "场级域民区城直属内外长";
    /** Characters that make 省 the start of a word (省级, 省内, 省外, 省份, 省略), not a province's end (泖江省科技厅). */
    private static final String NOT_AFTER_PROVINCE = "级内外份略";
    private static final String PLACE_END = "，。、；：）”》\n\t";
    private static final WordIndex FOLLOWERS = new WordIndex(List.of("等", "与", "和", "及", "的", "人民政府", "政府",
            "委员会", "党委", "管委会", "办事处", "在", "为", "是", "作为", "要", "境内", "全域", "地区",
            // a wider place after it (全市乃至全省, X市乃至Y经济带)
            "乃至"));

    private RegionNames() {
    }

    static void find(Scan scan, List<Candidate> out) {
        String text = scan.text;
        for (int i = text.indexOf("地区"); i >= 0; i = text.indexOf("地区", i + 2)) {
            broadRegion(scan, i, out);
        }
        for (String word : AREA_WORDS) {
            for (int i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + word.length())) {
                area(scan, i, i + word.length(), out);
            }
        }
        for (char first : COMPASS_FIRST.toCharArray()) {
            for (int i = text.indexOf(first, 1); i >= 0; i = text.indexOf(first, i + 1)) {
                provinceQuarter(scan, i, out);
            }
        }
        boolean banners = text.indexOf(BANNER) >= 0 && BANNER_LEVEL.matcher(text).find();
        // the suffixes (and 旗) by their positions, found once per document for both entity passes
        for (int i : CharPositions.of(text, banners ? SUFFIX_CHARS + BANNER : SUFFIX_CHARS)) {
            if (i < 2) {
                continue;
            }
            char c = text.charAt(i);
            int suffixLength;
            if (c == '区' && text.startsWith("经济", i - 2)) {
                suffixLength = 3;
            } else if (c == '省' || c == '市' || c == '区' || c == '县') {
                suffixLength = 1;
            } else if (c == BANNER && banners
                    && (i + 1 >= text.length() || NOT_AFTER_BANNER.indexOf(text.charAt(i + 1)) < 0)) {
                banner(scan, i, out);
                continue;
            } else {
                continue;
            }
            if ((c == '市' || c == '县') && text.startsWith(LEADERS, i + 1)) {
                continue; // 责任县领导, 分管市领导: officials of a level, not a place
            }
            int stemEnd = i + 1 - suffixLength;
            for (int len = 2; len <= (suffixLength == 3 ? 4 : 3); len++) {
                int s = stemEnd - len;
                if (s >= 0 && len > 2 && startsInsideKnown(scan, s, stemEnd)) {
                    break;
                }
                if (s >= 0 && goodStem(text, s, stemEnd, c, suffixLength) && startsHere(scan, s, out)
                        && (suffixLength == 3 || endsHere(text, i + 1) || afterListedPlace(scan, s, out)
                        || c == '区' && (i + 1 >= text.length() || text.charAt(i + 1) != AREA) && afterCity(scan, s, out)
                        || (c == '市' || c == '县') && len == 2 && Boundaries.startsHere(text, s, null)
                        && (i + 1 >= text.length() || NOT_AFTER_CITY.indexOf(text.charAt(i + 1)) < 0)
                        || c == '省' && len == 2 && Boundaries.startsHere(text, s, null)
                        && (i + 1 >= text.length() || NOT_AFTER_PROVINCE.indexOf(text.charAt(i + 1)) < 0))) {
                    out.add(new Candidate(Label.Region, s, i + 1, "region:suffix", null));
                    break;
                }
            }
        }
    }

    /**
     * 跃居|淮海经济区 with 淮海经济区 known: a stem longer than the shortest would swallow the word before the
     * known place.
     */
    private static boolean startsInsideKnown(Scan scan, int s, int stemEnd) {
        // the first covered character at or after s stands after s and inside the stem
        return !scan.covered.get(s) && Bits.anySet(scan.covered, s + 1, stemEnd);
    }

    /**
     * A banner (旗), the county level of Inner Mongolia, where the document speaks of that level (全旗, 旗人民政府, 旗委,
     * 旗级): its names are long (巴彦塔拉旗, 科尔沁右翼中旗), and 旗 is also a flag (旗舰, 旗帜) elsewhere.
     */
    private static final char BANNER = '旗';
    /** The one-character suffixes of a place (a set of characters, written as one: each is a rule word of its own). */
    private static final String SUFFIX_CHARS = "省" + "市" + "区" + "县";
    private static final java.util.regex.Pattern BANNER_LEVEL = java.util.regex.Pattern.compile(
            "全旗|旗人民政府|旗委|旗级|旗政府");
    private static final String NOT_AFTER_BANNER = "舰帜袍下手";
    private static final int MAX_BANNER_STEM = 6;
    private static final String LEVEL_AFTER = "报向由到在对全本该";

    /** The banner whose 旗 stands at {@code at}: a stem of plain name letters from a boundary, two to six long. */
    private static void banner(Scan scan, int at, List<Candidate> out) {
        String text = scan.text;
        int chunk = Boundaries.chunkStart(text, at);
        int s = Boundaries.nameStart(text, chunk, at, Label.Region, scan.covered);
        s += Lexicon.leadingLength(text, s, at);
        // 报旗科技局, 向旗政府: the banner's level after a verb or a preposition, no banner's name
        if (at - s < 2 || at - s > MAX_BANNER_STEM || LEVEL_AFTER.indexOf(text.charAt(at - 1)) >= 0
                || !plainStem(text, s, at) || Lexicon.specificChars(text.substring(s, at)) < 2) {
            return;
        }
        out.add(new Candidate(Label.Region, s, at + 1, "region:suffix", null));
    }

    /**
     * Words for a region made of several places (粤港澳大湾区, 长江中游城市群, 成渝地区双城经济圈, 南京都市圈, 黄河流域): the stem
     * before them names the places, so it is the region's name whatever its characters.
     */
    private static final List<String> AREA_WORDS = List.of("大湾区", "城市群", "经济圈", "都市圈", "经济带", "片区", "流域",
            // provinces' groups of cities working as one (闽东北协同发展区)
            "协同发展区");
    /**
     * 片区: the parts a county or a district is divided into (苡北片区、苡南片区) have a two-letter stem; a longer one is a
     * zone's part (某某自贸试验区某某片区), a park.
     */
    private static final String QUARTER = "片区";
    private static final int QUARTER_STEM = 2;
    private static final int MAX_AREA_STEM = 8;

    private static void area(Scan scan, int at, int end, List<Candidate> out) {
        String text = scan.text;
        int chunk = Boundaries.chunkStart(text, at);
        int s = Boundaries.nameStart(text, chunk, at, Label.Region, scan.covered);
        s += Lexicon.leadingLength(text, s, at);
        if (at - s > MAX_AREA_STEM) {
            // 融入长三角科技创新共同体和南京都市圈: a conjunction before a short stem joins it to what went before
            for (int k = at - 3; k >= at - MAX_AREA_STEM - 1 && k > s; k--) {
                char c = text.charAt(k);
                if (c == '和' || c == '与' || c == '及') {
                    s = k + 1;
                    break;
                }
            }
        }
        if (at - s < 2 || at - s > MAX_AREA_STEM || Lexicon.specificChars(text.substring(s, at)) < 2
                || text.startsWith(QUARTER, at) && at - s != QUARTER_STEM) {
            return;
        }
        for (int k = s; k < at; k++) {
            if (!Lexicon.isHan(text.charAt(k))) {
                return;
            }
        }
        out.add(new Candidate(Label.Region, s, end, "region:area", null));
    }

    /** One-character abbreviations of the provinces and municipalities, as quarters of them are named (苏北, 湘西北). */
    private static final String PROVINCE_ABBREVIATIONS = "京津冀晋蒙辽吉黑沪苏浙皖闽赣鲁豫鄂湘粤桂琼渝川蜀黔滇藏陕秦甘陇青宁";
    private static final String COMPASS_FIRST = "东西";
    private static final String COMPASS_SECOND = "南北";

    /**
     * 湘西北, 闽西南, 黔东南: a province's abbreviation and a two-point compass direction name a quarter of it. One
     * point alone is too often another word's start (川中试…, 湘中医药…), so two are asked for, and a clause
     * boundary before the abbreviation (打造湘西北…, not 江苏北部).
     */
    private static void provinceQuarter(Scan scan, int at, List<Candidate> out) {
        String text = scan.text;
        if (at + 1 >= text.length() || COMPASS_SECOND.indexOf(text.charAt(at + 1)) < 0
                || PROVINCE_ABBREVIATIONS.indexOf(text.charAt(at - 1)) < 0
                || !Boundaries.startsHere(text, at - 1, scan.covered)) {
            return;
        }
        out.add(new Candidate(Label.Region, at - 1, at + 2, "region:province-quarter", null));
    }

    /** Compass-point regions (华东地区, 中西部地区) and a known region written with 地区 (长三角地区). */
    private static final java.util.regex.Pattern COMPASS = java.util.regex.Pattern.compile("[东西南北中华]{1,3}部?");

    private static void broadRegion(Scan scan, int at, List<Candidate> out) {
        String text = scan.text;
        for (int s = Math.max(0, at - 4); s <= at - 2; s++) {
            KnownNames.Hit hit = scan.known.at(text, s, at);
            boolean known = hit != null && hit.label() == Label.Region && s + hit.surface().length() == at;
            if ((known || COMPASS.matcher(text.substring(s, at)).matches())
                    && Boundaries.startsHere(text, s, known ? null : scan.covered)) {
                out.add(new Candidate(Label.Region, s, at + 2, "region:broad", null));
                return;
            }
        }
        // 长江中游地区, 黄河下游地区: a river's reach names the quarter along it
        if (at >= 4 && REACH.matcher(text).region(at - 4, at).matches() && plainStem(text, at - 4, at - 2)
                && Boundaries.startsHere(text, at - 4, scan.covered)) {
            out.add(new Candidate(Label.Region, at - 4, at + 2, "region:broad", null));
            return;
        }
        if (at >= 3 && placeAbbreviations(text, at - 3, at) && Boundaries.startsHere(text, at - 3, scan.covered)) {
            out.add(new Candidate(Label.Region, at - 3, at + 2, "region:broad", null));
            return;
        }
        // 鲁南地区, 苏北地区: a province's abbreviation and one compass point before 地区 name a quarter of it
        if (at >= 2 && PROVINCE_ABBREVIATIONS.indexOf(text.charAt(at - 2)) >= 0 && COMPASS_POINTS.indexOf(text.charAt(at - 1)) >= 0
                && Boundaries.startsHere(text, at - 2, scan.covered)) {
            out.add(new Candidate(Label.Region, at - 2, at + 2, "region:broad", null));
        }
    }

    private static final String COMPASS_POINTS = "东西南北中";
    private static final java.util.regex.Pattern REACH = java.util.regex.Pattern.compile("\\p{IsHan}{2}[上中下]游");

    /**
     * 京津冀地区, 长株潭地区: three characters, each one place's abbreviation, before 地区 (two-character stems are
     * mostly descriptions: 薄弱地区, 富集地区); 欠发达地区 describes.
     */
    private static boolean placeAbbreviations(String text, int s, int at) {
        return at - s == 3 && plainStem(text, s, at) && Lexicon.specificChars(text.substring(s, at)) == 3
                && !text.startsWith(DEVELOPED, s + 1);
    }

    private static final String DEVELOPED = "发达";

    /** Han characters only, none of them function words, no generic or boundary word inside. */
    static boolean plainStem(String text, int s, int e) {
        if (e <= s) {
            return false; // an empty list item (新沂、、鼓楼) names nothing
        }
        for (int k = s; k < e; k++) {
            char c = text.charAt(k);
            if (!Lexicon.isHan(c) || NOT_IN_STEM.indexOf(c) >= 0) {
                return false;
            }
        }
        String stem = text.substring(s, e);
        Boolean plain = PLAIN_STEMS.get(stem);
        if (plain == null) {
            plain = placeChars(stem) == stem.length() && !containsBoundaryWord(stem)
                    && Lexicon.LEADING_ONLY.longestAt(stem, 0, stem.length()) == null;
            PLAIN_STEMS.put(stem, plain);
        }
        return plain;
    }

    /**
     * Whether recent stems of Han characters are plain: every 省市区县 tries the few characters before it, in both
     * passes, and the same stems recur.
     */
    private static final StringMemo<Boolean> PLAIN_STEMS = new StringMemo<>(1 << 12);

    /**
     * {@link Lexicon#specificChars} of a place stem, where a leading 新 counts: places are often named 新X
     * (新沂, 新港, 新都), and a lone 新 before a generic word is caught by the generic word itself.
     */
    static int placeChars(String stem) {
        return stem.charAt(0) == NEW ? 1 + Lexicon.specificChars(stem.substring(1)) : Lexicon.specificChars(stem);
    }

    private static boolean goodStem(String text, int s, int e, char suffix, int suffixLength) {
        if (!plainStem(text, s, e) || e - s == 2 && NUMERALS.indexOf(text.charAt(s)) >= 0
                && COUNTED_PEOPLE.indexOf(text.charAt(s + 1)) >= 0) {
            return false; // 一名市领导, 两位市领导: a count of people before 市, not a city
        }
        if (e - s == 2 && ORGAN_VERBS.contains(text.substring(s, e))) {
            return false;
        }
        char last = text.charAt(e - 1);
        if (e - s == 2 && last == '委' && LEVELS.indexOf(text.charAt(s)) >= 0) {
            return false; // 县委县政府, 市委市政府: the level's party committee before its government, no place
        }
        if (suffixLength == 1 && last == '两') {
            return false; // 宁波、舟山两市, 报送两市发改委: a count of the places listed before, no place of its own
        }
        if (suffixLength == 1 && suffix == '区' && NOT_BEFORE_DISTRICT.indexOf(last) >= 0
                && !ownTownDistrict(text, s, e)) {
            return false;
        }
        if (suffixLength == 1 && SLOGAN_VERBS.indexOf(last) >= 0 && (suffix != '区' || last == STRONG)) {
            return false; // 科教兴省, 科创强县: a slogan's goal for a level, no place
        }
        if (suffixLength == 1 && e + 2 < text.length() && text.charAt(e + 1) == '、'
                && LEVELS.indexOf(text.charAt(e + 2)) >= 0) {
            return false; // 选认省、市、县三级…: the levels of government listed, no place
        }
        return suffix != '市' || NOT_BEFORE_CITY.indexOf(last) < 0;
    }

    /**
     * 蓥城区, 鹿城区: a district named by one letter of its own and 城 (its old town), not an urban area of a kind (主城区,
     * 老城区, 中心城区).
     */
    private static boolean ownTownDistrict(String text, int s, int e) {
        return e - s == 2 && text.charAt(e - 1) == TOWN && TOWN_KINDS.indexOf(text.charAt(s)) < 0
                && Lexicon.specificChars(text.substring(s, s + 1)) == 1;
    }

    private static final char TOWN = '城';
    /** The first letters of an urban area's kind before 城区 (主城区, 老城区, 新城区, 中心城区, 全城区, 县城区 …). */
    private static final String TOWN_KINDS = "主" + "老" + "新" + "心" + "全" + "市" + "县" + "内" + "外" + "各" + "本" + "该"
            + "城" + "东" + "西" + "南" + "北" + "中" + "大" + "小";

    /** 强 before 区 is a slogan too (科创强区); 兴 there may be a place's letter (大兴区). */
    private static final char STRONG = '强';
    /** 兴 and 强 before 省, 市 or 县: a slogan (科教兴省, 人才强市, 工业强县), not a place's name. */
    private static final String SLOGAN_VERBS = "兴强";
    /** The levels of government, listed one after another (省、市、县). */
    private static final String LEVELS = "省市县区";

    /** Measure words for people (一名, 两位): with a numeral they count officials, they do not name a place. */
    private static final String COUNTED_PEOPLE = "名位";
    private static final String NUMERALS = "一二三四五六七八九十两";

    private static boolean containsBoundaryWord(String stem) {
        for (int e = stem.length(); e > 0; e--) {
            if (Lexicon.BOUNDARY.longestEndingAt(stem, e, 0) != null) {
                return true;
            }
        }
        return false;
    }

    /**
     * A place name ends at punctuation (经济区 is never a word's end by chance, so it needs no such end), a function word, or a word for its government (常州市人民政府);
     * 获得市专利…, 赋予省级…, 主体区智慧… are not places.
     */
    private static boolean endsHere(String text, int end) {
        return end >= text.length() || PLACE_END.indexOf(text.charAt(end)) >= 0
                || FOLLOWERS.longestAt(text, end, text.length()) != null || yearAt(text, end);
    }

    /** A year right after a place opens what the place does in it: 棠溪区2026年重点任务, 某某市2025年工作要点. */
    private static boolean yearAt(String text, int at) {
        if (at + 5 > text.length() || text.charAt(at + 4) != '年') {
            return false;
        }
        for (int i = at; i < at + 4; i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return text.charAt(at) == '2' || text.charAt(at) == '1';
    }

    /**
     * 福建省、闽岚市科技创新大会, 凤栖区、周原区、麟山县错位发展: the last item of a list of places needs no word after
     * it to be a place.
     */
    private static boolean afterListedPlace(Scan scan, int s, List<Candidate> out) {
        if (s < 3 || scan.text.charAt(s - 1) != '、') {
            return false;
        }
        Candidate last = out.isEmpty() ? null : out.get(out.size() - 1);
        if (last != null && last.label() == Label.Region && last.end() == s - 1) {
            return true;
        }
        for (int len = 2; len <= 4 && s - 1 - len >= 0; len++) {
            KnownNames.Hit hit = scan.known.at(scan.text, s - 1 - len, s - 1);
            if (hit != null && hit.label() == Label.Region && hit.surface().length() == len) {
                return true;
            }
        }
        return false;
    }

    /**
     * 在深圳市南山区设立, 上海市闵行区: a district right after the name of its city is written with it, whatever follows
     * (the city found just before, or known).
     */
    private static boolean afterCity(Scan scan, int s, List<Candidate> out) {
        if (s < 3 || scan.text.charAt(s - 1) != '市') {
            return false;
        }
        Candidate last = out.isEmpty() ? null : out.get(out.size() - 1);
        if (last != null && last.label() == Label.Region && last.end() == s) {
            return true;
        }
        for (int len = 2; len <= 4 && s - 1 - len >= 0; len++) {
            KnownNames.Hit hit = scan.known.at(scan.text, s - 1 - len, s);
            if (hit != null && hit.label() == Label.Region && hit.surface().length() >= len) {
                return true;
            }
        }
        return false;
    }

    /** 区 before 域 is a word of its own (某某市行政区域内): no district ends there. */
    private static final char AREA = '域';

    /** After a boundary, or right after another place (常州市武进区). */
    private static boolean startsHere(Scan scan, int s, List<Candidate> out) {
        if (Boundaries.startsHere(scan.text, s, scan.covered)) {
            return true;
        }
        return !out.isEmpty() && out.get(out.size() - 1).end() == s && out.get(out.size() - 1).label() == Label.Region;
    }
}
