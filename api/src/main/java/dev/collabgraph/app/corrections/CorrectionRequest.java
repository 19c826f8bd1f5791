package dev.collabgraph.app.corrections;

/**
 * A correction as an editor asks for it (the JSON body of {@code POST /api/corrections}): the kind and the fields
 * that kind uses (see {@link dev.collabgraph.store.Correction}); the server fills in the rest (ids under a new
 * type, the merge target's name, the quote at the offsets).
 */
public record CorrectionRequest(String kind, String entity, String value, String label, String target, String from,
                                String type, String to, String document, Integer start, Integer end, String reason) {
}
