package dev.collabgraph.loader.entity;

import dev.collabgraph.model.Label;

import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the finders share while reading one document: the logical text, the known names (gazetteer,
 * home city, names learned earlier in the document) and which characters those names cover.
 */
final class Scan {
    final String text;
    final KnownNames known;
    /** Every occurrence of a known name, found once: the coverage and the candidates both come from it. */
    final List<Candidate> knownHits;
    final BitSet covered;
    /** {@link SuffixNames#suffixes} of the text, computed once per document. */
    final String[] suffixes;
    /** {@link Enumerations#projectBrand}'s whole-text test, by brand and product: found once per pair. */
    final Map<String, Boolean> brandsOnlyBeforeTheirProduct = new HashMap<>();

    /** Suffixes of a place a name may start with: province, city, county, district, town, township. */
    private static final String ADMINISTRATIVE = "省市县区镇乡";

    /** The industries read in the first pass (empty in the first pass itself): names of domains the document has. */
    final java.util.Set<String> industries;

    Scan(String text, KnownNames known, String[] suffixes) {
        this(text, known, suffixes, java.util.Set.of());
    }

    Scan(String text, KnownNames known, String[] suffixes, java.util.Set<String> industries) {
        this.text = text;
        this.industries = industries;
        this.known = known;
        this.suffixes = suffixes;
        this.knownHits = List.copyOf(known.find(text));
        this.covered = KnownNames.coverage(knownHits, text.length());
    }

    /**
     * Whether the text from {@code start} begins with a place or an organisation: a known name, a place
     * with an administrative suffix (常州市…), or an organisation with a type suffix (恩华药业…).
     */
    boolean properStart(int start, int limit) {
        KnownNames.Hit hit = known.at(text, start, limit);
        if (hit != null && hit.label() != Label.Industry || known.opensWithLearnedStem(text, start, limit)) {
            return true;
        }
        if (nationalDesignation(start, limit)) {
            return true;
        }
        for (int e = start + 2; e <= Math.min(limit, start + 10); e++) {
            char c = text.charAt(e - 1);
            if (e - start <= 4 && ADMINISTRATIVE.indexOf(c) >= 0 && (e - start >= 3 || c == '省' || c == '市' || c == '县')
                    && Lexicon.specificChars(
                    text.substring(start, e - 1)) == e - 1 - start) {
                return true;
            }
            Suffix s = Suffix.endingAt(text, e, start);
            if (s != null && !s.weak() && (s.label() == Label.University || s.label() == Label.Enterprise)
                    && Lexicon.specificChars(text.substring(start, e - s.text().length())) >= 2) {
                return true;
            }
        }
        return false;
    }

    /**
     * 长株潭国家自主创新示范区, 某某国家农业科技园区: a short stem of its own followed by the state's rank names a body the
     * state designated, even when the stem (often letters of several cities run together) is no known place.
     */
    private boolean nationalDesignation(int start, int limit) {
        for (int e = start + 2; e <= Math.min(limit - NATIONAL.length(), start + 4); e++) {
            if (text.startsWith(NATIONAL, e) && Lexicon.specificChars(text.substring(start, e)) >= 2
                    && text.substring(start, e).chars().allMatch(c -> Lexicon.isHan((char) c))) {
                return true;
            }
        }
        return false;
    }

    private static final String NATIONAL = "国家";

    /** Whether the first pass read {@code s} as an industry, with or without its category word (…产业, …行业). */
    boolean namedIndustry(String s) {
        return industries.contains(s) || industries.contains(s + "产业") || industries.contains(s + "行业")
                || industries.contains(s + "领域");
    }

    /** Whether a place name (known region) is exactly {@code s}. */
    boolean isPlace(String s) {
        return known.isPlace(s);
    }
}
