package dev.collabgraph.bench.recommend;

import dev.collabgraph.app.recommend.Kinds;
import dev.collabgraph.app.recommend.Scorer;
import dev.collabgraph.app.recommend.EntityGraph;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.ToDoubleFunction;

/**
 * Leave-one-out evaluation of the recommender: each known industry–academia link (a university with an enterprise,
 * platform or park, by any relationship) and each partnership (PARTNERS_WITH, CO_PARTICIPATES) is hidden in turn;
 * from each end, every node of the other end's kind not already linked to it is ranked, and the hidden partner's
 * rank gives AUC, hits@10 and MRR, for our score, the common-neighbour count and a random score. An end is asked
 * only when the other end is of a kind the recommender proposes to it ({@link Kinds}): a city partnering with a
 * city, or two enterprises named together, is no industry–academia recommendation.
 */
public final class Evaluation {
    static final Set<String> PARTNERSHIPS = Set.of("PARTNERS_WITH", "CO_PARTICIPATES");
    static final Set<String> INDUSTRY_SIDE = Set.of("Enterprise", "Platform", "Park");

    private Evaluation() {
    }

    /** Quality of one method: area under the ROC curve, share of partners ranked in the top ten, mean reciprocal rank. */
    public record Metrics(double auc, double hitsAt10, double mrr) {
    }

    /** The three methods on one graph, and how many hidden links (queries, both ends) were ranked. */
    public record Result(String graph, int nodes, int links, int queries, Metrics ours, Metrics commonNeighbours,
                         Metrics random) {
    }

    /** The links an evaluation hides, each once, as stated (source → target). */
    static List<EntityGraph.Edge> knownLinks(EntityGraph graph) {
        List<EntityGraph.Edge> out = new ArrayList<>();
        for (EntityGraph.Entity n : graph.nodes()) {
            for (EntityGraph.Edge e : graph.edges(n.id())) {
                String a = graph.node(e.from()).label();
                String b = graph.node(e.to()).label();
                boolean academia = a.equals("University") && INDUSTRY_SIDE.contains(b)
                        || b.equals("University") && INDUSTRY_SIDE.contains(a);
                if (e.outgoing() && (academia || PARTNERSHIPS.contains(e.type()))) {
                    out.add(e);
                }
            }
        }
        return out;
    }

    public static Result evaluate(String name, EntityGraph graph, long seed) {
        Random random = new Random(seed);
        List<EntityGraph.Edge> links = knownLinks(graph);
        Ranks ours = new Ranks();
        Ranks common = new Ranks();
        Ranks chance = new Ranks();
        for (EntityGraph.Edge link : links) {
            EntityGraph hidden = graph.without(link.from(), link.to());
            Scorer scorer = new Scorer(hidden);
            for (String[] ends : List.of(new String[] {link.from(), link.to()}, new String[] {link.to(), link.from()})) {
                String source = ends[0];
                String partner = ends[1];
                List<String> negatives = negatives(hidden, source, partner);
                if (negatives.isEmpty()) {
                    continue;
                }
                ours.add(partner, negatives, c -> scorer.score(source, c));
                common.add(partner, negatives, c -> scorer.commonNeighbours(source, c));
                chance.add(partner, negatives, c -> random.nextDouble());
            }
        }
        return new Result(name, graph.nodes().size(), links.size(), ours.count, ours.metrics(), common.metrics(),
                chance.metrics());
    }

    /**
     * The candidates a hidden partner is ranked among: every node of its kind not linked to {@code source}; none when
     * the recommender proposes no partner of that kind to {@code source}.
     */
    static List<String> negatives(EntityGraph graph, String source, String partner) {
        String partnerLabel = graph.node(partner).label();
        if (!Kinds.complements(graph.node(source).label()).contains(partnerLabel)) {
            return List.of();
        }
        return graph.nodes().stream().filter(c -> c.label().equals(partnerLabel)).map(EntityGraph.Entity::id)
                .filter(c -> !c.equals(source) && !c.equals(partner) && !graph.linked(source, c)).toList();
    }

    /** Running sums of one method's AUC, hits@10 and reciprocal rank; ties count half, as in the AUC. */
    static final class Ranks {
        int count;
        private double auc;
        private double hits;
        private double reciprocal;

        void add(String partner, List<String> negatives, ToDoubleFunction<String> score) {
            double target = score.applyAsDouble(partner);
            int above = 0;
            int ties = 0;
            for (String n : negatives) {
                double s = score.applyAsDouble(n);
                above += s > target ? 1 : 0;
                ties += s == target ? 1 : 0;
            }
            double rank = 1 + above + ties / 2.0;
            count++;
            auc += (negatives.size() - above - ties / 2.0) / negatives.size();
            hits += rank <= 10 ? 1 : 0;
            reciprocal += 1 / rank;
        }

        Metrics metrics() {
            return count == 0 ? new Metrics(0, 0, 0) : new Metrics(auc / count, hits / count, reciprocal / count);
        }
    }
}
