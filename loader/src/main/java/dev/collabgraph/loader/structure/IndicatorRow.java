package dev.collabgraph.loader.structure;

import dev.collabgraph.loader.text.Span;

import java.util.List;
import java.util.Map;

/**
 * A row of the indicator table: name without its unit, the unit from the parentheses (%, 家 …), values
 * per year ("2017" → 2.1) in column order, and the years whose value is a lower bound (≥12).
 */
public record IndicatorRow(int row, String name, String unit, Map<String, Double> values, List<String> atLeastYears,
                           Span span) {
    public IndicatorRow {
        values = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(values));
        atLeastYears = List.copyOf(atLeastYears);
    }
}
