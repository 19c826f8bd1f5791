package dev.collabgraph.loader.structure;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Repairs unit tokens printed backwards by a broken PDF export (委改发 for 发改委, 局科技 for 科技局).
 * A token is suspect when it is not a known unit and has no unit ending; it is read as the reversal or
 * rotation of its characters that is a unit named elsewhere in the document, else as the rotation that
 * moves a leading unit suffix to the end (unless that "suffix" is an administrative level: 县科协 stays).
 * A token that starts with a department's ending (局, 委, 办, 厅), after its level if any, and does not end like
 * an organ is reversed even when its last character is some unit ending (局人社, 县局人社); whether its own name
 * reads forwards (局科技 → 科技局) or backwards (委改发 → 发改委) is told by which reading the document's text
 * writes elsewhere.
 */
final class UnitRepair {
    /** Administrative levels printed before a unit's own name. */
    private static final String LEVELS = "市县区镇";
    /** The endings of departments that a broken export prints first. */
    private static final String DEPARTMENT_ENDS = "局委办厅";

    private UnitRepair() {
    }

    /**
     * {@code units} with suspect tokens repaired ({@code repairedFrom} set to the printed form) and one
     * warning per repair, naming {@code where} the unit was printed.
     */
    static List<UnitRef> apply(List<UnitRef> units, Set<String> known, String where, String city,
                               List<String> warnings, String text) {
        return apply(units, known, byLastChar(known), where, city, warnings, text);
    }

    /** As above, {@code misreadable} being {@link #byLastChar} of {@code known}, made once for all a document's notes. */
    static List<UnitRef> apply(List<UnitRef> units, Set<String> known, Map<Character, List<String>> misreadable,
                               String where, String city, List<String> warnings, String text) {
        List<UnitRef> out = new ArrayList<>();
        for (UnitRef unit : units) {
            Optional<String> misread = misread(unit.name(), misreadable);
            if (misread.isPresent()) {
                warnings.add(where + ": unit '" + unit.surface() + "' read as '" + misread.get() + "' (misread by OCR)");
                out.add(new UnitRef(UnitNames.canonical(misread.get(), city), misread.get(), unit.role(), unit.span(),
                        unit.surface()));
                continue;
            }
            Optional<String> repaired = repair(unit.name(), known, text);
            if (repaired.isPresent()) {
                warnings.add(where + ": unit '" + unit.surface() + "' read as '" + repaired.get() + "' (reversed)");
                out.add(new UnitRef(UnitNames.canonical(repaired.get(), city), repaired.get(), unit.role(), unit.span(),
                        unit.surface()));
            } else {
                out.add(unit);
            }
        }
        return out;
    }

    /** The left-hand radicals, written as characters, that OCR reads apart from the rest of a character. */
    private static final String LEFT_RADICALS = "禾木氵扌口日月火土王石米糸纟车金钅言讠女弓马山目贝阝耳足舟虫衤礻方立子歹白田牛犭彳忄饣冫亻";

    /** What OCR prints for a character it cannot read. */
    private static final String UNREADABLE = "□?？";

    /**
     * The unit named elsewhere in the document that {@code token} is an OCR misreading of: the same name with a
     * character it could not read (装备工□处), or with one character split into its two halves (禾斗技处 for 科技处,
     * 原木才料工业处 for 原材料工业处), or with one character printed as its look-alike (市科枝局 for 市科技局). Only a name
     * the document writes correctly elsewhere is taken.
     */
    static Optional<String> misread(String token, Set<String> known) {
        return misread(token, byLastChar(known));
    }

    /**
     * The known names a token may be a misreading of, by their last character (the one a misreading keeps), each list
     * in the set's order: a token is compared with the names that end as it does only, the first of them still first.
     */
    static Map<Character, List<String>> byLastChar(Set<String> known) {
        Map<Character, List<String>> out = new HashMap<>();
        for (String name : known) {
            // a collective (各街道办事处) is no misreading of one unit (白沙街道办事处): 各 has no left radical to split off
            if (name.length() >= 3 && !name.startsWith("各")) {
                out.computeIfAbsent(name.charAt(name.length() - 1), c -> new ArrayList<>()).add(name);
            }
        }
        return out;
    }

    private static Optional<String> misread(String token, Map<Character, List<String>> misreadable) {
        if (token.length() < 3) {
            return Optional.empty(); // the misread token is itself among the known ones: the test is the name's form
        }
        for (String name : misreadable.getOrDefault(token.charAt(token.length() - 1), List.of())) {
            if (name.equals(token)) {
                continue;
            }
            if (name.length() == token.length() && (unreadableOnly(token, name) || lookalikeOnce(token, name))
                    || name.length() + 1 == token.length() && splitOnce(token, name)) {
                return Optional.of(name);
            }
        }
        return Optional.empty();
    }

    /** Whether {@code token} differs from {@code name} only where OCR printed an unreadable mark. */
    private static boolean unreadableOnly(String token, String name) {
        boolean any = false;
        for (int i = 0; i < token.length(); i++) {
            if (token.charAt(i) != name.charAt(i)) {
                if (UNREADABLE.indexOf(token.charAt(i)) < 0) {
                    return false;
                }
                any = true;
            }
        }
        return any;
    }

    /**
     * Characters of units' names, each followed by a look-alike OCR takes it for (技 read as 枝: the same right part
     * under another radical; 人 as 入). Both are real characters, so the repair goes one way only, from the look-alike
     * to a name the document writes correctly elsewhere.
     */
    private static final String LOOKALIKES = "技枝技抆科料财材教数育肓人入社杜信倍监临管菅委季办力改攻发友政故资咨住往农衣体休";

    /** Whether {@code token} is {@code name} with one character printed as its look-alike (市科枝局 for 市科技局). */
    private static boolean lookalikeOnce(String token, String name) {
        int differing = -1;
        for (int i = 0; i < token.length(); i++) {
            if (token.charAt(i) != name.charAt(i)) {
                if (differing >= 0) {
                    return false;
                }
                differing = i;
            }
        }
        return differing >= 0 && lookalikes(token.charAt(differing), name.charAt(differing));
    }

    private static boolean lookalikes(char printed, char meant) {
        for (int i = 0; i + 1 < LOOKALIKES.length(); i += 2) {
            char a = LOOKALIKES.charAt(i);
            char b = LOOKALIKES.charAt(i + 1);
            if (a == meant && b == printed) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code token} is {@code name} with one character printed as two others (禾斗 for 科). */
    private static boolean splitOnce(String token, String name) {
        int i = 0;
        while (i < name.length() && token.charAt(i) == name.charAt(i)) {
            i++;
        }
        if (i == name.length() || !token.substring(i + 2).equals(name.substring(i + 1))) {
            return false;
        }
        char whole = name.charAt(i);
        char left = token.charAt(i);
        char right = token.charAt(i + 1);
        // an added character is another name (科技局 / 科技信局), not a split one; and OCR splits a character into its
        // left radical and the rest (禾斗 for 科, 木才 for 材), so 东湖区 is no misreading of 各区
        return left != whole && right != whole && LEFT_RADICALS.indexOf(left) >= 0 && Character.isIdeographic(right);
    }

    /** {@link #repair(String, Set, String)} without a document text to tell readings apart. */
    static Optional<String> repair(String token, Set<String> known) {
        return repair(token, known, "");
    }

    /** The repaired name of {@code token}, or empty when it needs no (or allows no) repair. */
    static Optional<String> repair(String token, Set<String> known, String text) {
        if (!token.chars().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
            // 市科技局△, 科技局（分管领导：…）: a sign or a gloss the list left on the name, no letters printed in the wrong order
            return Optional.empty();
        }
        Optional<String> underLevel = repairAfterLevel(token, known);
        if (underLevel.isPresent()) {
            return underLevel;
        }
        Optional<String> departmentFirst = departmentFirst(token, known, text);
        if (departmentFirst.isPresent()) {
            return departmentFirst;
        }
        if (token.length() < 2 || known.contains(token) || !UnitNames.suffixOf(token).isEmpty()) {
            return Optional.empty();
        }
        for (String candidate : candidates(token)) {
            if (known.contains(candidate)) {
                return Optional.of(candidate);
            }
        }
        String suffix = UnitNames.leadingSuffixOf(token);
        // A leading 县 or 区 is the level the unit belongs to (县科协), not a suffix printed first.
        if (!suffix.isEmpty() && !LEVELS.contains(suffix)) {
            return Optional.of(token.substring(suffix.length()) + suffix);
        }
        return Optional.empty();
    }

    /**
     * A token whose administrative level stayed in front while the rest was reversed (县局人社 for 县人社局):
     * the level plus a reading of the rest that is a unit named elsewhere.
     */
    private static Optional<String> repairAfterLevel(String token, Set<String> known) {
        // The token itself may be "known" (县局人社 ends like a unit in 社): the reversal shows in the suffix
        // standing right after the level instead.
        if (token.length() < 4 || LEVELS.indexOf(token.charAt(0)) < 0
                || UnitNames.leadingSuffixOf(token.substring(1)).isEmpty()) {
            return Optional.empty();
        }
        String level = token.substring(0, 1);
        String rest = token.substring(1);
        for (String candidate : candidates(rest)) {
            if (!(level + candidate).equals(token) && (known.contains(level + candidate) || known.contains(candidate))) {
                return Optional.of(level + candidate);
            }
        }
        return Optional.empty();
    }

    /**
     * A token printed with its department ending first (局人社, 委改发, 县局人社), not ending like an organ: the
     * reading named elsewhere, else the one of "ending moved back" (局科技 → 科技局) and "all reversed"
     * (委改发 → 发改委) whose own name the text writes more often outside the token.
     */
    private static Optional<String> departmentFirst(String token, Set<String> known, String text) {
        boolean leveled = token.length() >= 4 && LEVELS.indexOf(token.charAt(0)) >= 0
                && DEPARTMENT_ENDS.indexOf(token.charAt(1)) >= 0;
        String level = leveled ? token.substring(0, 1) : "";
        String rest = token.substring(level.length());
        // the token itself may be "known" (局人社 ends in 社 like a unit): its first character says more
        if (rest.length() < 3 || DEPARTMENT_ENDS.indexOf(rest.charAt(0)) < 0 || token.indexOf('（') >= 0
                || UnitNames.isOrgan(token)) {
            return Optional.empty();
        }
        for (String candidate : candidates(rest)) {
            if (known.contains(level + candidate) || !leveled && known.contains(candidate)) {
                return Optional.of(level + candidate);
            }
        }
        String suffix = rest.substring(0, 1);
        String moved = rest.substring(1) + suffix;
        String reversed = new StringBuilder(rest).reverse().toString();
        int tokenCount = count(text, rest);
        int reversedCount = count(text, reversed.substring(0, reversed.length() - 1));
        int movedCount = count(text, moved.substring(0, moved.length() - 1)) - tokenCount;
        // a text that writes neither reading elsewhere: the one that starts like a department's own name
        boolean reversedReads = reversedCount > movedCount
                || reversedCount == movedCount && startsLikeDepartment(reversed) && !startsLikeDepartment(moved);
        return Optional.of(level + (reversedReads ? reversed : moved));
    }

    /**
     * The first words of the departments every city and county has (发改委, 科技局, 人社局 …): the State Council's
     * departments as local governments mirror them, the genre's vocabulary, not one document's.
     */
    private static final List<String> DEPARTMENT_STEMS = List.of("发改", "发展改革", "科技", "人社", "人力资源", "经信",
            "工信", "工业和信息化", "财政", "教育", "商务", "统计", "税务", "自然资源", "生态环境", "市场监管", "农业农村",
            "住建", "住房和城乡建设", "交通", "水利", "卫健", "卫生健康", "文旅", "文化和旅游", "应急", "审计", "司法",
            "民政", "公安", "金融", "数据");

    private static boolean startsLikeDepartment(String name) {
        return DEPARTMENT_STEMS.stream().anyMatch(name::startsWith);
    }

    /** How often {@code word} occurs in {@code text}. */
    private static int count(String text, String word) {
        int n = 0;
        for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
            n++;
        }
        return n;
    }

    /** The full reversal first, then every rotation, starting with the first character moved to the end. */
    private static List<String> candidates(String token) {
        Set<String> out = new LinkedHashSet<>();
        out.add(new StringBuilder(token).reverse().toString());
        for (int k = 1; k < token.length(); k++) {
            out.add(token.substring(k) + token.substring(0, k));
        }
        out.remove(token);
        return new ArrayList<>(out);
    }
}
