package dev.collabgraph.loader.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Which spans of a list contain a given span ({@link Span#contains}), found by binary search: the list is split, in
 * its order, into runs of non-empty spans each sorted and disjoint (tasks and annex rows make one run, nested sections
 * one per depth), and in such a run only the last span starting at or before the given one, or the span before it
 * for an empty span at its end, can contain it. Empty spans, and spans past {@value #MAX_RUNS} runs (deep nesting),
 * are tried one by one. A loop over the whole list for every mention made long documents quadratic.
 */
public final class ContainingSpans {
    private final List<Span> spans;
    /** Indices into {@link #spans}, per run. */
    private final List<int[]> runs = new ArrayList<>();
    /** Spans tried one by one. */
    private final List<Integer> loose = new ArrayList<>();
    private static final int MAX_RUNS = 16;

    public ContainingSpans(List<Span> spans) {
        this.spans = new ArrayList<>(spans);
        List<List<Integer>> open = new ArrayList<>();
        for (int i = 0; i < spans.size(); i++) {
            Span s = spans.get(i);
            if (s == null) {
                continue;
            }
            if (s.length() == 0) {
                loose.add(i);
                continue;
            }
            List<Integer> run = null;
            for (List<Integer> r : open) {
                if (spans.get(r.get(r.size() - 1)).end() <= s.start()) {
                    run = r;
                    break;
                }
            }
            if (run == null && open.size() == MAX_RUNS) {
                loose.add(i);
                continue;
            }
            if (run == null) {
                run = new ArrayList<>();
                open.add(run);
            }
            run.add(i);
        }
        open.forEach(r -> runs.add(r.stream().mapToInt(Integer::intValue).toArray()));
    }

    /** The indices of the spans that contain {@code span}, in list order. */
    public List<Integer> containing(Span span) {
        List<Integer> found = new ArrayList<>(2);
        for (int[] run : runs) {
            int last = lastStartingAtOrBefore(run, span.start());
            for (int k = Math.max(0, last - 1); k <= last; k++) {
                if (spans.get(run[k]).contains(span)) {
                    found.add(run[k]);
                }
            }
        }
        for (int i : loose) {
            if (spans.get(i).contains(span)) {
                found.add(i);
            }
        }
        found.sort(null);
        return found;
    }

    /** The first index of the list whose span contains {@code span}, or -1. */
    public int first(Span span) {
        List<Integer> found = containing(span);
        return found.isEmpty() ? -1 : found.get(0);
    }

    /** The position in {@code run} of the last span starting at or before {@code at}, or -1. */
    private int lastStartingAtOrBefore(int[] run, int at) {
        int lo = 0;
        int hi = run.length - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (spans.get(run[mid]).start() <= at) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }
}
