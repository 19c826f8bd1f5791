package dev.collabgraph.app.explore;

import java.util.List;

/** A relationship as the explorer draws it: D3's source and target ids, the type and the evidence. */
public record GraphLink(String source, String target, String type, List<EvidenceView> evidence) {
}
