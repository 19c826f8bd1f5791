package dev.collabgraph.loader.entity;

import dev.collabgraph.loader.text.Span;
import dev.collabgraph.model.Label;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Chooses among overlapping candidates: the longest name wins (江苏师范大学科文学院 over 江苏师范大学), a
 * shorter one inside it becomes one of its parts (used for HOSTS, LOCATED_IN and PART_OF from the name),
 * a candidate crossing a longer one is dropped. At equal spans gazetteer beats suffix rules, which beat
 * context rules, which beat names propagated from elsewhere in the document.
 */
final class Resolver {
    /** A top-level candidate and the candidates nested inside it. */
    record Resolved(Candidate top, List<Candidate> parts) {
    }

    /** Candidates alike but for their rule are one candidate; the first found stays. */
    private record Key(int start, int end, Label label, String canonical) {
    }

    /** A candidate with its rule's priority, computed once rather than at every comparison of the sort. */
    record Ranked(Candidate candidate, int priority) {
    }

    private Resolver() {
    }

    static List<Resolved> resolve(List<Candidate> candidates, List<Span> skip) {
        List<Ranked> sorted = new ArrayList<>();
        Set<Key> seen = new HashSet<>(Math.max(16, candidates.size() * 2));
        Skipped skipped = new Skipped(skip);
        for (Candidate c : candidates) {
            if (!skipped.overlaps(c) && seen.add(new Key(c.start(), c.end(), c.label(), c.canonical()))) {
                sorted.add(new Ranked(c, priority(c.rule())));
            }
        }
        sorted = byPrecedence(sorted);
        // the accepted tops by start: a bit per start and the list there, instead of a tree map of boxed starts
        int extent = 1;
        for (Ranked ranked : sorted) {
            extent = Math.max(extent, ranked.candidate().end() + 1);
        }
        BitSet starts = new BitSet(extent);
        @SuppressWarnings("unchecked")
        List<Resolved>[] tops = new List[extent];
        for (Ranked ranked : sorted) {
            Candidate c = ranked.candidate();
            int floorStart = starts.previousSetBit(c.start());
            if (Bits.anySet(starts, c.start() + 1, c.end())) {
                continue; // a longer top starts inside this one
            }
            List<Resolved> floor = floorStart < 0 ? null : tops[floorStart];
            Resolved outer = floor == null ? null : floor.get(0);
            if (outer == null || outer.top().end() <= c.start()) {
                if (tops[c.start()] == null) {
                    tops[c.start()] = new ArrayList<>();
                    starts.set(c.start());
                }
                tops[c.start()].add(new Resolved(c, new ArrayList<>()));
            } else if (outer.top().start() == c.start() && outer.top().end() == c.end()) {
                if (outer.top().label() == c.label() && c.canonical() != null && outer.top().canonical() != null
                        && !Objects.equals(outer.top().canonical(), c.canonical())) {
                    floor.add(new Resolved(c, outer.parts()));
                }
            } else if (outer.top().contains(c)) {
                outer.parts().add(c);
            }
        }
        List<Resolved> out = new ArrayList<>();
        for (int at = starts.nextSetBit(0); at >= 0; at = starts.nextSetBit(at + 1)) {
            out.addAll(tops[at]);
        }
        out.forEach(r -> r.parts().sort(Comparator.comparingInt(Candidate::start)));
        return out;
    }

    /**
     * The skipped spans as character sets, so that a candidate is tested with two bit searches instead of against
     * every span: a span overlaps [start, end) when it shares a character with it, or when it is empty and lies
     * strictly inside it ({@code s.start() < end && start < s.end()}).
     */
    private static final class Skipped {
        private final List<Span> skip;
        private final BitSet chars = new BitSet();
        private final BitSet empty = new BitSet();

        Skipped(List<Span> skip) {
            this.skip = skip;
            for (Span s : skip) {
                if (s.start() < s.end()) {
                    chars.set(s.start(), s.end());
                } else if (s.start() == s.end()) {
                    empty.set(s.start());
                }
            }
        }

        boolean overlaps(Candidate c) {
            if (c.start() >= c.end()) {
                for (Span s : skip) {
                    if (s.start() < c.end() && c.start() < s.end()) {
                        return true;
                    }
                }
                return false;
            }
            if (Bits.anySet(chars, c.start(), c.end())) {
                return true;
            }
            if (empty.isEmpty()) {
                return false;
            }
            return Bits.anySet(empty, c.start() + 1, c.end());
        }
    }

    /** Widths of the fields of {@link #byPrecedence}'s keys: a candidate's length, its rule's priority, start, index. */
    private static final int LENGTH_BITS = 16;
    private static final int PRIORITY_BITS = 3;
    private static final int START_BITS = 24;
    private static final int INDEX_BITS = 20;

    /**
     * Longest first, then by rule, then leftmost; ties keep the order found. Each candidate's order is packed into one
     * long (length inverted, priority, start, index) and the longs sorted: a document has thousands of candidates, and
     * a stable sort of records by a comparator was most of this stage's time. A text or a candidate list too large for
     * the fields is sorted by the comparator.
     */
    static List<Ranked> byPrecedence(List<Ranked> ranked) {
        int n = ranked.size();
        long[] keys = new long[n];
        boolean fits = n < 1 << INDEX_BITS;
        for (int i = 0; fits && i < n; i++) {
            Candidate c = ranked.get(i).candidate();
            int length = c.length();
            int priority = ranked.get(i).priority();
            fits = length >= 0 && length < 1 << LENGTH_BITS && c.start() >= 0 && c.start() < 1 << START_BITS
                    && priority < 1 << PRIORITY_BITS;
            keys[i] = (long) ((1 << LENGTH_BITS) - 1 - length) << (PRIORITY_BITS + START_BITS + INDEX_BITS)
                    | (long) priority << (START_BITS + INDEX_BITS) | (long) c.start() << INDEX_BITS | i;
        }
        if (!fits) {
            List<Ranked> out = new ArrayList<>(ranked);
            out.sort((x, y) -> {
                int byLength = Integer.compare(y.candidate().length(), x.candidate().length());
                if (byLength != 0) {
                    return byLength;
                }
                int byPriority = Integer.compare(x.priority(), y.priority());
                return byPriority != 0 ? byPriority : Integer.compare(x.candidate().start(), y.candidate().start());
            });
            return out;
        }
        java.util.Arrays.sort(keys);
        List<Ranked> out = new ArrayList<>(n);
        for (long key : keys) {
            out.add(ranked.get((int) (key & ((1 << INDEX_BITS) - 1))));
        }
        return out;
    }

    private static int priority(String rule) {
        if (rule.startsWith("gazetteer") || rule.startsWith("home-city")) {
            return 0;
        }
        if (rule.startsWith("suffix")) {
            return 1;
        }
        if (rule.startsWith("region")) {
            return 2;
        }
        return rule.startsWith("context") ? 3 : 4;
    }
}
