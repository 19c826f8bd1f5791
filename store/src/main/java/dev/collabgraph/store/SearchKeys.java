package dev.collabgraph.store;

import com.ibm.icu.text.Transliterator;
import org.neo4j.driver.Record;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Pinyin search keys, so that planners can type 中国矿业大学 as {@code zhongguokuangyedaxue} or {@code zgkydx}
 * and its alias 矿大 as {@code kuangda}: for the name and each alias, the syllables run together and their
 * initials, lower case, ASCII only.
 */
public final class SearchKeys {
    private static final Transliterator TO_LATIN = Transliterator.getInstance("Han-Latin; Latin-ASCII; Lower");

    private SearchKeys() {
    }

    /** The pinyin keys of every name given, without duplicates. */
    public static List<String> pinyin(List<String> names) {
        Set<String> keys = new LinkedHashSet<>();
        for (String name : names) {
            if (name.codePoints().noneMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
                continue;
            }
            String[] syllables = latin(name).trim().split("[^a-z0-9]+");
            StringBuilder full = new StringBuilder();
            StringBuilder initials = new StringBuilder();
            for (String syllable : syllables) {
                if (!syllable.isEmpty()) {
                    full.append(syllable);
                    initials.append(syllable.charAt(0));
                }
            }
            if (full.length() > 0) {
                keys.add(full.toString());
                keys.add(initials.toString());
            }
        }
        return new ArrayList<>(keys);
    }

    /** Transliterates one name; ICU's transliterators are not thread-safe, so each call synchronises. */
    private static String latin(String name) {
        synchronized (TO_LATIN) {
            return TO_LATIN.transliterate(name);
        }
    }

    /** A {@code setSearchKeys} row from a {@code mergeEntityNodes} result row. */
    static Map<String, Object> row(Record merged) {
        List<String> names = new ArrayList<>();
        names.add(merged.get("name").asString());
        names.addAll(merged.get("aliases").asList(v -> v.asString()));
        return Map.of("id", merged.get("id").asString(), "pinyin", pinyin(names));
    }
}
