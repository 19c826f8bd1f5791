package dev.collabgraph.loader.structure;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A document that speaks of its issuer as 我局 / 本委 / 我办 (a bureau's reply letter, its own work plan) gives that
 * organ work: the words stand for the issuer named in the header or signature, under the short name the document
 * uses for it elsewhere (浠川市科学技术局 is 市科技局 in its contact line) when it has one.
 */
final class SelfReferences {
    /** 我局, 本局, 我委, 本委, 我办, 我厅 …: the issuer speaking of itself. */
    private static final Pattern SELF = Pattern.compile("[我本]([局委办厅])");
    /** An organ's short name as a document writes it: where it sits, a few characters, its kind. */
    private static final Pattern SHORT_NAME = Pattern.compile("[市县区省]\\p{IsHan}{1,6}?[局委办厅]");

    private SelfReferences() {
    }

    /** Whether the issuer speaks of itself at {@code at}. */
    static boolean at(String text, int at, int to) {
        return at + 2 <= to && SELF.matcher(text).region(at, to).lookingAt();
    }

    /** Whether {@code name} is such a self-reference. */
    static boolean is(String name) {
        return name.length() == 2 && SELF.matcher(name).matches();
    }

    /**
     * The notes with each self-reference replaced by the issuer whose kind it names; dropped when the header names no
     * such issuer.
     */
    static List<ResponsibilityNote> resolve(List<ResponsibilityNote> notes, String issuers, String text, String city) {
        if (notes.stream().noneMatch(n -> n.units().stream().anyMatch(u -> is(u.name())))) {
            return notes;
        }
        Map<Character, String> byKind = new HashMap<>();
        for (String issuer : issuers.split("\\s+")) {
            if (!issuer.isEmpty()) {
                byKind.putIfAbsent(issuer.charAt(issuer.length() - 1), shortName(issuer, text, city));
            }
        }
        return ResponsibilityNote.renamed(notes, SelfReferences::is, word -> byKind.get(word.charAt(1)));
    }

    /** The issuer's canonical name, or the shorter one the text uses for it (科技局 for 科学技术局). */
    private static String shortName(String issuer, String text, String city) {
        String full = UnitNames.canonical(issuer, city);
        Map<String, Integer> uses = new HashMap<>();
        Matcher m = SHORT_NAME.matcher(text);
        while (m.find()) {
            String name = UnitNames.canonical(m.group(), city);
            if (name.length() < full.length() && name.charAt(0) == full.charAt(0) && subsequence(name, full)) {
                uses.merge(name, 1, Integer::sum);
            }
        }
        return uses.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(full);
    }

    private static boolean subsequence(String shorter, String longer) {
        int j = 0;
        for (int i = 0; i < longer.length() && j < shorter.length(); i++) {
            if (longer.charAt(i) == shorter.charAt(j)) {
                j++;
            }
        }
        return j == shorter.length();
    }
}
