package dev.collabgraph.bench;

import dev.collabgraph.app.explore.PathTypes;
import dev.collabgraph.app.recommend.EntityGraph;
import dev.collabgraph.app.recommend.Recommendation;
import dev.collabgraph.app.recommend.Recommendations;
import dev.collabgraph.app.recommend.Recommender;
import dev.collabgraph.store.CypherFiles;
import dev.collabgraph.store.CypherStatement;
import dev.collabgraph.store.GraphStore;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Compares the answers of the queries that read the pair summaries with those of the queries as they were before
 * (kept under {@code cypher/legacy/}, which read every per-document relationship), on one store: the same groups,
 * neighbours, paths and recommendations. Where the old query showed "the first" relationship's quote, the order of
 * which was the store's, the new one's must be a quote of the same pair and type.
 */
final class SummaryAnswers {
    private static final List<String> RECOMMENDER_LABELS =
            List.of("Task", "University", "Enterprise", "Platform", "Park", "Region", "Industry");
    private final GraphStore store;

    SummaryAnswers(GraphStore store) {
        this.store = store;
    }

    private static CypherStatement load(String name) {
        return CypherFiles.load(name);
    }

    /** Every summary holds what the per-document relationships say. */
    void summariesMatchTheRelationships() {
        List<String> summaries = store.read(load("legacy/listPairSummaries"), Map.of(), SummaryAnswers::summaryRow);
        List<String> expected = store.read(load("legacy/summariseRelationships"), Map.of(), SummaryAnswers::summaryRow);
        assertThat(summaries).isNotEmpty().isEqualTo(expected);
    }

    private static String summaryRow(Record r) {
        return r.get("pair").asString() + " " + r.get("documents").asLong() + "/" + r.get("relationships").asLong()
                + "/" + r.get("quoteCount").asLong();
    }

    /** The nodes compared: the best connected of each entity label and of tasks. */
    List<String> comparedNodes(int perLabel) {
        return store.read(load("legacy/listComparedNodes"), Map.of("perLabel", perLabel), r -> r.get("id").asString());
    }

    void nodeRelationsAreTheSame(String id) {
        for (int[] page : new int[][] {{0, 50}, {2, 3}, {0, 1000}}) {
            Map<String, Object> args = Map.of("id", id, "skip", page[0], "limit", page[1], "quotes", 3);
            List<Record> old = store.read(load("legacy/findNodeRelations"), args, r -> r);
            List<Record> now = store.read(load("queries/explore/findNodeRelations"), args, r -> r);
            assertThat(now.stream().map(SummaryAnswers::group).toList()).as(id)
                    .isEqualTo(old.stream().map(SummaryAnswers::group).toList());
            for (int i = 0; i < now.size(); i++) {
                List<Value> oldEvidence = old.get(i).get("evidence").asList(v -> v);
                List<Value> newEvidence = now.get(i).get("evidence").asList(v -> v);
                assertThat(newEvidence).as(id + " " + group(now.get(i))).hasSameSizeAs(oldEvidence);
                boolean outgoing = now.get(i).get("outgoing").asBoolean();
                String other = now.get(i).get("id").asString();
                Set<String> quotes = pairQuotes(outgoing ? id : other, outgoing ? other : id,
                        now.get(i).get("type").asString());
                newEvidence.forEach(e -> assertThat(quotes).as(id).contains(e.get("quote").asString()));
                Set<String> documents = new HashSet<>();
                newEvidence.forEach(e -> documents.add(e.get("document").asString()));
                assertThat(documents).as("one quote per relationship").hasSize(newEvidence.size());
            }
        }
    }

    private static String group(Record r) {
        return r.get("total").asLong() + " " + r.get("type").asString() + " " + r.get("outgoing").asBoolean() + " "
                + r.get("id").asString() + " " + r.get("label").asString() + " " + r.get("name").asString("") + " "
                + r.get("relationships").asLong() + " " + r.get("quoteCount").asLong();
    }

    private Set<String> pairQuotes(String from, String to, String type) {
        return new HashSet<>(store.read(load("legacy/findPairQuotes"), Map.of("from", from, "to", to, "type", type),
                r -> r.get("quote").asString()));
    }

    void neighboursAreTheSame(String id) {
        for (List<List<String>> filters : List.of(List.of(List.<String>of(), List.<String>of()),
                List.of(List.of("University", "Enterprise", "Task"), List.<String>of()),
                List.of(List.<String>of(), List.of("PARTNERS_WITH", "MENTIONS", "LOCATED_IN")))) {
            for (int limit : new int[] {50, 100_000}) {
                Map<String, Object> args = Map.of("id", id, "labels", filters.get(0), "types", filters.get(1),
                        "limit", limit);
                List<Record> old = store.read(load("legacy/expandNeighbors"), args, r -> r);
                List<Record> now = store.read(load("queries/explore/expandNeighbors"), args, r -> r);
                assertThat(neighbours(now)).as(id + " " + args).isEqualTo(neighbours(old));
                assertThat(links(now)).as(id + " " + args).isEqualTo(links(old));
                for (Record r : now) {
                    List<String> quotes = r.get("quotes").asList(Value::asString);
                    assertThat(quotes).hasSize(1);
                    assertThat(pairQuotes(r.get("source").asString(), r.get("target").asString(),
                            r.get("type").asString())).contains(quotes.get(0));
                }
            }
        }
    }

    /** Neighbours in order, with their degree, and the total. */
    private static List<String> neighbours(List<Record> rows) {
        Set<String> out = new LinkedHashSet<>();
        rows.forEach(r -> out.add(r.get("total").asLong() + " " + r.get("id").asString() + " "
                + r.get("label").asString() + " " + r.get("degree").asLong()));
        return List.copyOf(out);
    }

    private static Set<String> links(List<Record> rows) {
        Set<String> out = new HashSet<>();
        rows.forEach(r -> out.add(r.get("source").asString() + " " + r.get("type").asString() + " "
                + r.get("target").asString()));
        assertThat(out).as("one link per pair and type").hasSize(rows.size());
        return out;
    }

    /**
     * The same shortest paths: the routes (nodes in order) of the shortest length the summaries give are among those
     * of every relationship, and of the same length; the alternatives after them are longer.
     */
    void pathsAreTheSame(String from, String to, int maxHops) {
        Map<String, Object> legacy = Map.of("from", from, "to", to, "maxHops", maxHops, "limit", 1_000_000);
        // through every label but documents and sections: what the legacy query allowed
        Map<String, Object> args = Map.of("from", from, "to", to, "maxHops", maxHops, "candidates", 50,
                "through", PathTypes.ALL);
        List<List<String>> old = store.read(load("legacy/findShortestPaths"), legacy, SummaryAnswers::route);
        List<Record> rows = store.read(load("queries/explore/findAlternativePaths"), args, r -> r);
        List<List<String>> now = rows.stream().map(SummaryAnswers::route).toList();
        assertThat(now.isEmpty()).as(from + " → " + to).isEqualTo(old.isEmpty());
        if (now.isEmpty()) {
            return;
        }
        int shortest = old.get(0).size();
        assertThat(now.get(0)).hasSize(shortest);
        assertThat(new HashSet<>(old)).as(from + " → " + to)
                .containsAll(now.stream().filter(r -> r.size() == shortest).toList());
        assertThat(now).allSatisfy(r -> assertThat(r.size()).isGreaterThanOrEqualTo(shortest));
        for (Record r : rows) {
            for (Value link : r.get("links").values()) {
                assertThat(pairQuotes(link.get("source").asString(), link.get("target").asString(),
                        link.get("type").asString())).contains(link.get("quote").asString());
            }
        }
    }

    private static List<String> route(Record r) {
        List<String> ids = new ArrayList<>();
        r.get("nodes").values().forEach(n -> ids.add(n.get("id").asString()));
        return ids;
    }

    /** The recommender's projection and its rankings: the same from the summaries as from every relationship. */
    void recommendationsAreTheSame(List<String> ids) {
        EntityGraph old = new EntityGraph();
        store.read(load("legacy/listEntityLinks"), Map.of("labels", RECOMMENDER_LABELS), r -> {
            old.add(entity(r, "source"), entity(r, "target"), r.get("type").asString(), r.get("quote").asString(""),
                    r.get("document").asString(null), r.get("start").asInt(), r.get("end").asInt());
            return r;
        });
        EntityGraph now = Recommender.read(store);
        assertThat(now.nodes()).containsExactlyInAnyOrderElementsOf(old.nodes());
        for (EntityGraph.Entity n : old.nodes()) {
            assertThat(now.neighbours(n.id())).as(n.id()).containsExactlyInAnyOrderElementsOf(old.neighbours(n.id()));
            assertThat(weights(now, n.id())).as(n.id()).isEqualTo(weights(old, n.id()));
        }
        for (String id : ids) {
            // every candidate, not the best ten: scores equal up to rounding may swap places at the cut
            Optional<Recommendations> before = Recommender.rank(old, id, null, 100_000);
            Optional<Recommendations> after = Recommender.rank(now, id, null, 100_000);
            assertThat(after.isPresent()).isEqualTo(before.isPresent());
            if (before.isEmpty()) {
                continue;
            }
            Map<String, Recommendation> b = byId(before.get());
            Map<String, Recommendation> a = byId(after.get());
            assertThat(a.keySet()).as(id).isEqualTo(b.keySet());
            for (Recommendation r : a.values()) {
                Recommendation o = b.get(r.id());
                assertThat(r.score()).as(id + " " + r.id()).isCloseTo(o.score(), within(1e-9));
                assertThat(r.linked()).isEqualTo(o.linked());
                // the same shared neighbours, rarest first (the order among equally rare ones is the edges' order)
                assertThat(r.explanation().sharedNeighbours().stream().map(Recommendation.Neighbour::weight).toList())
                        .isEqualTo(o.explanation().sharedNeighbours().stream().map(Recommendation.Neighbour::weight).toList());
                assertThat(r.explanation().sharedNeighbours().stream().map(Recommendation.Neighbour::id).toList())
                        .containsExactlyInAnyOrderElementsOf(o.explanation().sharedNeighbours().stream()
                                .map(Recommendation.Neighbour::id).toList());
                assertThat(r.explanation().sharedIndustries())
                        .containsExactlyInAnyOrderElementsOf(o.explanation().sharedIndustries());
            }
        }
    }

    private static Map<String, Recommendation> byId(Recommendations recommendations) {
        Map<String, Recommendation> out = new LinkedHashMap<>();
        recommendations.items().forEach(r -> out.put(r.id(), r));
        return out;
    }

    /** How many relationships of each type link a node to each neighbour. */
    private static Map<String, Integer> weights(EntityGraph graph, String id) {
        Map<String, Integer> out = new LinkedHashMap<>();
        graph.edges(id).forEach(e -> out.merge(e.to() + " " + e.type() + " " + e.outgoing(), e.relationships(),
                Integer::sum));
        return new java.util.TreeMap<>(out);
    }

    private static EntityGraph.Entity entity(Record r, String end) {
        return new EntityGraph.Entity(r.get(end).asString(), r.get(end + "Label").asString(),
                r.get(end + "Name").asString(""));
    }
}
