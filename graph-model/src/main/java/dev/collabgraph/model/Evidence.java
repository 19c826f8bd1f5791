package dev.collabgraph.model;

/**
 * Where a fact was read: {@code quote} is {@code original.substring(start, end)} of the decoded
 * source text (Java string indices; the extract contract counts code points, see {@link CodePointOffsets}),
 * {@code rule} names the extraction rule that produced it.
 */
public record Evidence(String quote, int start, int end, String rule) {
}
