package dev.collabgraph.app.explore;

/**
 * One piece of evidence: the quote, its offsets into the document's original text, the rule that read it and,
 * where the document text is at hand, {@code context}: the sentence around the quote, containing it verbatim, and
 * {@code contextStart}, the document offset of its first character (so that a selection inside the sentence maps
 * to exact document offsets, even where the quote occurs twice in it).
 */
public record EvidenceView(String quote, int start, int end, String rule, String document, String context,
                           Integer contextStart) {
    /** Evidence without its sentence (or with one whose start is unknown). */
    public EvidenceView(String quote, int start, int end, String rule, String document, String context) {
        this(quote, start, end, rule, document, context, null);
    }
}
