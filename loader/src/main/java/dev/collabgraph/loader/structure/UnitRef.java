package dev.collabgraph.loader.structure;

import dev.collabgraph.loader.text.Span;

/**
 * One responsible unit as written in a note or annex cell. {@code name} is canonical (市科技局 → 科技局),
 * {@code surface} as printed (after repair of a reversed token, {@code repairedFrom} holds the printed
 * form, else null). {@code role} is "lead", "co" or null when the document does not say.
 */
public record UnitRef(String name, String surface, String role, Span span, String repairedFrom) {
}
