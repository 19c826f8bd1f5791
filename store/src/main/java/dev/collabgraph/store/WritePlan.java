package dev.collabgraph.store;

import dev.collabgraph.model.DocumentInfo;
import dev.collabgraph.model.ExtractedGraph;
import dev.collabgraph.model.Label;
import dev.collabgraph.model.Node;
import dev.collabgraph.model.Relationship;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One document's graph as statement parameters: node rows split into structure and entity rows, relationship
 * rows with identical (type, from, to, properties) merged into one with all their evidence, and the aliases the
 * document gives its entities as parallel lists ({@code aliasIds[i]} is given {@code aliases[i]}), and its share of the
 * pair summaries ({@link PairRows}). Building it checks
 * everything that can be checked without the database, so most bad input fails before a transaction opens.
 */
record WritePlan(String documentId, String sha256, DocumentOrigin origin, List<Map<String, Object>> structureRows,
                 List<Map<String, Object>> entityRows, List<Map<String, Object>> relationshipRows,
                 List<Map<String, Object>> pairRows, List<String> structureIds, List<String> entityIds, List<String> aliasIds, List<String> aliases,
                 List<String> outsideIds, List<String> warnings) {
    static final Set<String> RESERVED_NODE_KEYS =
            Set.of("id", "name", "aliases", "document", "documents", "aliasNames", "aliasDocuments", "namedEntities",
                    "givenAliasIds", "givenAliases");

    /** The document's original text, as it will be stored (null for a graph that carries none). */
    String documentText() {
        return ((Map<?, ?>) structureRows.get(0).get("properties")).get("text") instanceof String text ? text : null;
    }

    /** Warnings kept on a Document node: enough to see what went wrong, bounded whatever the document. */
    static final int KEPT_WARNINGS = 20;

    static WritePlan of(ExtractedGraph graph) {
        return of(graph, List.of());
    }

    /** The plan of {@code graph}, an extraction with the corrections {@code corrections} (ids) laid over it. */
    static WritePlan of(ExtractedGraph graph, List<String> corrections) {
        DocumentInfo document = graph.document();
        if (document == null || isBlank(document.id()) || isBlank(document.sha256())) {
            throw new IllegalArgumentException("the document needs an id and a sha256: " + document);
        }
        List<String> warnings = new ArrayList<>(graph.warnings());
        Map<String, Node> nodes = nodesById(graph, warnings);
        List<Map<String, Object>> structureRows = new ArrayList<>();
        List<Map<String, Object>> entityRows = new ArrayList<>();
        structureRows.add(nodeRow(documentNode(document, nodes.remove(document.id()), warnings, corrections)));
        for (Node node : nodes.values()) {
            if (node.label() == Label.Document) {
                throw new IllegalArgumentException("Document node " + node.id() + " is not the document "
                        + document.id());
            }
            (node.label().isEntity() ? entityRows : structureRows).add(nodeRow(node));
        }
        Set<String> known = new LinkedHashSet<>(nodes.keySet());
        known.add(document.id());
        Set<String> outside = new LinkedHashSet<>();
        for (Relationship r : graph.relationships()) {
            for (String end : List.of(r.from(), r.to())) {
                if (!known.contains(end)) {
                    outside.add(end);
                }
            }
        }
        // one lock order for shared entity nodes across concurrent writers: no deadlock between two documents
        entityRows.sort(Comparator.comparing(row -> (String) row.get("id")));
        List<String> aliasIds = new ArrayList<>();
        List<String> aliases = new ArrayList<>();
        for (Map<String, Object> row : entityRows) {
            for (Object alias : (List<?>) row.get("aliases")) {
                aliasIds.add((String) row.get("id"));
                aliases.add((String) alias);
            }
        }
        Object source = ((Map<?, ?>) structureRows.get(0).get("properties")).get("source");
        DocumentOrigin origin = new DocumentOrigin(document.number(), document.title(),
                source instanceof String file ? file : null);
        List<Map<String, Object>> relationshipRows = RelationshipRows.of(graph.relationships());
        return new WritePlan(document.id(), document.sha256(), origin, List.copyOf(structureRows), List.copyOf(entityRows),
                relationshipRows, PairRows.of(relationshipRows), ids(structureRows), ids(entityRows), List.copyOf(aliasIds),
                List.copyOf(aliases), List.copyOf(outside), List.copyOf(warnings));
    }

    /** Nodes by id; a node listed twice with one label is merged (aliases and properties), else rejected. */
    private static Map<String, Node> nodesById(ExtractedGraph graph, List<String> warnings) {
        Map<String, Node> nodes = new LinkedHashMap<>();
        for (Node node : graph.nodes()) {
            if (node.id() == null || node.label() == null) {
                throw new IllegalArgumentException("a node needs an id and a label: " + node);
            }
            Node seen = nodes.get(node.id());
            if (seen == null) {
                nodes.put(node.id(), node);
            } else if (seen.label() != node.label()) {
                throw new IllegalArgumentException("node " + node.id() + " is both " + seen.label() + " and "
                        + node.label());
            } else {
                Set<String> aliases = new LinkedHashSet<>(seen.aliases());
                aliases.addAll(node.aliases());
                Map<String, Object> properties = new LinkedHashMap<>(seen.properties());
                properties.putAll(node.properties());
                nodes.put(node.id(), new Node(node.id(), node.label(), seen.name(), List.copyOf(aliases), properties));
                warnings.add("node " + node.id() + " listed twice; merged");
            }
        }
        return nodes;
    }

    /**
     * The Document node comes from the document identity, completed by the graph's own Document node if any, and
     * keeps what extraction warned about (the first {@value #KEPT_WARNINGS} warnings and their count), so that the
     * list of loaded documents can show them, and the corrections laid over it.
     */
    private static Node documentNode(DocumentInfo document, Node listed, List<String> warnings,
                                     List<String> corrections) {
        if (listed != null && listed.label() != Label.Document) {
            throw new IllegalArgumentException("node " + listed.id() + " has the document's id but is a "
                    + listed.label());
        }
        Map<String, Object> properties = new LinkedHashMap<>(listed == null ? Map.of() : listed.properties());
        Map<String, Object> identity = new HashMap<>();
        identity.put("title", document.title());
        identity.put("number", document.number());
        identity.put("date", document.date());
        identity.put("sha256", document.sha256());
        identity.put("warnings", List.copyOf(warnings.subList(0, Math.min(KEPT_WARNINGS, warnings.size()))));
        identity.put("warningCount", warnings.size());
        identity.put("corrections", List.copyOf(corrections));
        identity.forEach((key, value) -> {
            if (value != null) {
                properties.put(key, value);
            }
        });
        String name = document.title() != null ? document.title() : listed == null ? document.id() : listed.name();
        return new Node(document.id(), Label.Document, name, listed == null ? List.of() : listed.aliases(), properties);
    }

    private static Map<String, Object> nodeRow(Node node) {
        Map<String, Object> row = new HashMap<>();
        row.put("id", node.id());
        row.put("label", node.label().name());
        row.put("name", node.name());
        row.put("aliases", node.aliases().stream().filter(a -> !isBlank(a)).distinct().toList());
        row.put("properties", PropertyValues.storable("node " + node.id(), node.properties(), RESERVED_NODE_KEYS));
        return row;
    }

    private static List<String> ids(List<Map<String, Object>> rows) {
        return rows.stream().map(row -> (String) row.get("id")).toList();
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
