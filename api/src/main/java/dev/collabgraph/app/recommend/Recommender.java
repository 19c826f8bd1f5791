package dev.collabgraph.app.recommend;

import dev.collabgraph.app.query.Csv;
import dev.collabgraph.store.CypherFiles;
import dev.collabgraph.store.CypherStatement;
import dev.collabgraph.store.GraphStore;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Ranks and explains partner candidates for an entity, by raw score (the calibrated score beside it never changes the
 * order), over a projection of the graph read from the store and kept for a few minutes ({@link CachedEntityGraph}).
 */
public final class Recommender {
    private static final CypherStatement LINKS = CypherFiles.load("queries/recommend/listEntityLinks");
    /** The CSV columns of a download. */
    private static final List<String> COLUMNS = List.of("rank", "name", "label", "calibrated", "meaning", "score",
            "linked", "sharedNeighbours", "sharedIndustries", "paths", "quotes", "id");

    private static final Duration READ_LIMIT = Duration.ofMinutes(2);
    private final CachedEntityGraph graph;

    public Recommender(GraphStore store) {
        this.graph = new CachedEntityGraph(() -> read(store));
    }

    /** Reads the projection now unless it is at hand, so that the first request does not wait for it. */
    public void warmUp() {
        graph.get();
    }

    /**
     * Reads the projection the scores need: tasks and entities, and the relationships among them. Hundreds of
     * thousands of rows on a large corpus, hence its own time limit.
     */
    public static EntityGraph read(GraphStore store) {
        EntityGraph graph = new EntityGraph();
        store.read(LINKS, Map.of("labels", Kinds.graphLabels()), READ_LIMIT, r -> {
            graph.add(new EntityGraph.Entity(r.get("source").asString(), r.get("sourceLabel").asString(),
                            r.get("sourceName").asString("")),
                    new EntityGraph.Entity(r.get("target").asString(), r.get("targetLabel").asString(),
                            r.get("targetName").asString("")),
                    r.get("type").asString(), r.get("quote").asString(""), r.get("document").asString(null),
                    r.get("start").asInt(), r.get("end").asInt(), r.get("relationships").asInt());
            return r;
        });
        return graph;
    }

    /**
     * The best {@code limit} candidates for the entity {@code id}, of kind {@code label} (null: every complementary
     * kind); empty when the graph has no such entity.
     */
    public Optional<Recommendations> recommend(String id, String label, int limit) {
        CachedEntityGraph.Snapshot snapshot = graph.get();
        return rank(snapshot.graph(), snapshot.scorer(), id, label, limit);
    }

    /** {@link #recommend} over a graph already read (the command line resolves names in it first). */
    public static Optional<Recommendations> rank(EntityGraph graph, String id, String label, int limit) {
        return rank(graph, new Scorer(graph), id, label, limit);
    }

    private static Optional<Recommendations> rank(EntityGraph graph, Scorer scorer, String id, String label, int limit) {
        EntityGraph.Entity entity = graph.node(id);
        if (entity == null) {
            return Optional.empty();
        }
        List<String> kinds = label == null ? Kinds.defaults(entity.label()) : List.of(label);
        List<Recommendation> items = graph.nodes().stream()
                .filter(c -> kinds.contains(c.label()) && !c.id().equals(id))
                .map(c -> new Scored(c, scorer.score(id, c.id())))
                .filter(s -> s.score() > 0)
                .sorted(Comparator.comparingDouble(Scored::score).reversed().thenComparing(s -> s.entity().id()))
                .limit(limit)
                .map(s -> Explainer.explain(graph, scorer, entity, s.entity(), s.score(),
                        Calibration.shipped().of(s.score())))
                .toList();
        return Optional.of(new Recommendations(entity, kinds, Kinds.complements(entity.label()), items));
    }

    /**
     * The items as CSV for spreadsheets: one row each, the calibrated score with its meaning in {@code language}
     * ({@code zh} or {@code en}) beside the raw score, the explanation flattened into readable fields.
     */
    public static String csv(Recommendations recommendations, String language) {
        List<List<Object>> rows = new ArrayList<>();
        int rank = 1;
        for (Recommendation r : recommendations.items()) {
            Recommendation.Explanation x = r.explanation();
            rows.add(List.of(rank++, r.name(), r.label(), String.format(Locale.ROOT, "%.4f", r.calibrated()),
                    Calibration.meaning(r.calibrated(), language), String.format(Locale.ROOT, "%.4f", r.score()), r.linked(),
                    x.sharedNeighbours().stream().map(n -> n.name() + " (" + n.label() + ")").toList(),
                    x.sharedIndustries(),
                    x.paths().stream().map(p -> String.join(" — ", p.nodes().stream()
                            .map(EntityGraph.Entity::name).toList())).toList(),
                    x.quotes(), r.id()));
        }
        return Csv.of(COLUMNS, rows);
    }

    private record Scored(EntityGraph.Entity entity, double score) {
    }
}
