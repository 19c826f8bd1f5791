package dev.collabgraph.app.explore;

/**
 * One piece of evidence: the quote, its offsets into the document's original text, the rule that read it and,
 * where the document text is at hand, {@code context}: the sentence around the quote, containing it verbatim.
 */
public record EvidenceView(String quote, int start, int end, String rule, String document, String context) {
}
