package dev.collabgraph.store;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One correction an editor made to what extraction found, kept as data (who, when, why) and applied to every
 * document it touches whenever that document is written ({@link CorrectionLayer}), so that loading a document again
 * never brings a corrected error back. {@code seq} orders them: later corrections see the earlier ones' result.
 *
 * <p>What each kind uses: {@code entity} is the entity corrected; RENAME and the alias kinds take {@code value} (the
 * name or alias); SPLIT_ALIAS takes the alias as {@code value} and the new entity's {@code label} and id
 * ({@code target}); RETYPE takes {@code label} and {@code target} (the entity's id under that label); MERGE takes
 * {@code target}, its {@code label} and its name as {@code value}; the relationship kinds take {@code from},
 * {@code type}, {@code to} and {@code document} (DELETE_RELATIONSHIP: null for every document), and
 * ADD_RELATIONSHIP its evidence {@code quote}, {@code start}, {@code end} in that document's text.
 */
public record Correction(String id, long seq, Kind kind, String editor, String at, String reason, String entity,
                         String value, String label, String target, String from, String type, String to,
                         String document, String quote, Integer start, Integer end) {
    public enum Kind {
        RENAME, ADD_ALIAS, REMOVE_ALIAS, SPLIT_ALIAS, RETYPE, MERGE, DELETE_ENTITY, DELETE_RELATIONSHIP,
        ADD_RELATIONSHIP
    }

    /** The rule name evidence added by a correction carries. */
    public static final String RULE = "correction";

    public Correction {
        Objects.requireNonNull(kind, "kind");
    }

    /** The correction as node properties (nulls left out; seq is the store's to give). */
    public Map<String, Object> properties() {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("id", id);
        p.put("kind", kind.name());
        p.put("editor", editor);
        p.put("at", at);
        p.put("reason", reason);
        p.put("entity", entity);
        p.put("value", value);
        p.put("label", label);
        p.put("target", target);
        p.put("from", from);
        p.put("type", type);
        p.put("to", to);
        p.put("document", document);
        p.put("quote", quote);
        p.put("start", start == null ? null : start.longValue());
        p.put("end", end == null ? null : end.longValue());
        p.values().removeIf(Objects::isNull);
        return p;
    }

    public static Correction of(org.neo4j.driver.Value c) {
        return new Correction(c.get("id").asString(), c.get("seq").asLong(), Kind.valueOf(c.get("kind").asString()),
                c.get("editor").asString(null), c.get("at").asString(null), c.get("reason").asString(null),
                c.get("entity").asString(null), c.get("value").asString(null), c.get("label").asString(null),
                c.get("target").asString(null), c.get("from").asString(null), c.get("type").asString(null),
                c.get("to").asString(null), c.get("document").asString(null), c.get("quote").asString(null),
                c.get("start").isNull() ? null : c.get("start").asInt(),
                c.get("end").isNull() ? null : c.get("end").asInt());
    }

    /** The same correction under another sequence number (imported into a store that has its own). */
    public Correction withSeq(long newSeq) {
        return new Correction(id, newSeq, kind, editor, at, reason, entity, value, label, target, from, type, to,
                document, quote, start, end);
    }
}
