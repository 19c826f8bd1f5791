package dev.collabgraph.store;

/** What a statement cost when profiled: rows returned, database hits of its plan (all operators), wall time. */
public record QueryProfile(long rows, long dbHits, double millis) {
}
