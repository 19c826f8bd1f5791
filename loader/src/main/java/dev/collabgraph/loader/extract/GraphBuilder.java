package dev.collabgraph.loader.extract;

import dev.collabgraph.loader.text.MappedText;
import dev.collabgraph.loader.text.Span;
import dev.collabgraph.model.Evidence;
import dev.collabgraph.model.Label;
import dev.collabgraph.model.Node;
import dev.collabgraph.model.RelType;
import dev.collabgraph.model.Relationship;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Collects nodes and relationships while the assembler walks a document: merges repeated nodes (aliases
 * unite, first properties win) and repeated relationships (evidence accumulates), and turns logical spans
 * into evidence with offsets into the original text.
 */
final class GraphBuilder {
    /** Enough quotes to show where a relation comes from without copying whole documents. */
    private static final int MAX_EVIDENCE = 8;

    private final MappedText text;
    private final Map<String, NodeDraft> nodes = new LinkedHashMap<>();
    private final Map<Key, RelationshipDraft> relationships = new LinkedHashMap<>();

    GraphBuilder(MappedText text) {
        this.text = text;
    }

    boolean hasNode(String id) {
        return nodes.containsKey(id);
    }

    void node(String id, Label label, String name, Set<String> aliases, Map<String, Object> properties) {
        NodeDraft draft = nodes.computeIfAbsent(id, key -> new NodeDraft(id, label, name));
        draft.aliases.addAll(aliases);
        properties.forEach(draft.properties::putIfAbsent);
    }

    /** A node named by {@code aliases}, then by one more written form. */
    void node(String id, Label label, String name, Set<String> aliases, String alias, Map<String, Object> properties) {
        node(id, label, name, aliases, properties);
        nodes.get(id).aliases.add(alias);
    }

    void relationship(RelType type, String from, String to, Map<String, Object> properties, Span span, String rule) {
        if (!nodes.containsKey(from) || !nodes.containsKey(to) || from.equals(to)) {
            return;
        }
        RelationshipDraft draft = relationships.computeIfAbsent(new Key(type, from, to),
                k -> new RelationshipDraft(type, from, to));
        properties.forEach(draft.properties::putIfAbsent);
        if (draft.evidence.size() >= MAX_EVIDENCE) {
            return; // full: the quote would be cut out of the source only to be dropped
        }
        Evidence evidence = evidence(span, rule);
        if (!draft.evidence.contains(evidence)) {
            draft.evidence.add(evidence);
        }
    }

    Evidence evidence(Span span, String rule) {
        int start = text.originalStart(span.start());
        int end = text.originalEnd(span.end());
        if (end < start) {
            // a layout read in another order than printed (a card's name under its figure, written first): the quote
            // covers every place the span's characters come from
            int[] covered = text.originalCover(span.start(), span.end());
            start = covered[0];
            end = covered[1];
        }
        return new Evidence(text.source().text().substring(start, end), start, end, rule);
    }

    List<Node> nodes() {
        List<Node> out = new ArrayList<>(nodes.size());
        for (NodeDraft d : nodes.values()) {
            d.aliases.remove(d.name);
            out.add(new Node(d.id, d.label, d.name, List.copyOf(d.aliases), d.properties));
        }
        return out;
    }

    List<Relationship> relationships() {
        List<Relationship> out = new ArrayList<>(relationships.size());
        for (RelationshipDraft d : relationships.values()) {
            out.add(new Relationship(d.type, d.from, d.to, d.properties, d.evidence));
        }
        return out;
    }

    /** Statements of one type between the same two nodes are one relationship with all their evidence. */
    private record Key(RelType type, String from, String to) {
    }

    private static final class NodeDraft {
        final String id;
        final Label label;
        final String name;
        final Set<String> aliases = new LinkedHashSet<>();
        final Map<String, Object> properties = new LinkedHashMap<>();

        NodeDraft(String id, Label label, String name) {
            this.id = id;
            this.label = label;
            this.name = name;
        }
    }

    private static final class RelationshipDraft {
        final RelType type;
        final String from;
        final String to;
        final Map<String, Object> properties = new LinkedHashMap<>();
        final List<Evidence> evidence = new ArrayList<>();

        RelationshipDraft(RelType type, String from, String to) {
            this.type = type;
            this.from = from;
            this.to = to;
        }
    }
}
