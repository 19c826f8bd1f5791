package dev.collabgraph.store;

import org.neo4j.driver.Record;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.graphdb.Direction;
import org.neo4j.graphdb.Label;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.Relationship;
import org.neo4j.graphdb.RelationshipType;

import java.lang.reflect.Array;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * {@link Walks} on the embedded store's own API. A level of the path search through a province's hubs reads some
 * 150,000 relationships; as Cypher rows (each neighbour's labels filtered, its relationships collected, converted to
 * the driver's values) that took about a second, walked here it is the relationship chains and one property per
 * neighbour met.
 */
// the internal ids key what a walk met: an element id is a string made on every call, a tenth of a walk's time
@SuppressWarnings("deprecation")
final class EmbeddedWalks implements Walks {
    private static final Label NODE = Label.label("Node");
    private static final Label DOCUMENT = Label.label("Document");
    private static final Label SECTION = Label.label("Section");
    private static final RelationshipType LINK = RelationshipType.withName("LINK");
    /** The relationships a path walks (expandPathFrontier): pair summaries and the structure's. */
    private static final RelationshipType[] PATH_STEPS = types("LINK", "HAS_TASK", "HAS_INDICATOR", "HAS_TARGET",
            "DETAILS", "RESPONSIBLE_FOR", "MENTIONS");
    private static final RelationshipType[] LINKS = {LINK};
    /** The structure relationships a node's neighbours are read through (expandNeighbors), beside its summaries. */
    private static final RelationshipType[] NEIGHBOUR_STEPS = types("HAS_SECTION", "HAS_TASK", "HAS_INDICATOR",
            "HAS_TARGET", "DETAILS", "RESPONSIBLE_FOR", "MENTIONS");
    private static final List<Label> STRUCTURE = Stream.of("Task", "AnnexTask", "Section", "Document", "Indicator",
            "Target").map(Label::label).toList();
    private static final List<String> NEIGHBOUR_COLUMNS = List.of("total", "id", "label", "name", "degree", "source",
            "target", "type", "quotes", "starts", "ends", "rules");
    /** Relationships read between two looks at the clock. */
    private static final int CLOCK_EVERY = 1024;

    private final InProcessGraphStore store;

    EmbeddedWalks(InProcessGraphStore store) {
        this.store = store;
    }

    /** A neighbour met by a path level, with the expanded nodes it neighbours so far ({@link #LEFT_OUT}: not a step). */
    private static final class Met {
        final String id;
        final List<String> froms = new ArrayList<>(2);
        final Node node;

        Met(String id, Node node) {
            this.id = id;
            this.node = node;
        }
    }

    private static final Met LEFT_OUT = new Met(null, null);

    @Override
    public List<PathStep> pathLevel(List<String> ids, List<String> through, List<String> ends, boolean linksOnly,
                                    Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        Label[] kept = through.stream().map(Label::label).toArray(Label[]::new);
        Set<String> endIds = new HashSet<>(ends);
        RelationshipType[] steps = linksOnly ? LINKS : PATH_STEPS;
        return store.readDirect(timeout, tx -> {
            // by internal id: a unit or region is met once per task that names it, its id and labels read once
            Map<Long, Met> met = new HashMap<>();
            List<Met> found = new ArrayList<>();
            long read = 0;
            for (String id : ids) {
                Node n = tx.findNode(NODE, "id", id);
                if (n == null) {
                    continue;
                }
                for (Relationship r : n.getRelationships(Direction.BOTH, steps)) {
                    if (++read % CLOCK_EVERY == 0 && System.nanoTime() > deadline) {
                        throw timedOut("path level", timeout);
                    }
                    Node m = r.getOtherNode(n);
                    Met seen = met.computeIfAbsent(m.getId(), k -> meet(m, kept, endIds, linksOnly));
                    if (seen == LEFT_OUT) {
                        continue;
                    }
                    if (seen.froms.isEmpty()) {
                        found.add(seen);
                    }
                    seen.froms.add(id);
                }
            }
            List<PathStep> out = new ArrayList<>(found.size());
            for (Met m : found) {
                long links = m.node.getDegree(LINK);
                out.add(new PathStep(m.id, List.copyOf(m.froms), linksOnly ? 0 : m.node.getDegree(), links));
            }
            return out;
        });
    }

    /** A neighbour of the node asked about, with its links (one per type, direction and kind, as the DISTINCT). */
    private static final class Neighbour {
        final Node node;
        final Map<LinkKey, Link> links = new LinkedHashMap<>(2);
        boolean entity;
        long degree;
        private String name;
        private String id;
        private boolean read;

        Neighbour(Node node) {
            this.node = node;
        }

        /** Its name, read when first asked for (only neighbours whose place is contested are asked). */
        String name() {
            readNames();
            return name;
        }

        String id() {
            readNames();
            return id;
        }

        private void readNames() {
            if (!read) {
                // one walk of the property chain for both
                Map<String, Object> properties = node.getProperties("name", "id");
                name = (String) properties.get("name");
                id = (String) properties.get("id");
                read = true;
            }
        }
    }

    /** A link to a neighbour: a structure relationship itself, or a pair summary whose evidence is read if kept. */
    private record Link(String type, Node source, Node target, Relationship relationship, boolean summary) {
    }

    /** What makes a link one (the statement's DISTINCT over type, ends and kind). */
    private record LinkKey(String type, long source, long target, boolean summary) {
    }

    private static final Neighbour NOT_KEPT = new Neighbour(null);

    @Override
    public List<Record> neighbours(String id, List<String> labels, List<String> types, int limit, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        Set<String> keptTypes = Set.copyOf(types);
        Label[] keptLabels = labels.stream().map(Label::label).toArray(Label[]::new);
        return store.readDirect(timeout, tx -> {
            Node n = tx.findNode(NODE, "id", id);
            if (n == null) {
                return List.of();
            }
            boolean structure = STRUCTURE.stream().anyMatch(n::hasLabel);
            Map<Long, Neighbour> met = new HashMap<>();
            List<Neighbour> found = new ArrayList<>();
            long read = 0;
            for (boolean summaries : new boolean[] {false, true}) {
                for (Relationship r : n.getRelationships(Direction.BOTH, summaries ? LINKS : NEIGHBOUR_STEPS)) {
                    if (++read % CLOCK_EVERY == 0 && System.nanoTime() > deadline) {
                        throw timedOut("neighbours", timeout);
                    }
                    String type = summaries ? (String) r.getProperty("type", null) : r.getType().name();
                    if (type == null || !keptTypes.isEmpty() && !keptTypes.contains(type)) {
                        continue;
                    }
                    Node m = r.getOtherNode(n);
                    Neighbour neighbour = met.computeIfAbsent(m.getId(),
                            k -> keptLabels.length == 0 || hasAny(m, keptLabels) ? new Neighbour(m) : NOT_KEPT);
                    if (neighbour == NOT_KEPT) {
                        continue;
                    }
                    if (neighbour.links.isEmpty()) {
                        found.add(neighbour);
                    }
                    Node source = r.getStartNode();
                    Node target = r.getEndNode();
                    neighbour.links.putIfAbsent(new LinkKey(type, source.getId(), target.getId(), summaries),
                            new Link(type, source, target, r, summaries));
                    neighbour.entity |= summaries;
                }
            }
            for (Neighbour neighbour : found) {
                Node m = neighbour.node;
                // only an entity has summaries to take off (see the statement)
                neighbour.degree = m.getDegree() - (neighbour.entity || structure ? m.getDegree(LINK) : 0);
            }
            List<Neighbour> ranked = contenders(found, Math.max(limit, 0));
            ranked.sort(EmbeddedWalks::rank);
            List<Record> rows = new ArrayList<>();
            for (Neighbour kept : ranked.subList(0, Math.min(Math.max(limit, 0), ranked.size()))) {
                for (Link link : kept.links.values()) {
                    Relationship evidence = link.summary() ? firstStated(link) : link.relationship();
                    if (evidence != null) {
                        rows.add(row(found.size(), kept, link, evidence));
                    }
                }
            }
            return rows;
        });
    }

    /**
     * The neighbours that can be among the first {@code limit}: those at least as well connected as the
     * {@code limit}-th best. Only their names decide the order (a busy university's 3,779 tasks have a few dozen
     * degrees between them), and reading a name walks a node's property chain: most of a walk's time when every
     * neighbour's was read.
     */
    private static List<Neighbour> contenders(List<Neighbour> found, int limit) {
        if (limit == 0) {
            return new ArrayList<>();
        }
        if (found.size() <= limit) {
            return new ArrayList<>(found);
        }
        long[] degrees = new long[found.size()];
        for (int i = 0; i < degrees.length; i++) {
            degrees[i] = found.get(i).degree;
        }
        Arrays.sort(degrees);
        long cut = degrees[degrees.length - limit];
        List<Neighbour> out = new ArrayList<>();
        for (Neighbour n : found) {
            if (n.degree >= cut) {
                out.add(n);
            }
        }
        return out;
    }

    /** Best connected first, then by name and id, absent names and ids last (as ORDER BY degree DESC, name, id). */
    private static int rank(Neighbour a, Neighbour b) {
        int c = Long.compare(b.degree, a.degree);
        if (c == 0) {
            c = nullsLast(a.name(), b.name());
        }
        return c != 0 ? c : nullsLast(a.id(), b.id());
    }

    private static int nullsLast(String a, String b) {
        return a == null ? (b == null ? 0 : 1) : b == null ? -1 : a.compareTo(b);
    }

    /** The first per-document relationship a pair summary stands for, read from the end with fewer of its type. */
    private static Relationship firstStated(Link link) {
        RelationshipType type = RelationshipType.withName(link.type());
        Node source = link.source();
        Node target = link.target();
        if (source.getDegree(type, Direction.OUTGOING) <= target.getDegree(type, Direction.INCOMING)) {
            for (Relationship r : source.getRelationships(Direction.OUTGOING, type)) {
                if (r.getEndNode().equals(target)) {
                    return r;
                }
            }
        } else {
            for (Relationship r : target.getRelationships(Direction.INCOMING, type)) {
                if (r.getStartNode().equals(source)) {
                    return r;
                }
            }
        }
        return null;
    }

    private static Record row(long total, Neighbour kept, Link link, Relationship evidence) {
        Map<String, Object> row = new HashMap<>();
        row.put("total", total);
        row.put("id", kept.id());
        String label = null;
        for (Label l : kept.node.getLabels()) {
            if (!l.name().equals("Node")) {
                label = l.name();
                break;
            }
        }
        row.put("label", label);
        row.put("name", kept.name());
        row.put("degree", kept.degree);
        row.put("source", link.source().getProperty("id", null));
        row.put("target", link.target().getProperty("id", null));
        row.put("type", link.type());
        for (String list : List.of("quotes", "starts", "ends", "rules")) {
            row.put(list, first(evidence.getProperty(list, null)));
        }
        return DriverValues.record(NEIGHBOUR_COLUMNS, row);
    }

    /** The first element of a stored array as a list of at most one ([0..1] in Cypher). */
    private static List<Object> first(Object array) {
        return array != null && array.getClass().isArray() && Array.getLength(array) > 0
                ? List.of(Array.get(array, 0)) : List.of();
    }

    private static boolean hasAny(Node m, Label[] labels) {
        for (Label label : labels) {
            if (m.hasLabel(label)) {
                return true;
            }
        }
        return false;
    }

    private static ClientException timedOut(String what, Duration timeout) {
        return new ClientException("Neo.ClientError.Transaction.TransactionTimedOut",
                "The " + what + " walk ran past its time limit of " + timeout.toMillis() + " ms");
    }

    /** Whether a path may step to {@code m}: as the statements' WHERE, documents and sections never. */
    private static Met meet(Node m, Label[] through, Set<String> ends, boolean linksOnly) {
        if (!linksOnly && (m.hasLabel(DOCUMENT) || m.hasLabel(SECTION))) {
            return LEFT_OUT;
        }
        String id = (String) m.getProperty("id", null);
        if (id == null) {
            return LEFT_OUT;
        }
        return ends.contains(id) || hasAny(m, through) ? new Met(id, m) : LEFT_OUT;
    }

    private static RelationshipType[] types(String... names) {
        RelationshipType[] out = new RelationshipType[names.length];
        for (int i = 0; i < names.length; i++) {
            out[i] = RelationshipType.withName(names[i]);
        }
        return out;
    }
}
