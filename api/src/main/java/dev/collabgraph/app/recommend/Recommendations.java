package dev.collabgraph.app.recommend;

import java.util.List;

/**
 * The ranked partners of one entity: the entity, the kinds of candidate ranked, the kinds that may be asked for
 * ({@code offered}), and the items best first.
 */
public record Recommendations(EntityGraph.Entity entity, List<String> kinds, List<String> offered,
                              List<Recommendation> items) {
    public Recommendations {
        kinds = List.copyOf(kinds);
        offered = List.copyOf(offered);
        items = List.copyOf(items);
    }
}
