package dev.collabgraph.loader.entity;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The short names a registered company goes by in the same document: 中信重工机械股份有限公司 is also
 * 中信重工, 中国一拖集团有限公司 中国一拖, 江苏润和软件股份有限公司 润和软件. A short name drops the legal
 * form, then a group word, a trade word and a leading place, in that order, as policy prose does.
 */
final class LegalNames {
    private static final Pattern LEGAL_FORM = Pattern.compile("(?:股份有限公司|有限责任公司|有限公司)$");
    private static final Pattern GROUP = Pattern.compile("(?:（集团）|集团|控股)$");
    /** Trade words that registered names add after the brand. */
    private static final Pattern TRADE = Pattern.compile("(?:科技|技术|机械|工程|生物工程|电子|实业|发展|设备)$");
    private static final int MIN_LENGTH = 3;

    private LegalNames() {
    }

    /** Short forms of {@code legal}, longest first; {@code isPlace} says whether a prefix is a place. */
    static Set<String> shortForms(String legal, Predicate<String> isPlace) {
        Set<String> out = new LinkedHashSet<>();
        Matcher form = LEGAL_FORM.matcher(legal);
        if (!form.find()) {
            return out;
        }
        String stem = GROUP.matcher(legal.substring(0, form.start())).replaceFirst("");
        String brand = TRADE.matcher(stem).replaceFirst("");
        for (String s : new String[] {stem, brand}) {
            add(s, out);
            for (int k = 2; k <= 3 && k < s.length(); k++) {
                if (isPlace.test(s.substring(0, k))) {
                    add(s.substring(k), out);
                }
            }
        }
        return out;
    }

    private static void add(String form, Set<String> out) {
        if (form.length() >= MIN_LENGTH && Lexicon.specificChars(form) >= 2) {
            out.add(form);
        }
    }
}
