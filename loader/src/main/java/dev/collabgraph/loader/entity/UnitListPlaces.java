package dev.collabgraph.loader.entity;

import dev.collabgraph.loader.text.Span;
import dev.collabgraph.model.Label;

import java.util.ArrayList;
import java.util.Comparator;
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
        Overlaps lists = new Overlaps(unitLists);
        List<Candidate> out = new ArrayList<>(candidates.size());
        for (Candidate c : candidates) {
            if (!lists.overlap(c.start(), c.end()) || c.label() == Label.Region && !text.startsWith(ZONE_ADMINISTRATION, c.end())
                    || company(c) || c.label() == Label.University || c.label() == Label.Park && hostField(text, c.start())) {
                out.add(c);
            }
        }
        return out;
    }

    /** How far back on its line a name may stand from its field's label. */
    private static final int FIELD_REACH = 40;
    private static final String HOST_FIELD = "承载地";

    /**
     * Whether the name at {@code start} stands in a chain's host field (主要承载地：某某经开区、某某区): the places named
     * there work with the chain's lead and are the places it is built in, parks among them.
     */
    private static boolean hostField(String text, int start) {
        for (int i = start - 1; i >= 0 && i >= start - FIELD_REACH && text.charAt(i) != '\n'; i--) {
            if (text.startsWith(HOST_FIELD, i)) {
                return true;
            }
        }
        return false;
    }

    /** A company named as a responsible unit (新盛公司) by its legal suffix is one of the document's companies. */
    private static boolean company(Candidate c) {
        return c.label() == Label.Enterprise && (c.rule().endsWith("公司") || c.rule().endsWith("集团"));
    }

    /**
     * Whether any of a set of spans overlaps [start, end): a binary search over the spans sorted by start, with the
     * greatest end so far (a loop over all spans per candidate made long documents quadratic).
     */
    private static final class Overlaps {
        private final int[] starts;
        private final int[] maxEnds;

        Overlaps(List<Span> spans) {
            List<Span> sorted = spans.stream().sorted(Comparator.comparingInt(Span::start)).toList();
            starts = new int[sorted.size()];
            maxEnds = new int[sorted.size()];
            int maxEnd = Integer.MIN_VALUE;
            for (int i = 0; i < sorted.size(); i++) {
                starts[i] = sorted.get(i).start();
                maxEnd = Math.max(maxEnd, sorted.get(i).end());
                maxEnds[i] = maxEnd;
            }
        }

        /** Some span starts before {@code end} and ends after {@code start}. */
        boolean overlap(int start, int end) {
            int before = lastStartBelow(end);
            return before >= 0 && maxEnds[before] > start;
        }

        /** The last index whose start is below {@code end}, or -1. */
        private int lastStartBelow(int end) {
            int lo = 0;
            int hi = starts.length - 1;
            int found = -1;
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1;
                if (starts[mid] < end) {
                    found = mid;
                    lo = mid + 1;
                } else {
                    hi = mid - 1;
                }
            }
            return found;
        }
    }
}
