package dev.collabgraph.loader.entity;

import dev.collabgraph.model.Label;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names known before reading a sentence: the gazetteer, the home city, and names learned from their
 * structure elsewhere in the same document (天合光能 named before 等龙头企业 is a company everywhere).
 */
final class KnownNames {
    /** A bracketed place after a brand is part of its name: 启迪之星（徐州）. */
    private static final Pattern BRACKET_PLACE = Pattern.compile("（[\\u4e00-\\u9fff]{2,4}）");

    record Hit(Label label, String canonical, String surface, String rule) {
    }

    private final Map<String, Hit> bySurface;
    private final WordIndex index;

    private KnownNames(Map<String, Hit> bySurface) {
        this.bySurface = bySurface;
        this.index = new WordIndex(bySurface.keySet());
    }

    static KnownNames of(Gazetteer gazetteer, String homeCity) {
        Map<String, Hit> map = new HashMap<>();
        for (Gazetteer.Entry e : gazetteer.entries()) {
            map.put(e.name(), new Hit(e.label(), e.name(), e.name(), "gazetteer"));
            e.aliases().forEach(a -> map.put(a, new Hit(e.label(), e.name(), a, "gazetteer:alias")));
        }
        if (homeCity != null && !homeCity.isEmpty()) {
            String stem = Canonical.region(homeCity);
            map.put(stem, new Hit(Label.Region, stem, stem, "home-city"));
            map.put(homeCity, new Hit(Label.Region, stem, homeCity, "home-city"));
        }
        return new KnownNames(map);
    }

    /** These names plus {@code learned} (surface → hit); names already known keep their meaning. */
    KnownNames with(Map<String, Hit> learned) {
        Map<String, Hit> map = new HashMap<>(learned);
        map.putAll(bySurface);
        return new KnownNames(map);
    }

    Hit at(String text, int i, int limit) {
        String w = index.longestAt(text, i, limit);
        return w == null ? null : bySurface.get(w);
    }

    /**
     * Every occurrence in {@code text}. Two-character names other than places must start at a boundary,
     * so 中能 is not found in 集中能力.
     */
    List<Candidate> find(String text) {
        List<Candidate> out = new ArrayList<>();
        Matcher bracket = BRACKET_PLACE.matcher(text);
        int n = text.length();
        for (int i = 0; i < n; i++) {
            // indexed: most positions start no name, and an iterator per position was a tenth of this scan
            List<String> words = index.allAt(text, i, n);
            for (int k = 0; k < words.size(); k++) {
                String w = words.get(k);
                Hit hit = bySurface.get(w);
                if (w.length() <= 2 && hit.label() != Label.Region && !Boundaries.startsHere(text, i, null)) {
                    continue;
                }
                int end = i + w.length();
                String canonical = hit.canonical();
                // a registered name's bracket defines a short name (…有限公司（华翔生物）), not a branch's place; a
                // university's names a campus (某某大学（东区）), part of a platform's name at most
                if (hit.label() != Label.Region && hit.label() != Label.University && !canonical.endsWith("公司")
                        && Lexicon.matchesAt(bracket, text, end)) {
                    canonical = canonical + bracket.group();
                    end = bracket.end();
                }
                out.add(new Candidate(hit.label(), i, end, hit.rule(), canonical));
            }
        }
        return out;
    }

    /** Characters covered by known names: boundary words inside them do not cut them. */
    static BitSet coverage(List<Candidate> hits, int length) {
        BitSet bits = new BitSet(length);
        for (Candidate c : hits) {
            bits.set(c.start(), c.end());
        }
        return bits;
    }
}
