package dev.collabgraph.loader.structure;

import dev.collabgraph.loader.text.Span;

/**
 * A section heading: {@code key} is its path of ordinals ("3", "3.2"), {@code parentKey} the enclosing
 * section's key or null, {@code heading} the span of the whole heading line, {@code body} the span from
 * the heading to the next heading of the same or a higher level.
 */
public record SectionBlock(String key, int level, String title, String parentKey, Span heading, Span body) {
}
