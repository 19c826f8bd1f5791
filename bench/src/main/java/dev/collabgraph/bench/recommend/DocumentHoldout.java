package dev.collabgraph.bench.recommend;

import dev.collabgraph.app.recommend.EntityGraph;
import dev.collabgraph.app.recommend.Kinds;
import dev.collabgraph.app.recommend.Scorer;
import dev.collabgraph.model.ExtractedGraph;
import dev.collabgraph.model.Node;
import dev.collabgraph.model.Relationship;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Leave one document out: the links a document states (a university with an enterprise, platform or park; a
 * partnership) are predicted from the graph the other documents make, as a planner's new document would be. A link
 * is asked only when both ends are known from the other documents and no other document states it already (that
 * one the recommender would show as linked, not predict); each such link is asked from both ends whose partner is of a
 * kind the recommender proposes ({@link Kinds}). Methods: ours ({@link Scorer#score}), common neighbours,
 * Adamic–Adar (common neighbours weighted by 1 / ln degree) and a random score.
 */
public final class DocumentHoldout {
    /** The graph the recommender reads: partner kinds and what they share (tasks, industries, regions). */
    private static final Set<String> GRAPH_LABELS = Set.of("Task", "University", "Enterprise", "Platform", "Park",
            "Region", "Industry");

    private DocumentHoldout() {
    }

    /**
     * The four methods over a corpus; {@code cold}: links with an end no other document names, {@code known}: links
     * another document states too — neither is asked.
     */
    public record Result(String corpus, int documents, int links, int queries, int cold, int known,
                         Evaluation.Metrics ours, Evaluation.Metrics commonNeighbours, Evaluation.Metrics adamicAdar,
                         Evaluation.Metrics random) {
    }

    /** A link a document states, once per pair. */
    private record Link(String a, String b) {
    }

    public static Result evaluate(String name, List<ExtractedGraph> documents, long seed) {
        Random random = new Random(seed);
        Evaluation.Ranks ours = new Evaluation.Ranks();
        Evaluation.Ranks common = new Evaluation.Ranks();
        Evaluation.Ranks adamicAdar = new Evaluation.Ranks();
        Evaluation.Ranks chance = new Evaluation.Ranks();
        int links = 0;
        int cold = 0;
        int known = 0;
        for (int held = 0; held < documents.size(); held++) {
            EntityGraph others = new EntityGraph();
            for (int d = 0; d < documents.size(); d++) {
                if (d != held) {
                    addTo(others, documents.get(d));
                }
            }
            Scorer scorer = new Scorer(others);
            Map<String, Integer> degree = new HashMap<>();
            for (Link link : statedLinks(documents.get(held))) {
                links++;
                if (others.node(link.a()) == null || others.node(link.b()) == null) {
                    cold++;
                    continue;
                }
                if (others.linked(link.a(), link.b())) {
                    known++;
                    continue;
                }
                for (String[] ends : List.of(new String[] {link.a(), link.b()}, new String[] {link.b(), link.a()})) {
                    String source = ends[0];
                    String partner = ends[1];
                    List<String> negatives = Evaluation.negatives(others, source, partner);
                    if (negatives.isEmpty()) {
                        continue;
                    }
                    ours.add(partner, negatives, c -> scorer.score(source, c));
                    common.add(partner, negatives, c -> scorer.commonNeighbours(source, c));
                    adamicAdar.add(partner, negatives, c -> adamicAdar(others, degree, source, c));
                    chance.add(partner, negatives, c -> random.nextDouble());
                }
            }
        }
        return new Result(name, documents.size(), links, ours.count, cold, known, ours.metrics(), common.metrics(),
                adamicAdar.metrics(), chance.metrics());
    }

    /** Every relationship of the document between nodes the recommender reads, one edge each. */
    static void addTo(EntityGraph graph, ExtractedGraph document) {
        Map<String, Node> byId = new HashMap<>();
        document.nodes().forEach(n -> byId.put(n.id(), n));
        for (Relationship r : document.relationships()) {
            Node a = byId.get(r.from());
            Node b = byId.get(r.to());
            if (a == null || b == null || !GRAPH_LABELS.contains(a.label().name())
                    || !GRAPH_LABELS.contains(b.label().name())) {
                continue;
            }
            graph.add(entity(a), entity(b), r.type().name(), r.evidence().get(0).quote(),
                    document.document().id(), r.evidence().get(0).start(), r.evidence().get(0).end());
        }
    }

    private static EntityGraph.Entity entity(Node n) {
        return new EntityGraph.Entity(n.id(), n.label().name(), n.name());
    }

    /** The industry–academia links and partnerships the document states, each pair once. */
    static Set<Link> statedLinks(ExtractedGraph document) {
        Map<String, Node> byId = new HashMap<>();
        document.nodes().forEach(n -> byId.put(n.id(), n));
        Set<Link> out = new LinkedHashSet<>();
        for (Relationship r : document.relationships()) {
            Node a = byId.get(r.from());
            Node b = byId.get(r.to());
            if (a == null || b == null || a.id().equals(b.id())) {
                continue;
            }
            String la = a.label().name();
            String lb = b.label().name();
            boolean academia = la.equals("University") && Evaluation.INDUSTRY_SIDE.contains(lb)
                    || lb.equals("University") && Evaluation.INDUSTRY_SIDE.contains(la);
            boolean partners = Evaluation.PARTNERSHIPS.contains(r.type().name()) && GRAPH_LABELS.contains(la)
                    && GRAPH_LABELS.contains(lb) && !la.equals("Task") && !lb.equals("Task");
            if (academia || partners) {
                boolean ordered = a.id().compareTo(b.id()) < 0;
                out.add(ordered ? new Link(a.id(), b.id()) : new Link(b.id(), a.id()));
            }
        }
        return out;
    }

    /** Adamic–Adar: the common neighbours of any kind, each weighted by 1 / ln of its degree. */
    private static double adamicAdar(EntityGraph graph, Map<String, Integer> degree, String source, String candidate) {
        Set<String> a = graph.neighbours(source);
        double sum = 0;
        for (String z : graph.neighbours(candidate)) {
            if (a.contains(z)) {
                int k = degree.computeIfAbsent(z, id -> graph.neighbours(id).size());
                sum += 1 / Math.log(Math.max(2, k));
            }
        }
        return sum;
    }
}
