package dev.collabgraph.loader.structure;

import dev.collabgraph.loader.text.Span;

/**
 * A numbered task of the body. {@code number} is unique in the document (numbering that restarts per
 * section is renumbered in reading order, {@code label} keeps what the document printed, e.g. "三.2" or
 * "第五条"). {@code title} is the heading phrase, {@code heading} its span, {@code body} the span of the
 * task's full text including its responsibility note.
 */
public record TaskBlock(int number, String label, String title, String sectionKey, Span heading, Span body) {
}
