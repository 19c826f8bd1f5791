package dev.collabgraph.app.tasks;

import java.util.List;
import java.util.Map;

/** A row of a document's indicator table: values per year and the years whose value is a lower bound (≥). */
public record IndicatorView(String id, String name, String unit, Map<String, Double> values, List<String> atLeastYears,
                            String document) {
}
