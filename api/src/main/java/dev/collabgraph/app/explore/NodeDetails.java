package dev.collabgraph.app.explore;

import java.util.List;
import java.util.Map;

/** Everything the details panel shows about one node. */
public record NodeDetails(String id, String label, String name, List<String> aliases, Map<String, Object> properties,
                          Map<String, Long> degree, List<TaskRef> tasks, List<Relation> relations) {

    /** A task or annex row the node is responsible for ({@code via} RESPONSIBLE_FOR, with its role) or named in. */
    public record TaskRef(String id, String label, Long number, String title, String document, String role,
                          String via) {
    }

    /** A relationship seen from the node: its type, direction, the node at the other end and the evidence. */
    public record Relation(String type, String direction, Ref node, String role, List<EvidenceView> evidence) {
    }

    /** A reference to another node. */
    public record Ref(String id, String label, String name) {
    }
}
