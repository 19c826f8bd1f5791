package dev.collabgraph.loader.structure;

import dev.collabgraph.loader.text.Span;

/**
 * A quantified goal in the text (到2020年，省级以上各类研发机构超过280家): metric phrase, value, unit,
 * target year (0 when unstated), comparator (">", ">=", "=", "~", "<=") and span. {@code taskNumber} is the
 * task it belongs to, or 0 for goals stated outside tasks (then {@code sectionKey} says where).
 */
public record TargetFact(int taskNumber, String sectionKey, String metric, double value, String unit, int year,
                         String comparator, Span span) {
}
