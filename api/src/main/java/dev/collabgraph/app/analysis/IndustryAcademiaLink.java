package dev.collabgraph.app.analysis;

import dev.collabgraph.app.explore.EvidenceView;

import java.util.List;

/**
 * A stated relationship between a university and the industry side (an enterprise, platform, park or industry):
 * its type and direction, the partner, the industries it touches, and its evidence.
 */
public record IndustryAcademiaLink(String universityId, String university, String type, boolean outgoing,
                                   String partnerId, String partnerLabel, String partner, List<String> industries,
                                   List<EvidenceView> evidence) {
    /** The columns of the CSV download, in order. */
    static final List<String> COLUMNS = List.of("university", "type", "partnerLabel", "partner", "industries",
            "quotes", "document", "universityId", "partnerId");

    public IndustryAcademiaLink {
        industries = List.copyOf(industries);
        evidence = List.copyOf(evidence);
    }

    List<Object> csvRow() {
        return List.of(university, type, partnerLabel, partner, industries,
                evidence.stream().map(EvidenceView::quote).toList(),
                evidence.isEmpty() ? "" : evidence.get(0).document(), universityId, partnerId);
    }
}
