package dev.collabgraph.app.recommend;

import java.util.List;
import java.util.Map;

/**
 * Which kinds of partner complement which: an enterprise looks for universities, platforms and parks; a university
 * for enterprises, parks and platforms; a district for universities, enterprises and platforms; a park for
 * universities, enterprises and platforms; a platform for enterprises and universities.
 */
public final class Kinds {
    private static final Map<String, List<String>> COMPLEMENTS = Map.of(
            "Enterprise", List.of("University", "Platform", "Park"),
            "University", List.of("Enterprise", "Park", "Platform"),
            "Region", List.of("University", "Enterprise", "Platform"),
            "Park", List.of("University", "Enterprise", "Platform"),
            "Platform", List.of("Enterprise", "University"));

    private Kinds() {
    }

    /** The kinds a node of {@code label} is recommended partners of; empty for labels that take no partners. */
    public static List<String> complements(String label) {
        return COMPLEMENTS.getOrDefault(label, List.of());
    }

    /** The labels the recommender reads: the partner kinds and what they share (tasks, industries, regions). */
    static List<String> graphLabels() {
        return List.of("Task", "University", "Enterprise", "Platform", "Park", "Region", "Industry");
    }
}
