package dev.collabgraph.model;

/**
 * Identity of one source document. {@code id} is stable across revisions of the same document
 * (derived from its number when it has one), {@code sha256} identifies one exact revision.
 */
public record DocumentInfo(String id, String title, String number, String date, String sha256) {
}
