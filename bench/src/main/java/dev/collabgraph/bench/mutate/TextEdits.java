package dev.collabgraph.bench.mutate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Replacements of ranges of one text, applied together, which remember where each original position lands in the
 * result: a mutation says what it changes, and the gold's anchors follow the text ({@link AnchorSpans}).
 */
final class TextEdits {
    /** Replaces {@code [start, end)} of the original by {@code replacement}; an insertion when start equals end. */
    private record Edit(int order, int start, int end, String replacement) {
    }

    private final String original;
    private final List<Edit> edits = new ArrayList<>();

    TextEdits(String original) {
        this.original = original;
    }

    void insert(int at, String text) {
        replace(at, at, text);
    }

    void replace(int start, int end, String replacement) {
        if (start < 0 || end < start || end > original.length()) {
            throw new IllegalArgumentException("no range [" + start + ", " + end + ") in a text of " + original.length());
        }
        edits.add(new Edit(edits.size(), start, end, replacement));
    }

    boolean isEmpty() {
        return edits.isEmpty();
    }

    /** The edited text, with where each original position went. Overlapping replacements are a mutation's bug. */
    Applied apply() {
        List<Edit> sorted = edits.stream()
                .sorted(Comparator.comparingInt(Edit::start).thenComparingInt(Edit::end).thenComparingInt(Edit::order))
                .toList();
        StringBuilder out = new StringBuilder(original.length() + original.length() / 8);
        // where original character i was copied, or, replaced, where its replacement starts (negated, minus one)
        int[] copiedTo = new int[original.length()];
        int[] replacedEnd = new int[original.length()];
        int at = 0;
        for (Edit edit : sorted) {
            if (edit.start() < at) {
                throw new IllegalStateException("edits overlap at " + edit.start());
            }
            at = copy(out, at, edit.start(), copiedTo);
            int replacementStart = out.length();
            out.append(edit.replacement());
            for (int i = edit.start(); i < edit.end(); i++) {
                copiedTo[i] = -1 - replacementStart;
                replacedEnd[i] = out.length();
            }
            at = Math.max(at, edit.end());
        }
        copy(out, at, original.length(), copiedTo);
        return new Applied(out.toString(), copiedTo, replacedEnd);
    }

    private int copy(StringBuilder out, int from, int to, int[] copiedTo) {
        for (int i = from; i < to; i++) {
            copiedTo[i] = out.length();
            out.append(original.charAt(i));
        }
        return to;
    }

    /** The edited text and where original ranges stand in it. */
    record Applied(String text, int[] copiedTo, int[] replacedEnd) {
        /**
         * Where a range starting at original {@code start} starts now: text inserted right before it stays out of it
         * (a footer inserted before a task's line is not part of the task), a replacement of its start is in it.
         */
        int start(int start) {
            if (start >= copiedTo.length) {
                return text.length();
            }
            int to = copiedTo[start];
            return to >= 0 ? to : -1 - to;
        }

        /** Where a range ending (exclusive) at original {@code end} ends now: after its last character or replacement. */
        int end(int end) {
            if (end == 0) {
                return start(0);
            }
            int to = copiedTo[end - 1];
            return to >= 0 ? to + 1 : replacedEnd[end - 1];
        }
    }
}
