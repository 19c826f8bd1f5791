package dev.collabgraph.app.explore;

import java.util.List;
import java.util.Map;

/**
 * Counts per label and relationship type, how many documents are loaded ({@code documentCount}) and the newest of
 * them ({@code documents}, at most {@value ExploreQueries#LISTED_DOCUMENTS}).
 */
public record Stats(Map<String, Long> nodes, Map<String, Long> relationships, long documentCount,
                    List<DocumentRef> documents) {

    /** A loaded document. */
    public record DocumentRef(String id, String title, String number, String date) {
    }
}
