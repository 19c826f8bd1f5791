package dev.collabgraph.store;

import dev.collabgraph.model.Evidence;
import dev.collabgraph.model.ExtractedGraph;
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
 * Applies editors' corrections to one document's extraction before it is written, in their order. Pure: the same
 * extraction and corrections always give the same graph, which is what makes a reload keep every correction. A
 * correction about something this document does not name leaves it alone.
 */
public final class CorrectionLayer {
    private final String documentId;
    private final Map<String, Node> nodes = new LinkedHashMap<>();
    private List<Relationship> relationships;

    private CorrectionLayer(ExtractedGraph graph) {
        this.documentId = graph.document().id();
        graph.nodes().forEach(n -> nodes.put(n.id(), n));
        this.relationships = new ArrayList<>(graph.relationships());
    }

    /** The corrected extraction and the ids of the corrections that changed it, in their order. */
    public record Corrected(ExtractedGraph graph, List<String> applied) {
        public Corrected {
            applied = List.copyOf(applied);
        }
    }

    public static Corrected apply(ExtractedGraph graph, List<Correction> corrections) {
        if (corrections.isEmpty()) {
            return new Corrected(graph, List.of());
        }
        CorrectionLayer layer = new CorrectionLayer(graph);
        List<String> applied = new ArrayList<>();
        for (Correction c : corrections) {
            if (layer.apply(c)) {
                applied.add(c.id());
            }
        }
        return new Corrected(new ExtractedGraph(graph.document(), List.copyOf(layer.nodes.values()),
                layer.relationships, graph.warnings()), applied);
    }

    /** Applies one correction; false when this document has nothing it corrects. */
    private boolean apply(Correction c) {
        return switch (c.kind()) {
            case RENAME -> entity(c.entity(), n -> new Node(n.id(), n.label(), c.value(),
                    with(n.aliases(), n.name(), c.value()), n.properties()));
            case ADD_ALIAS -> entity(c.entity(), n -> new Node(n.id(), n.label(), n.name(),
                    with(n.aliases(), c.value(), n.name()), n.properties()));
            case REMOVE_ALIAS -> entity(c.entity(), n -> new Node(n.id(), n.label(), n.name(),
                    n.aliases().stream().filter(a -> !a.equals(c.value())).toList(), n.properties()));
            case SPLIT_ALIAS -> split(c.entity(), c.value(), c.target(), Label.valueOf(c.label()));
            case RETYPE -> move(c.entity(), c.target(), Label.valueOf(c.label()), null);
            case MERGE -> move(c.entity(), c.target(), Label.valueOf(c.label()), c.value());
            case DELETE_ENTITY -> {
                Node node = nodes.get(c.entity());
                if (node == null || !node.label().isEntity()) {
                    yield false;
                }
                nodes.remove(c.entity());
                relationships.removeIf(r -> r.from().equals(c.entity()) || r.to().equals(c.entity()));
                yield true;
            }
            case DELETE_RELATIONSHIP -> (c.document() == null || c.document().equals(documentId))
                    && relationships.removeIf(r -> r.type().name().equals(c.type()) && r.from().equals(c.from())
                    && r.to().equals(c.to()));
            case ADD_RELATIONSHIP -> {
                if (!documentId.equals(c.document()) || RelType.valueOf(c.type()).isStructural() && !ownStructure(c.from()) && !ownStructure(c.to())) {
                    // a structural relationship (RESPONSIBLE_FOR, MENTIONS …) hangs on one of the document's own
                    // sections, tasks or targets: between two named entities nothing would remove it with the document
                    yield false;
                }
                relationships.add(new Relationship(RelType.valueOf(c.type()), c.from(), c.to(), Map.of(),
                        List.of(new Evidence(c.quote(), c.start(), c.end(), Correction.RULE))));
                yield true;
            }
        };
    }

    /** Whether {@code id} is a structure node (the document, a section, task, indicator or target) of this document. */
    private boolean ownStructure(String id) {
        Node node = nodes.get(id);
        return node != null && !node.label().isEntity();
    }

    private boolean entity(String id, java.util.function.UnaryOperator<Node> change) {
        Node node = nodes.get(id);
        if (node == null || !node.label().isEntity()) {
            return false;
        }
        nodes.put(id, change.apply(node));
        return true;
    }

    /**
     * The entity {@code from} becomes {@code to} (of {@code label}): its links go with it, its name and aliases
     * become the other's aliases when it merges into one ({@code name} given), or it keeps them under its new type.
     * A relationship the move turns into a loop (the two were linked) goes.
     */
    private boolean move(String from, String to, Label label, String name) {
        Node node = nodes.get(from);
        if (node == null || !node.label().isEntity() || from.equals(to)) {
            return false;
        }
        nodes.remove(from);
        Node existing = nodes.get(to);
        String kept = existing != null ? existing.name() : name != null ? name : node.name();
        List<String> aliases = new ArrayList<>(existing == null ? List.of() : existing.aliases());
        aliases.addAll(node.aliases());
        aliases.add(node.name());
        Map<String, Object> properties = new LinkedHashMap<>(node.properties());
        if (existing != null) {
            properties.putAll(existing.properties());
        }
        nodes.put(to, new Node(to, label, kept, with(aliases, null, kept), properties));
        List<Relationship> moved = new ArrayList<>(relationships.size());
        for (Relationship r : relationships) {
            String a = r.from().equals(from) ? to : r.from();
            String b = r.to().equals(from) ? to : r.to();
            if (!a.equals(b)) {
                moved.add(a.equals(r.from()) && b.equals(r.to()) ? r
                        : new Relationship(r.type(), a, b, r.properties(), r.evidence()));
            }
        }
        relationships = moved;
        return true;
    }

    /**
     * The alias {@code alias} of {@code id} is another organisation: it becomes the entity {@code newId} named so,
     * and takes the relationships whose every quote names the alias and none of the entity's other names.
     */
    private boolean split(String id, String alias, String newId, Label label) {
        Node node = nodes.get(id);
        if (node == null || !node.label().isEntity() || !node.aliases().contains(alias)) {
            return false;
        }
        List<String> others = new ArrayList<>(node.aliases());
        others.remove(alias);
        others.add(node.name());
        nodes.put(id, new Node(id, node.label(), node.name(), others.subList(0, others.size() - 1),
                node.properties()));
        Node existing = nodes.get(newId);
        nodes.put(newId, existing != null ? existing : new Node(newId, label, alias, List.of(), Map.of()));
        List<Relationship> moved = new ArrayList<>(relationships.size());
        for (Relationship r : relationships) {
            boolean touches = r.from().equals(id) || r.to().equals(id);
            boolean byAlias = touches && r.evidence().stream().allMatch(e -> e.quote().contains(alias)
                    && others.stream().noneMatch(name -> !alias.contains(name) && e.quote().contains(name)));
            moved.add(!byAlias ? r : new Relationship(r.type(), r.from().equals(id) ? newId : r.from(),
                    r.to().equals(id) ? newId : r.to(), r.properties(), r.evidence()));
        }
        relationships = moved;
        return true;
    }

    /** {@code aliases} plus {@code extra}, without duplicates and without {@code name} itself. */
    private static List<String> with(List<String> aliases, String extra, String name) {
        Set<String> all = new LinkedHashSet<>(aliases);
        if (extra != null) {
            all.add(extra);
        }
        all.remove(name);
        return List.copyOf(all);
    }
}
