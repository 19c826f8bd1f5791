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

    /** This layer's names: all of them, or for a layer made by {@link #with}, the learned ones the base lacks. */
    private final Map<String, Hit> bySurface;
    private final WordIndex index;
    /**
     * The names this layer adds to (the gazetteer's of a city), or null. A document's learned names are a small
     * layer over the shared ones, so the gazetteer is neither copied nor indexed again per document, and its
     * occurrences in a text are found once for both passes ({@link #found}).
     */
    private final KnownNames base;
    /**
     * The occurrences of a base layer's names in the thread's current text (layer and text compared by identity): one
     * per thread, not one per layer, so that the layers of many cities keep no old documents alive.
     */
    private static final ThreadLocal<Found> FOUND = new ThreadLocal<>();

    private record Found(KnownNames layer, String text, List<Occurrence> occurrences) {
    }

    /** A name of this layer found at {@code start}; its word length orders names found at the same start. */
    private record Occurrence(int start, int length, Candidate candidate) {
    }

    private KnownNames(Map<String, Hit> bySurface, KnownNames base) {
        this.bySurface = bySurface;
        this.index = new WordIndex(bySurface.keySet());
        this.base = base;
        this.learnedStems = base == null ? java.util.Set.of() : stems(bySurface.values());
    }

    /**
     * The specific part, of two or three letters, of a school's or a park's name learned from the document (枫屿 of
     * 枫屿大学): a place or brand the document names things after.
     */
    private final java.util.Set<String> learnedStems;
    private static final int MIN_STEM = 2;
    private static final int MAX_STEM = 3;

    private static java.util.Set<String> stems(java.util.Collection<Hit> hits) {
        java.util.Set<String> stems = new java.util.HashSet<>();
        for (Hit hit : hits) {
            if (hit.label() != Label.University && hit.label() != Label.Park) {
                continue;
            }
            String name = hit.surface();
            Suffix suffix = Suffix.endingAt(name, name.length(), 0);
            int stem = suffix == null ? 0 : name.length() - suffix.text().length();
            if (stem >= MIN_STEM && stem <= MAX_STEM && Lexicon.specificChars(name.substring(0, stem)) == stem) {
                stems.add(name.substring(0, stem));
            }
        }
        return stems;
    }

    /** Whether {@code text} at {@code start} opens with the specific part of a school or park the document named. */
    boolean opensWithLearnedStem(String text, int start, int limit) {
        // (asked of every suffixed name's modifier: the gazetteer's layer learns nothing and answers at once)
        for (int length = MIN_STEM; !learnedStems.isEmpty() && length <= MAX_STEM && start + length <= limit; length++) {
            if (learnedStems.contains(text.substring(start, start + length))) {
                return true;
            }
        }
        return base != null && base.opensWithLearnedStem(text, start, limit);
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
        return new KnownNames(map, null);
    }

    /** These names plus {@code learned} (surface → hit); names already known keep their meaning. */
    KnownNames with(Map<String, Hit> learned) {
        Map<String, Hit> added = new HashMap<>();
        learned.forEach((surface, hit) -> {
            if (hit(surface) == null) {
                added.put(surface, hit);
            }
        });
        return new KnownNames(added, this);
    }

    /** The hit of exactly {@code surface}, the base's first. */
    private Hit hit(String surface) {
        Hit h = base == null ? null : base.hit(surface);
        return h != null ? h : bySurface.get(surface);
    }

    /** Whether {@code s} is exactly a known place's name (not a place at its start). */
    boolean isPlace(String s) {
        Hit hit = at(s, 0, s.length());
        return hit != null && hit.label() == Label.Region && hit.surface().length() == s.length();
    }

    Hit at(String text, int i, int limit) {
        String w = index.longestAt(text, i, limit);
        if (base != null) {
            String b = base.index.longestAt(text, i, limit);
            if (b != null && (w == null || b.length() >= w.length())) {
                return base.hit(b);
            }
        }
        return w == null ? null : bySurface.get(w);
    }

    /**
     * Every occurrence in {@code text}, by start, longer names first at the same start. Two-character names
     * other than places must start at a boundary, so 中能 is not found in 集中能力.
     */
    List<Candidate> find(String text) {
        List<Occurrence> own = occurrences(text);
        List<Candidate> out = new ArrayList<>();
        if (base == null) {
            for (Occurrence o : own) {
                out.add(o.candidate());
            }
            return out;
        }
        List<Occurrence> shared = base.occurrences(text);
        int a = 0;
        int b = 0;
        while (a < shared.size() || b < own.size()) {
            boolean takeShared = b == own.size() || a < shared.size() && before(shared.get(a), own.get(b));
            out.add((takeShared ? shared.get(a++) : own.get(b++)).candidate());
        }
        return out;
    }

    private static boolean before(Occurrence x, Occurrence y) {
        return x.start() < y.start() || x.start() == y.start() && x.length() > y.length();
    }

    /** This layer's occurrences in {@code text}, found once per text and thread. */
    private List<Occurrence> occurrences(String text) {
        Found f = base == null ? FOUND.get() : null;
        if (f != null && f.layer() == this && f.text() == text) {
            return f.occurrences();
        }
        List<Occurrence> out = new ArrayList<>();
        Matcher bracket = null;
        int n = text.length();
        // a small layer (the names learned from one document) is looked up only where one of its first characters is
        int[] starts = index.starts(text);
        int count = starts == null ? n : starts.length;
        for (int k0 = 0; k0 < count; k0++) {
            int i = starts == null ? k0 : starts[k0];
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
                        && end < n && text.charAt(end) == '（'
                        && Lexicon.matchesAt(bracket = bracket == null ? BRACKET_PLACE.matcher(text) : bracket, text, end)
                        && !locationNote(hit.label(), text, bracket.end())) {
                    canonical = canonical + bracket.group();
                    end = bracket.end();
                }
                out.add(new Occurrence(i, w.length(), new Candidate(hit.label(), i, end, hit.rule(), canonical)));
            }
        }
        if (base == null) {
            FOUND.set(new Found(this, text, out));
        }
        return out;
    }

    /** The administrative endings of a county or district written whole in a bracket. */
    private static final String DISTRICT_ENDS = "县区";

    /**
     * 金穗股份（岭南县）in a list of companies: a whole county or district in brackets after a company says where it is
     * (a branch's own name takes the bare place, 某某（岭南）), so the bracket is no part of the name.
     */
    private static boolean locationNote(Label label, String text, int bracketEnd) {
        return label == Label.Enterprise && DISTRICT_ENDS.indexOf(text.charAt(bracketEnd - 2)) >= 0;
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
