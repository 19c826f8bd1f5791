package dev.collabgraph.app.recommend;

import java.util.List;
import java.util.Map;

/**
 * Which kinds of partner complement which. By default an enterprise is offered universities and research platforms, a
 * university enterprises, a district universities and enterprises, a park universities and enterprises, a platform
 * enterprises and universities: the partners a planner would broker. Parks and platforms may still be asked for by name
 * where they complement the subject ({@link #complements}).
 */
public final class Kinds {
    private static final Map<String, List<String>> COMPLEMENTS = Map.of(
            "Enterprise", List.of("University", "Platform", "Park"),
            "University", List.of("Enterprise", "Park", "Platform"),
            "Region", List.of("University", "Enterprise", "Platform"),
            "Park", List.of("University", "Enterprise", "Platform"),
            "Platform", List.of("Enterprise", "University"));
    private static final Map<String, List<String>> DEFAULTS = Map.of(
            "Enterprise", List.of("University", "Platform"),
            "University", List.of("Enterprise"),
            "Region", List.of("University", "Enterprise"),
            "Park", List.of("University", "Enterprise"),
            "Platform", List.of("Enterprise", "University"));

    private Kinds() {
    }

    /** The kinds a node of {@code label} may be recommended partners of; empty for labels that take no partners. */
    public static List<String> complements(String label) {
        return COMPLEMENTS.getOrDefault(label, List.of());
    }

    /** The kinds offered when none is asked for: the complementary partners a planner would broker first. */
    public static List<String> defaults(String label) {
        return DEFAULTS.getOrDefault(label, List.of());
    }

    /** The labels the recommender reads: the partner kinds and what they share (tasks, industries, regions). */
    static List<String> graphLabels() {
        return List.of("Task", "University", "Enterprise", "Platform", "Park", "Region", "Industry");
    }
}
