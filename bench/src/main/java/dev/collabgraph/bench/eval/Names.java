package dev.collabgraph.bench.eval;

import dev.collabgraph.loader.text.Scripts;

import java.text.Normalizer;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Comparison keys for names, so that gold and extraction match when they name the same thing the same way up to
 * width, spacing, quotes and script (traditional or simplified); units also up to the city's name or 市 before them, industries up to 产业/行业/领域,
 * cities and provinces up to their 市 or 省.
 */
final class Names {
    private static final Pattern NOISE = Pattern.compile("[\\s\"'“”‘’「」『』]");
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[。．.：:；;，,、！!？?]+$");
    private static final Pattern INDUSTRY_WORD = Pattern.compile("(产业|行业|领域)$");

    private Names() {
    }

    static String key(String name) {
        if (name == null) {
            return "";
        }
        String s = Scripts.simplified(Normalizer.normalize(name, Normalizer.Form.NFKC));
        return NOISE.matcher(s).replaceAll("").toLowerCase(Locale.ROOT);
    }

    /** A title's key: also without closing punctuation. */
    static String titleKey(String title) {
        return TRAILING_PUNCTUATION.matcher(key(title)).replaceAll("");
    }

    /** The keys a name of the given type matches by. */
    static Set<String> keys(String type, String name, String city) {
        Set<String> keys = new LinkedHashSet<>();
        String k = key(name);
        if (k.isEmpty()) {
            return keys;
        }
        keys.add(k);
        if (type.equals("Unit")) {
            String c = key(city);
            String bare = k;
            if (!c.isEmpty()) {
                String shortCity = c.endsWith("市") || c.endsWith("县") || c.endsWith("区") ? c.substring(0, c.length() - 1) : c;
                for (String prefix : new String[] {c, shortCity}) {
                    if (prefix.length() >= 2 && bare.startsWith(prefix) && bare.length() > prefix.length() + 1) {
                        bare = bare.substring(prefix.length());
                        break;
                    }
                }
            }
            if (bare.startsWith("市") && bare.length() > 2) {
                bare = bare.substring(1);
            }
            keys.add(bare);
        } else if (type.equals("Region") && k.length() >= 3 && (k.endsWith("市") || k.endsWith("省"))) {
            // the graph names a city or province by its stem (湄城 for 湄城市, as 徐州 for 徐州市): the same place
            keys.add(k.substring(0, k.length() - 1));
        } else if (type.equals("Industry")) {
            String bare = INDUSTRY_WORD.matcher(k).replaceAll("");
            if (bare.length() >= 2) {
                keys.add(bare);
            }
        }
        return keys;
    }

    static Set<String> keys(String type, String name, Collection<String> aliases, String city) {
        Set<String> keys = keys(type, name, city);
        for (String alias : aliases) {
            keys.addAll(keys(type, alias, city));
        }
        return keys;
    }

    static boolean overlap(Set<String> a, Set<String> b) {
        for (String k : a) {
            if (b.contains(k)) {
                return true;
            }
        }
        return false;
    }
}
