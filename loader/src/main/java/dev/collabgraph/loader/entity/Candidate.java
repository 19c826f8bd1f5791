package dev.collabgraph.loader.entity;

import dev.collabgraph.model.Label;

/**
 * A possible mention before overlaps are resolved: label, logical span [start, end), the rule that
 * found it and, when the rule knows it (gazetteer, derived park names), the canonical name, else null.
 */
record Candidate(Label label, int start, int end, String rule, String canonical) {
    int length() {
        return end - start;
    }

    boolean contains(Candidate o) {
        return start <= o.start && o.end <= end;
    }
}
