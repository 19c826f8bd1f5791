package dev.collabgraph.app.recommend;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Why a candidate ranks where it does: its shared neighbours (rarest first), the paths through the first three of
 * them (and, when they share fewer, the shortest other paths, each through other nodes than those before it), the
 * evidence quotes on those paths and the shared industries.
 */
final class Explainer {
    private static final int SHOWN_NEIGHBOURS = 8;
    private static final int SHOWN_PATHS = 3;
    private static final int MAX_HOPS = 4;
    /**
     * Partial paths kept per step of the search for other paths, and relations it looks at in all: a hub (a task
     * naming thirty actors, a unit over hundreds of tasks) cannot blow it up.
     */
    private static final int MAX_FRONTIER = 2_000;
    private static final int MAX_EXAMINED = 100_000;

    private Explainer() {
    }

    static Recommendation explain(EntityGraph graph, Scorer scorer, EntityGraph.Entity entity,
                                  EntityGraph.Entity candidate, double score, double calibrated) {
        String a = entity.id();
        String b = candidate.id();
        List<Recommendation.Neighbour> shared = scorer.shared(a, b).stream().limit(SHOWN_NEIGHBOURS).map(z -> {
            EntityGraph.Entity n = graph.node(z);
            return new Recommendation.Neighbour(n.id(), n.label(), n.name(), 1.0 / graph.neighbours(z).size());
        }).toList();
        List<List<EntityGraph.Edge>> paths = new ArrayList<>();
        for (Recommendation.Neighbour z : shared) {
            if (paths.size() == SHOWN_PATHS) {
                break;
            }
            paths.add(List.of(edge(graph, a, z.id()), edge(graph, z.id(), b)));
        }
        if (paths.size() < SHOWN_PATHS) {
            for (List<EntityGraph.Edge> other : shortestPaths(graph, a, b)) {
                if (paths.size() == SHOWN_PATHS) {
                    break;
                }
                // a detour through every node of a path already shown says nothing new; a direct link hides no other
                if (paths.stream().noneMatch(p -> !between(p).isEmpty() && between(other).containsAll(between(p)))) {
                    paths.add(other);
                }
            }
        }
        List<Recommendation.PathView> views = paths.stream().map(p -> view(graph, p)).toList();
        Set<String> quotes = new LinkedHashSet<>();
        paths.forEach(p -> p.forEach(e -> {
            if (!e.quote().isBlank()) {
                quotes.add(e.quote());
            }
        }));
        List<String> industries = scorer.sharedIndustries(a, b).stream().map(i -> graph.node(i).name()).toList();
        return new Recommendation(b, candidate.name(), candidate.label(), score, calibrated, graph.linked(a, b),
                new Recommendation.Explanation(shared, industries, scorer.industryFit(a, b), views,
                        List.copyOf(quotes)));
    }

    private static EntityGraph.Edge edge(EntityGraph graph, String from, String to) {
        return graph.edges(from).stream().filter(e -> e.to().equals(to)).findFirst().orElseThrow();
    }

    /**
     * The paths from one to the other, shortest first, at most {@value #MAX_HOPS} hops, each visiting a node once and
     * through a neighbour once however many relations join the two: breadth first over partial paths, at most
     * {@value #MAX_FRONTIER} of them per step and {@value #MAX_EXAMINED} relations looked at, ending with the step
     * after the one that found the first (a path one longer when the shortest is alone).
     */
    private static List<List<EntityGraph.Edge>> shortestPaths(EntityGraph graph, String from, String to) {
        List<List<EntityGraph.Edge>> found = new ArrayList<>();
        List<List<EntityGraph.Edge>> frontier = List.of(List.of());
        int examined = 0;
        int shortest = -1;
        for (int hop = 0; hop < MAX_HOPS && !frontier.isEmpty() && examined < MAX_EXAMINED
                && (shortest < 0 || hop == shortest + 1 && found.size() < SHOWN_PATHS); hop++) {
            List<List<EntityGraph.Edge>> next = new ArrayList<>();
            for (List<EntityGraph.Edge> path : frontier) {
                if (examined > MAX_EXAMINED) {
                    break;
                }
                String at = path.isEmpty() ? from : path.get(path.size() - 1).to();
                Set<String> visited = new HashSet<>(nodes(from, path));
                Set<String> seen = new HashSet<>();
                for (EntityGraph.Edge e : graph.edges(at)) {
                    if (++examined > MAX_EXAMINED) {
                        break;
                    }
                    if (visited.contains(e.to()) || !seen.add(e.to())) {
                        continue;
                    }
                    List<EntityGraph.Edge> longer = new ArrayList<>(path);
                    longer.add(e);
                    if (e.to().equals(to)) {
                        found.add(longer);
                    } else if (next.size() < MAX_FRONTIER) {
                        next.add(longer);
                    }
                }
            }
            if (shortest < 0 && !found.isEmpty()) {
                shortest = hop;
            }
            frontier = next;
        }
        return found;
    }

    private static List<String> nodes(String from, List<EntityGraph.Edge> path) {
        List<String> out = new ArrayList<>(List.of(from));
        path.forEach(e -> out.add(e.to()));
        return out;
    }

    /** The nodes a path passes between its ends. */
    private static Set<String> between(List<EntityGraph.Edge> path) {
        Set<String> out = new HashSet<>();
        for (int i = 0; i < path.size() - 1; i++) {
            out.add(path.get(i).to());
        }
        return out;
    }

    private static Recommendation.PathView view(EntityGraph graph, List<EntityGraph.Edge> path) {
        List<EntityGraph.Entity> nodes = new ArrayList<>(List.of(graph.node(path.get(0).from())));
        List<Recommendation.Step> steps = new ArrayList<>();
        for (EntityGraph.Edge e : path) {
            nodes.add(graph.node(e.to()));
            steps.add(new Recommendation.Step(e.outgoing() ? e.from() : e.to(), e.outgoing() ? e.to() : e.from(),
                    e.type(), e.quote(), e.document(), e.start(), e.end()));
        }
        return new Recommendation.PathView(nodes, steps);
    }
}
