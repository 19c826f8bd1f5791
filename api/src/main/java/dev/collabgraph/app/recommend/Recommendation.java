package dev.collabgraph.app.recommend;

import java.util.List;

/**
 * One candidate partner: who it is, its raw score ({@link Scorer}) and what it means ({@code calibrated}: the share
 * of true partners among the pairs scored alike in the gold corpus, 0 to 1, {@link Calibration}), whether the two
 * are already linked (then its score was cut), and why: the shared neighbours (rarest first, each with its
 * resource-allocation weight), the industries both profiles hold, up to three short paths between the two, and the
 * evidence quotes on those paths.
 */
public record Recommendation(String id, String name, String label, double score, double calibrated, boolean linked,
                             Explanation explanation) {

    /** Why a candidate ranks where it does. */
    public record Explanation(List<Neighbour> sharedNeighbours, List<String> sharedIndustries, double industryFit,
                              List<PathView> paths, List<String> quotes) {
        public Explanation {
            sharedNeighbours = List.copyOf(sharedNeighbours);
            sharedIndustries = List.copyOf(sharedIndustries);
            paths = List.copyOf(paths);
            quotes = List.copyOf(quotes);
        }
    }

    /** A neighbour both share, with the weight it adds (1 / its degree). */
    public record Neighbour(String id, String label, String name, double weight) {
    }

    /** A path from the entity to the candidate: its nodes in order and the relationships between them. */
    public record PathView(List<EntityGraph.Entity> nodes, List<Step> links) {
        public PathView {
            nodes = List.copyOf(nodes);
            links = List.copyOf(links);
        }
    }

    /** One relationship on a path, as stated (source → target), with its first evidence. */
    public record Step(String source, String target, String type, String quote, String document, int start, int end) {
    }
}
