package dev.collabgraph.app.explore;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Picks the paths worth showing side by side from the candidates of a bounded shortest-path search (shortest first):
 * each one passes through other nodes than those before it. A candidate that only adds a detour to a path already
 * chosen (through all of its intermediate nodes, and more) tells a planner nothing new and is left out; a direct
 * link has no intermediate node, so it hides no longer path.
 */
final class AlternativePaths {
    /** Candidates searched for per path shown: parallel relations and detours take some of them. */
    static final int CANDIDATES_PER_PATH = 5;

    private AlternativePaths() {
    }

    /** At most {@code limit} of {@code candidates} (shortest first), each through nodes no earlier one covers. */
    static List<PathsPayload.Path> choose(List<PathsPayload.Path> candidates, int limit) {
        List<PathsPayload.Path> chosen = new ArrayList<>();
        List<Set<String>> passed = new ArrayList<>();
        for (PathsPayload.Path path : candidates) {
            if (chosen.size() == limit) {
                break;
            }
            Set<String> between = intermediates(path);
            if (passed.stream().anyMatch(earlier -> between.containsAll(earlier))) {
                continue;
            }
            chosen.add(path);
            if (!between.isEmpty()) {
                passed.add(between);
            }
        }
        return chosen;
    }

    private static Set<String> intermediates(PathsPayload.Path path) {
        List<String> nodes = path.nodes();
        return nodes.size() <= 2 ? Set.of() : new HashSet<>(nodes.subList(1, nodes.size() - 1));
    }
}
