package dev.collabgraph.loader.structure;

import dev.collabgraph.loader.text.Span;

/**
 * A section heading: {@code key} is its path of ordinals ("3", "3.2"), {@code parentKey} the enclosing
 * section's key or null, {@code heading} the span of the whole heading line, {@code body} the span from
 * the heading to the next heading of the same or a higher level.
 */
public record SectionBlock(String key, int level, String title, String parentKey, Span heading, Span body) {
    /** The value of the innermost section holding section {@code key} (itself included) that {@code byKey} has, or null. */
    public static <T> T innermost(java.util.Map<String, T> byKey, String key) {
        for (String k = key; k != null && !k.isEmpty(); k = k.contains(".") ? k.substring(0, k.lastIndexOf('.')) : null) {
            T value = byKey.get(k);
            if (value != null) {
                return value;
            }
        }
        return null;
    }
}
