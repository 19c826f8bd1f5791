package dev.collabgraph.app.recommend;

import java.util.List;

/** The ranked partners of one entity: the entity, the kinds of candidate ranked, and the items best first. */
public record Recommendations(EntityGraph.Entity entity, List<String> kinds, List<Recommendation> items) {
    public Recommendations {
        kinds = List.copyOf(kinds);
        items = List.copyOf(items);
    }
}
