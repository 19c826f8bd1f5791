package dev.collabgraph.app.recommend;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An undirected in-memory graph of tasks and entities, read once per request (or generated for the evaluation):
 * nodes with their label, and per node its edges with type and first evidence quote. An edge may stand for several
 * relationships of one type between the same two nodes (a pair summary: one edge for every document stating the
 * pair), which its {@code relationships} count says. Small enough for the whole projection of a city's documents;
 * {@link #without} hides the links between two nodes for leave-one-out.
 */
public final class EntityGraph {
    private final Map<String, Entity> nodes = new LinkedHashMap<>();
    private final Map<String, List<Edge>> edges = new LinkedHashMap<>();

    /** A node: id, label and name. */
    public record Entity(String id, String label, String name) {
    }

    /**
     * One direction of {@code relationships} relationships of one type: from {@code from} to {@code to}, as stated
     * ({@code outgoing}) or reversed, with the first quote of the first of them.
     */
    public record Edge(String from, String to, String type, boolean outgoing, String quote, String document, int start,
                       int end, int relationships) {
    }

    /** One relationship. */
    public void add(Entity a, Entity b, String type, String quote, String document, int start, int end) {
        add(a, b, type, quote, document, start, end, 1);
    }

    /** {@code relationships} relationships of one type from {@code a} to {@code b}, as one edge. */
    public void add(Entity a, Entity b, String type, String quote, String document, int start, int end,
                    int relationships) {
        if (a.id().equals(b.id())) {
            return;
        }
        nodes.putIfAbsent(a.id(), a);
        nodes.putIfAbsent(b.id(), b);
        edges.computeIfAbsent(a.id(), k -> new ArrayList<>())
                .add(new Edge(a.id(), b.id(), type, true, quote, document, start, end, relationships));
        edges.computeIfAbsent(b.id(), k -> new ArrayList<>())
                .add(new Edge(b.id(), a.id(), type, false, quote, document, start, end, relationships));
    }

    public Entity node(String id) {
        return nodes.get(id);
    }

    public Collection<Entity> nodes() {
        return nodes.values();
    }

    public List<Edge> edges(String id) {
        return edges.getOrDefault(id, List.of());
    }

    /** Ids of the nodes linked to {@code id}, each once. */
    public Set<String> neighbours(String id) {
        Set<String> out = new java.util.LinkedHashSet<>();
        edges(id).forEach(e -> out.add(e.to()));
        return out;
    }

    public boolean linked(String a, String b) {
        return edges(a).stream().anyMatch(e -> e.to().equals(b));
    }

    /** A copy without any relationship between {@code a} and {@code b}: the link an evaluation hides. */
    public EntityGraph without(String a, String b) {
        EntityGraph copy = new EntityGraph();
        copy.nodes.putAll(nodes);
        edges.forEach((id, list) -> copy.edges.put(id, list.stream()
                .filter(e -> !(e.from().equals(a) && e.to().equals(b)) && !(e.from().equals(b) && e.to().equals(a)))
                .toList()));
        return copy;
    }
}
