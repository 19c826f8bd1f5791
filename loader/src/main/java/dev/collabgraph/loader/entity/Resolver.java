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
    private record Ranked(Candidate candidate, int priority) {
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
        // longest first, then by rule, then leftmost (a stable sort: ties keep the order found)
        sorted.sort((x, y) -> {
            int byLength = Integer.compare(y.candidate().length(), x.candidate().length());
            if (byLength != 0) {
                return byLength;
            }
            int byPriority = Integer.compare(x.priority(), y.priority());
            return byPriority != 0 ? byPriority : Integer.compare(x.candidate().start(), y.candidate().start());
        });
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
