package dev.collabgraph.model;

import java.util.List;

/**
 * Everything extracted from one document: the public JSON contract of {@code collabgraph extract}
 * ({@code document}, {@code nodes}, {@code relationships}) plus the warnings raised on the way.
 */
public record ExtractedGraph(DocumentInfo document, List<Node> nodes, List<Relationship> relationships,
                             List<String> warnings) {
    public ExtractedGraph {
        nodes = List.copyOf(nodes);
        relationships = List.copyOf(relationships);
        warnings = List.copyOf(warnings);
    }
}
