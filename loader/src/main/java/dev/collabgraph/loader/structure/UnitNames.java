package dev.collabgraph.loader.structure;

import dev.collabgraph.loader.text.StringMemo;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Canonical names of responsible units, shared by the structure stage, the entity stage and the writer.
 * City departments are written with or without the city (徐州市科技局, 市科技局, 科技局): all become 科技局.
 * Party and government organs (市委…, 市政府…) keep their 市, and districts, counties and parks
 * (泉山区, 各县（市）区, 徐州高新区) stay as printed.
 */
public final class UnitNames {
    /** After a leading 市 these start an organ's own name, so the 市 belongs to it (场: the word 市场). */
    private static final Pattern KEEPS_CITY_MARK = Pattern.compile("^(?:委|政府|人民政府|人大|政协|级|区|县|直|属|各|场)");
    private static final Pattern TRAILING_ETC = Pattern.compile("(?:等(?:单位|部门)?|[*＊★☆※#＃]+)$");
    private static final Pattern BLANKS = Pattern.compile("\\s+");
    /** A bureau's section (成果转化科). */
    private static final String SECTION = "科";
    /** A county bureau's section: 高新技术股 (its offices are 股室). */
    private static final String COUNTY_SECTION = "股";
    /** Endings of unit names, longest first, so 管委会 wins over 会. */
    private static final List<String> SUFFIXES = List.of("管委会", "办公室", "办公厅", "委员会", "集团", "银行", "分局", "中心",
            "公司", "政府", "局", "委", "办", "厅", "院", "部", "会", "所", "站", "行", "府", "区", "县", "队", "室",
            "处", "团", "社", "馆", "台", "校", "园", "城", "街道", "镇", "乡", "科", "股", "大学");

    /**
     * Endings of an organ's name: what a bracket of names without roles must show for every item. A bureau's own
     * sections (成果转化科, a county's 高新技术股) are organs too, a name of three characters at least (not
     * 本科, not 控股), and so are its institutes and offices (市科技情报研究所, 市环境监测所; not 场所).
     */
    private static final Pattern ORGAN = Pattern.compile(
            "(?:局|委|办|厅|政府|管委会|部门|单位|部|院|中心|行|处|室|会|协|联|\\p{IsHan}{2}科|\\p{IsHan}{2}(?<![控持入参配])股"
            + "|\\p{IsHan}{2}(?:研究|事务|监测|测试|检测|检验|设计|服务)所)$");
    /**
     * The last characters of {@link #ORGAN}'s endings: no other name can match it, and a bracket after one glosses
     * the name (报市政府办公室（市政府督查室）) rather than naming who does the work.
     */
    static final String ORGAN_LAST = "局委办厅府会门位部院心行处室协联科股所";
    /** A collective (各区, 各乡镇, 各县（市、区）) names the places whose governments are meant. */
    private static final Pattern COLLECTIVE = Pattern.compile("^各.{0,12}(?:区|县|市|镇|乡|街道|）)$");

    private UnitNames() {
    }

    /** 市委组织部 of 市委组织部（市委人才办）: a bracket closing a name glosses it with the office it also is. */
    static String withoutGloss(String name) {
        int open = name.lastIndexOf('（');
        return open > 0 && name.endsWith("）") ? name.substring(0, open) : name;
    }

    /** Whether {@code name} is an organ's name by its ending, or a collective of places (各区, 各有关部门). */
    static boolean isOrgan(String name) {
        // cheap tests first: ORGAN ends with one of its last characters, COLLECTIVE starts with 各
        return name.length() >= 2 && (LastChar.among(name, ORGAN_LAST) && ORGAN.matcher(name).find()
                || name.charAt(0) == '各' && COLLECTIVE.matcher(name).find());
    }

    /** Recent surfaces without white space and trailing 等: the same units are named in note after note. */
    private static final StringMemo<String> STRIPPED = new StringMemo<>(1 << 10);

    /** {@link #canonical(String, String)} without knowing the issuing city. */
    public static String canonical(String surface) {
        return canonical(surface, "");
    }

    /**
     * The canonical name of a unit as printed: white space and a trailing 等 dropped, the issuing
     * {@code city} (徐州市) and a leading 市 of a city department removed.
     */
    public static String canonical(String surface, String city) {
        String name = STRIPPED.get(surface);
        if (name == null) {
            name = TRAILING_ETC.matcher(BLANKS.matcher(surface).replaceAll("")).replaceAll("");
            STRIPPED.put(surface, name);
        }
        if (!city.isEmpty() && city.endsWith("市") && name.startsWith(city) && name.length() > city.length()) {
            name = "市" + name.substring(city.length());
        }
        if (name.startsWith("市") && name.length() > 2 && !KEEPS_CITY_MARK.matcher(name.substring(1)).find()) {
            name = name.substring(1);
        }
        return name;
    }

    /** The unit suffix {@code name} ends with (局, 委, 中心 …), or "" when none. */
    public static String suffixOf(String name) {
        for (String suffix : SUFFIXES) {
            if (name.endsWith(suffix) && name.length() > suffix.length()
                    && (!COUNTY_SECTION.equals(suffix) || ORGAN.matcher(name).find())) { // 控股 is a company's word
                return suffix;
            }
        }
        return "";
    }

    /** The unit suffix {@code name} starts with, or "": a reversed token shows its suffix first (局科技). */
    static String leadingSuffixOf(String name) {
        for (String suffix : SUFFIXES) {
            // 科 leads only a reversed section's name (科高新技术), not 科协 or 科技
            int rest = SECTION.equals(suffix) || COUNTY_SECTION.equals(suffix) ? 3 : 1;
            if (name.startsWith(suffix) && name.length() >= suffix.length() + rest) {
                return suffix;
            }
        }
        return "";
    }
}
