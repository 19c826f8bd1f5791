package dev.collabgraph.loader.entity;

import dev.collabgraph.model.Label;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One canonical name per entity, derived from the printed form by rules that hold for any document:
 * places lose 省/市 (徐州市 → 徐州, 常州市武进区 → 武进区), parks lose level words (徐州国家高新区 →
 * 徐州高新区) and their long official form (芜湖高新技术产业开发区 → 芜湖高新区), industries lose their category word (装备制造业 → 装备制造), unambiguous university
 * abbreviations are expanded (江苏师大 → 江苏师范大学), brackets are full-width.
 */
final class Canonical {
    private static final Pattern CITY_DISTRICT =
            Pattern.compile("^[\\u4e00-\\u9fff]{2,4}市([\\u4e00-\\u9fff]{2,4}[区县])$");
    private static final Pattern PROVINCE_OR_CITY = Pattern.compile("^([\\u4e00-\\u9fff]{2,6}?)[省市]$");
    private static final Pattern PARK_LEVEL =
            Pattern.compile("(?<=[\\u4e00-\\u9fff]{2})(?:国家级|省级|国家)(?=.*(?:区|园|城|谷)$)");
    private static final Pattern HIGH_TECH_ZONE = Pattern.compile("高新技术产业开发区$");
    private static final Pattern INDUSTRY_LEVEL = Pattern.compile("^(?:世界级|国家级|省级|区域性|全国|国内|国际|[千百万]亿级)");
    private static final Pattern INDUSTRY_WORD = Pattern.compile("(?:产业|行业|领域)$");
    private static final Pattern INDUSTRY_YE = Pattern.compile("(?<=[\\u4e00-\\u9fff]{2})(?<![产行企农工商矿林牧渔事专职就创作物种])业$|(?<=[化加]工)业$");
    /** The rank a platform was awarded (市级高端装备制造业创新中心), not part of its name; only before a name of its own. */
    private static final Pattern PLATFORM_LEVEL = Pattern.compile("^(?:国家级|省级|市级|区级|县级)(?=\\p{IsHan}{6})");
    private static final Pattern UNIVERSITY_ABBREVIATION = Pattern.compile("^(.{2,4})(师|医|农|工)大$");

    private Canonical() {
    }

    /**
     * Canonical forms made before, by label: the same names recur in every sentence and document, and each form
     * costs a few regex replacements. Bounded, so that an endless stream of new names cannot fill the heap.
     */
    private static final Map<Label, Map<String, String>> MADE = new EnumMap<>(Label.class);
    private static final int MADE_MAX = 50_000;

    static {
        for (Label label : Label.values()) {
            MADE.put(label, new ConcurrentHashMap<>());
        }
    }

    static String of(Label label, String surface) {
        Map<String, String> made = MADE.get(label);
        String name = made.get(surface);
        if (name == null) {
            name = make(label, surface);
            if (made.size() < MADE_MAX) {
                made.put(surface, name);
            }
        }
        return name;
    }

    private static String make(Label label, String surface) {
        String s = surface.replace('(', '（').replace(')', '）');
        return switch (label) {
            case Region -> region(s);
            case Park -> HIGH_TECH_ZONE.matcher(PARK_LEVEL.matcher(s).replaceAll("")).replaceFirst("高新区");
            case Industry -> industry(s);
            case University -> university(s);
            case Platform -> PLATFORM_LEVEL.matcher(s).replaceFirst("");
            default -> s;
        };
    }

    static String region(String s) {
        Matcher m = CITY_DISTRICT.matcher(s);
        if (m.matches()) {
            return m.group(1);
        }
        m = PROVINCE_OR_CITY.matcher(s);
        return m.matches() ? m.group(1) : s;
    }

    static String industry(String s) {
        String t = INDUSTRY_LEVEL.matcher(s).replaceAll("");
        t = INDUSTRY_WORD.matcher(t).replaceAll("");
        t = INDUSTRY_YE.matcher(t).replaceAll("");
        return t.length() >= 2 ? t : s;
    }

    /** X师大 → X师范大学 and the like; 科大 and 中国X大 are ambiguous and left to the gazetteer. */
    static String university(String s) {
        Matcher m = UNIVERSITY_ABBREVIATION.matcher(s);
        if (!m.matches()) {
            return s;
        }
        String full = switch (m.group(2)) {
            case "师" -> "师范大学";
            case "医" -> "医科大学";
            case "农" -> "农业大学";
            default -> "工业大学";
        };
        return m.group(1) + full;
    }

    /** Whether {@code abbreviation} can stand for {@code full}: same first character, characters in order. */
    static boolean abbreviates(String abbreviation, String full) {
        if (abbreviation.length() >= full.length() || abbreviation.charAt(0) != full.charAt(0)) {
            return false;
        }
        int j = 0;
        for (int i = 0; i < full.length() && j < abbreviation.length(); i++) {
            if (full.charAt(i) == abbreviation.charAt(j)) {
                j++;
            }
        }
        return j == abbreviation.length();
    }
}
