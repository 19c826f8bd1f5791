package dev.collabgraph.loader.entity;

import dev.collabgraph.loader.text.Span;
import dev.collabgraph.model.Label;

import java.util.ArrayList;
import java.util.List;

/**
 * Responsibility notes and annex unit cells name offices, which the structure stage reads; of the names
 * found there only the places stay: a district or county named as a responsible government (泉山区,
 * 涧西区人民政府) is one of the document's places, a company (新盛公司) one of its companies. A zone's 管委会 (伊滨区管委会) names a park's
 * administration, not a place.
 */
final class UnitListPlaces {
    private static final String ZONE_ADMINISTRATION = "管委会";

    private UnitListPlaces() {
    }

    /** {@code candidates} without those inside a unit list, except the places of governments. */
    static List<Candidate> filter(List<Candidate> candidates, List<Span> unitLists, String text) {
        if (unitLists.isEmpty()) {
            return candidates;
        }
        List<Candidate> out = new ArrayList<>(candidates.size());
        for (Candidate c : candidates) {
            if (!inside(c, unitLists) || c.label() == Label.Region && !text.startsWith(ZONE_ADMINISTRATION, c.end())
                    || company(c)) {
                out.add(c);
            }
        }
        return out;
    }

    /** A company named as a responsible unit (新盛公司) by its legal suffix is one of the document's companies. */
    private static boolean company(Candidate c) {
        return c.label() == Label.Enterprise && (c.rule().endsWith("公司") || c.rule().endsWith("集团"));
    }

    private static boolean inside(Candidate c, List<Span> spans) {
        for (Span s : spans) {
            if (s.start() < c.end() && c.start() < s.end()) {
                return true;
            }
        }
        return false;
    }
}
