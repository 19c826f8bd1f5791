package dev.collabgraph.app.recommend;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Why a candidate ranks where it does: its shared neighbours (rarest first), the paths through the first three of
 * them (or the shortest path when they share none), the evidence quotes on those paths and the shared industries.
 */
final class Explainer {
    private static final int SHOWN_NEIGHBOURS = 8;
    private static final int SHOWN_PATHS = 3;
    private static final int MAX_HOPS = 4;

    private Explainer() {
    }

    static Recommendation explain(EntityGraph graph, Scorer scorer, EntityGraph.Entity entity,
                                  EntityGraph.Entity candidate, double score) {
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
        if (paths.isEmpty()) {
            shortestPath(graph, a, b).ifPresent(paths::add);
        }
        List<Recommendation.PathView> views = paths.stream().map(p -> view(graph, p)).toList();
        Set<String> quotes = new LinkedHashSet<>();
        paths.forEach(p -> p.forEach(e -> {
            if (!e.quote().isBlank()) {
                quotes.add(e.quote());
            }
        }));
        List<String> industries = scorer.sharedIndustries(a, b).stream().map(i -> graph.node(i).name()).toList();
        return new Recommendation(b, candidate.name(), candidate.label(), score, graph.linked(a, b),
                new Recommendation.Explanation(shared, industries, scorer.industryFit(a, b), views,
                        List.copyOf(quotes)));
    }

    private static EntityGraph.Edge edge(EntityGraph graph, String from, String to) {
        return graph.edges(from).stream().filter(e -> e.to().equals(to)).findFirst().orElseThrow();
    }

    /** Breadth-first, at most {@value #MAX_HOPS} hops: how the two connect when they share no neighbour. */
    private static Optional<List<EntityGraph.Edge>> shortestPath(EntityGraph graph, String from, String to) {
        Map<String, EntityGraph.Edge> via = new HashMap<>();
        Map<String, Integer> depth = new HashMap<>(Map.of(from, 0));
        ArrayDeque<String> queue = new ArrayDeque<>(List.of(from));
        while (!queue.isEmpty() && !depth.containsKey(to)) {
            String n = queue.poll();
            if (depth.get(n) == MAX_HOPS) {
                continue;
            }
            for (EntityGraph.Edge e : graph.edges(n)) {
                if (!depth.containsKey(e.to())) {
                    depth.put(e.to(), depth.get(n) + 1);
                    via.put(e.to(), e);
                    queue.add(e.to());
                }
            }
        }
        if (!depth.containsKey(to)) {
            return Optional.empty();
        }
        List<EntityGraph.Edge> path = new ArrayList<>();
        for (String n = to; !n.equals(from); n = via.get(n).from()) {
            path.add(0, via.get(n));
        }
        return Optional.of(path);
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
