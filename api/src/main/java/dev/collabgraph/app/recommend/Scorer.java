package dev.collabgraph.app.recommend;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Scores a candidate partner from the graph alone. Shared neighbours (tasks, industries, parks, regions, platforms,
 * and partners in common) count by resource allocation (each adds 1/degree: a task naming three actors says more
 * than one naming thirty); industry fit is the cosine of the two industry profiles (industries an entity focuses on, leads,
 * clusters with, hosts or relies on something that does, or is named with in a task, parents included at half
 * weight). A pair already linked keeps {@value #LINKED_FACTOR} of its score: it is no news.
 */
public final class Scorer {
    static final double LINKED_FACTOR = 0.1;
    static final double FIT_WEIGHT = 0.5;
    /** The weight of three-step paths beside shared neighbours (resource allocation) and industry fit. */
    static final double PATH_WEIGHT = 0.1;
    private static final Set<String> SHARED_LABELS =
            Set.of("Task", "Industry", "Park", "Region", "Platform", "University", "Enterprise");
    private static final Set<String> DIRECT = Set.of("FOCUSES_ON", "LEADS", "CLUSTER_IN", "SUPPORTS");
    private static final Set<String> CARRIERS = Set.of("HOSTS", "RELIES_ON", "LOCATED_IN", "PART_OF");

    private final EntityGraph graph;
    /** Industry profiles by node, made once per graph: the scorer is shared by the requests over one projection. */
    private final Map<String, Map<String, Double>> profiles = new ConcurrentHashMap<>();

    public Scorer(EntityGraph graph) {
        this.graph = graph;
    }

    /** Our score of {@code candidate} as a partner of {@code source}. */
    public double score(String source, String candidate) {
        double score = resourceAllocation(source, candidate) + FIT_WEIGHT * industryFit(source, candidate)
                + PATH_WEIGHT * threeStep(source, candidate);
        return graph.linked(source, candidate) ? score * LINKED_FACTOR : score;
    }

    /**
     * Paths of three steps (source – x – y – candidate), each weighted by 1 / (deg x · deg y): what ranks two actors
     * who share no neighbour yet whose partners do (a university whose companies work with the platforms a company
     * works with), where a new document's pair usually stands; a small weight, so shared neighbours still come first.
     */
    public double threeStep(String source, String candidate) {
        Map<String, Double> reach = reachOf(source);
        double sum = 0;
        for (String y : graph.neighbours(candidate)) {
            sum += reach.getOrDefault(y, 0.0);
        }
        return sum;
    }

    /** The nodes two steps from {@code source} with their path weights; kept for the last source asked. */
    private Map<String, Double> reachOf(String source) {
        TwoSteps last = lastReach;
        if (last != null && last.source().equals(source)) {
            return last.reach();
        }
        Map<String, Double> reach = new HashMap<>();
        for (String x : graph.neighbours(source)) {
            Set<String> around = graph.neighbours(x);
            for (String y : around) {
                if (!y.equals(source)) {
                    reach.merge(y, 1.0 / around.size(), Double::sum);
                }
            }
        }
        reach.replaceAll((y, w) -> w / graph.neighbours(y).size());
        lastReach = new TwoSteps(source, reach);
        return reach;
    }

    private record TwoSteps(String source, Map<String, Double> reach) {
    }

    /** The last source's two-step reach: a request ranks every candidate for one source. */
    private volatile TwoSteps lastReach;

    /** Resource allocation over the shared neighbours that say something about partnering. */
    public double resourceAllocation(String source, String candidate) {
        double sum = 0;
        for (String z : shared(source, candidate)) {
            sum += 1.0 / graph.neighbours(z).size();
        }
        return sum;
    }

    /** The common-neighbours baseline: how many neighbours of any kind the two share. */
    public int commonNeighbours(String source, String candidate) {
        Set<String> a = graph.neighbours(source);
        return (int) graph.neighbours(candidate).stream().filter(a::contains).count();
    }

    /** Shared neighbours of the kinds that count, rarest first. */
    public List<String> shared(String source, String candidate) {
        Set<String> a = graph.neighbours(source);
        return graph.neighbours(candidate).stream().filter(a::contains)
                .filter(z -> SHARED_LABELS.contains(graph.node(z).label()))
                .sorted((x, y) -> Integer.compare(graph.neighbours(x).size(), graph.neighbours(y).size())).toList();
    }

    /** Cosine of the two industry profiles, 0 when either has none. */
    public double industryFit(String source, String candidate) {
        Map<String, Double> a = profile(source);
        Map<String, Double> b = profile(candidate);
        double dot = 0;
        for (Map.Entry<String, Double> e : a.entrySet()) {
            dot += e.getValue() * b.getOrDefault(e.getKey(), 0.0);
        }
        return dot == 0 ? 0 : dot / (norm(a) * norm(b));
    }

    /** Industries in both profiles, strongest first. */
    public List<String> sharedIndustries(String source, String candidate) {
        Map<String, Double> a = profile(source);
        Map<String, Double> b = profile(candidate);
        return a.keySet().stream().filter(b::containsKey)
                .sorted((x, y) -> Double.compare(a.get(y) * b.get(y), a.get(x) * b.get(x))).toList();
    }

    Map<String, Double> profile(String id) {
        return profiles.computeIfAbsent(id, this::computeProfile);
    }

    /** Each relationship counts: an edge standing for several (a pair summary) weighs as many. */
    private Map<String, Double> computeProfile(String id) {
        Map<String, Double> weights = new HashMap<>();
        if (graph.node(id) != null && graph.node(id).label().equals("Industry")) {
            weights.put(id, 1.0);
        }
        for (EntityGraph.Edge e : graph.edges(id)) {
            String label = graph.node(e.to()).label();
            if (label.equals("Industry") && !e.type().equals("MENTIONS")) {
                weights.merge(e.to(), (double) e.relationships(), Double::sum);
            } else if (label.equals("Task")) {
                List<String> named = graph.neighbours(e.to()).stream()
                        .filter(i -> graph.node(i).label().equals("Industry")).toList();
                named.forEach(i -> weights.merge(i, e.relationships() * (1.0 / named.size()), Double::sum));
            } else if (CARRIERS.contains(e.type())) {
                for (EntityGraph.Edge f : graph.edges(e.to())) {
                    if (DIRECT.contains(f.type()) && graph.node(f.to()).label().equals("Industry")) {
                        weights.merge(f.to(), e.relationships() * f.relationships() * 0.5, Double::sum);
                    }
                }
            }
        }
        Map<String, Double> withParents = new HashMap<>(weights);
        weights.forEach((industry, w) -> graph.edges(industry).stream()
                .filter(e -> e.outgoing() && e.type().equals("PART_OF"))
                .forEach(e -> withParents.merge(e.to(), e.relationships() * (w / 2), Double::sum)));
        return withParents;
    }

    private static double norm(Map<String, Double> v) {
        return Math.sqrt(v.values().stream().mapToDouble(x -> x * x).sum());
    }
}
