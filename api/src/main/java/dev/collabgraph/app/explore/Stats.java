package dev.collabgraph.app.explore;

import java.util.List;
import java.util.Map;

/** Counts per label and relationship type, and the documents loaded. */
public record Stats(Map<String, Long> nodes, Map<String, Long> relationships, List<DocumentRef> documents) {

    /** A loaded document. */
    public record DocumentRef(String id, String title, String number, String date) {
    }
}
