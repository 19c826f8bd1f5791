package dev.collabgraph.app.explore;

import dev.collabgraph.store.CypherFiles;
import dev.collabgraph.store.CypherStatement;
import dev.collabgraph.store.GraphStore;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The explorer's reads, independent of HTTP: search, one node's details, capped neighbourhoods, the overview,
 * shortest paths and counts. Every statement is a parameterised {@code .cypher} file; rows become records here.
 */
public final class ExploreQueries {
    static final List<String> OVERVIEW_LABELS = List.of("University", "Enterprise", "Platform", "Park", "Unit",
            "Industry", "Region", "Task");
    /** Internal bookkeeping properties that mean nothing to a reader (and the document text, shown as context). */
    private static final Set<String> HIDDEN = Set.of("aliases", "aliasNames", "aliasDocuments", "pinyin", "text",
            "name", "id", "namedEntities", "givenAliasIds", "givenAliases");
    private static final CypherStatement FIND_NODE = CypherFiles.load("queries/explore/findNode");
    private static final CypherStatement FIND_RELATIONS = CypherFiles.load("queries/explore/findNodeRelations");
    private static final CypherStatement FIND_TASKS = CypherFiles.load("queries/explore/findNodeTasks");
    private static final CypherStatement EXPAND = CypherFiles.load("queries/explore/expandNeighbors");
    private static final CypherStatement OVERVIEW = CypherFiles.load("queries/explore/findOverviewNodes");
    private static final CypherStatement LINKS_BETWEEN = CypherFiles.load("queries/explore/findLinksBetween");
    private static final CypherStatement PATHS = CypherFiles.load("queries/explore/findShortestPaths");
    private static final CypherStatement NODE_COUNTS = CypherFiles.load("queries/stats/countNodesByLabel");
    private static final CypherStatement RELATIONSHIP_COUNTS = CypherFiles.load("queries/stats/countRelationshipsByType");
    private static final CypherStatement DOCUMENTS = CypherFiles.load("queries/explore/listDocuments");
    private static final int MAX_RELATIONS = 500;

    private final GraphStore store;
    private final Search search;
    private final DocumentTexts texts;

    public ExploreQueries(GraphStore store) {
        this.store = store;
        this.search = new Search(store);
        this.texts = new DocumentTexts(store);
    }

    public List<SearchHit> search(String query, List<String> labels, int limit) {
        return search.search(query, labels, limit);
    }

    public Optional<NodeDetails> node(String id) {
        List<Record> rows = store.read(FIND_NODE, Map.of("id", id), r -> r);
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Record row = rows.get(0);
        Map<String, Long> degree = new TreeMap<>();
        for (Value d : row.get("degree").values()) {
            degree.put(d.get("type").asString(), d.get("count").asLong());
        }
        List<NodeDetails.TaskRef> tasks = store.read(FIND_TASKS, Map.of("id", id), t -> new NodeDetails.TaskRef(
                t.get("id").asString(), t.get("label").asString(), t.get("number").isNull() ? null : t.get("number").asLong(),
                t.get("title").asString(""), t.get("document").asString(null), t.get("role").asString(null),
                t.get("via").asString()));
        // evidence in its sentence needs the documents' texts: read once the relation rows are in, never per row
        // inside the read (a query from a mapper held a connection per request and deadlocked the pool)
        List<Record> relationRows = store.read(FIND_RELATIONS, Map.of("id", id, "limit", MAX_RELATIONS), r -> r);
        List<NodeDetails.Relation> relations = new ArrayList<>(relationRows.size());
        for (Record r : relationRows) {
            relations.add(new NodeDetails.Relation(r.get("type").asString(), r.get("outgoing").asBoolean() ? "out" : "in",
                    new NodeDetails.Ref(r.get("id").asString(), r.get("label").asString(), r.get("name").asString("")),
                    r.get("role").asString(null), Rows.evidence(r, r.get("document").asString(null), texts)));
        }
        return Optional.of(new NodeDetails(row.get("id").asString(), row.get("label").asString(),
                row.get("name").asString(""), row.get("aliases").asList(Value::asString),
                readable(row.get("properties").asMap()), degree, tasks, relations));
    }

    /** The neighbours of a node, at most {@code limit}; empty when the node does not exist. */
    public Optional<GraphPayload> neighbors(String id, List<String> labels, List<String> types, int limit) {
        if (store.read(FIND_NODE, Map.of("id", id), r -> r).isEmpty()) {
            return Optional.empty();
        }
        Map<String, GraphNode> nodes = new LinkedHashMap<>();
        List<GraphLink> links = new ArrayList<>();
        long[] total = {0};
        store.read(EXPAND, Map.of("id", id, "labels", labels, "types", types, "limit", limit), r -> {
            total[0] = r.get("total").asLong();
            nodes.putIfAbsent(r.get("id").asString(), Rows.node(r));
            links.add(Rows.link(r));
            return r;
        });
        return Optional.of(new GraphPayload(List.copyOf(nodes.values()), links, total[0],
                Math.max(0, total[0] - nodes.size())));
    }

    public GraphPayload overview(List<String> labels, List<String> types, int limit) {
        List<GraphNode> nodes = store.read(OVERVIEW, Map.of("labels", labels.isEmpty() ? OVERVIEW_LABELS : labels,
                "limit", limit), Rows::node);
        return GraphPayload.of(nodes, linksBetween(nodes.stream().map(GraphNode::id).toList(), types));
    }

    List<GraphLink> linksBetween(List<String> ids, List<String> types) {
        return store.read(LINKS_BETWEEN, Map.of("ids", ids, "types", types), Rows::link);
    }

    public PathsPayload paths(String from, String to, int maxHops, int limit) {
        Map<String, GraphNode> nodes = new LinkedHashMap<>();
        Map<String, GraphLink> links = new LinkedHashMap<>();
        List<PathsPayload.Path> paths = store.read(PATHS, Map.of("from", from, "to", to, "maxHops", maxHops,
                "limit", limit), r -> {
            List<String> ids = new ArrayList<>();
            for (Value n : r.get("nodes").values()) {
                ids.add(n.get("id").asString());
                nodes.putIfAbsent(n.get("id").asString(), new GraphNode(n.get("id").asString(), n.get("label").asString(),
                        n.get("name").asString(""), 0));
            }
            List<GraphLink> pathLinks = new ArrayList<>();
            for (Value l : r.get("links").values()) {
                EvidenceView evidence = new EvidenceView(l.get("quote").asString(""), l.get("start").asInt(0),
                        l.get("end").asInt(0), l.get("rule").asString(null), null, null);
                GraphLink link = new GraphLink(l.get("source").asString(), l.get("target").asString(),
                        l.get("type").asString(), evidence.quote().isEmpty() ? List.of() : List.of(evidence));
                pathLinks.add(link);
                links.putIfAbsent(link.source() + "|" + link.type() + "|" + link.target(), link);
            }
            return new PathsPayload.Path(ids, pathLinks);
        });
        return new PathsPayload(paths, List.copyOf(nodes.values()), List.copyOf(links.values()));
    }

    public boolean exists(String id) {
        return !store.read(FIND_NODE, Map.of("id", id), r -> r).isEmpty();
    }

    public Stats stats() {
        Map<String, Long> nodes = new LinkedHashMap<>();
        store.read(NODE_COUNTS, Map.of(), r -> nodes.put(r.get("label").asString(), r.get("count").asLong()));
        Map<String, Long> relationships = new LinkedHashMap<>();
        store.read(RELATIONSHIP_COUNTS, Map.of(), r -> relationships.put(r.get("type").asString(), r.get("count").asLong()));
        List<Stats.DocumentRef> documents = store.read(DOCUMENTS, Map.of(), r -> new Stats.DocumentRef(
                r.get("id").asString(), r.get("title").asString(""), r.get("number").asString(""), r.get("date").asString("")));
        return new Stats(nodes, relationships, documents);
    }

    /** Forgets cached document texts after documents were loaded. */
    public void documentsChanged() {
        texts.clear();
    }

    /** Properties as a reader wants them: bookkeeping hidden, {@code p}/{@code p_keys} pairs turned back into maps. */
    static Map<String, Object> readable(Map<String, Object> properties) {
        Map<String, Object> out = new TreeMap<>();
        properties.forEach((key, value) -> {
            if (HIDDEN.contains(key) || key.endsWith("_keys")) {
                return;
            }
            Object keys = properties.get(key + "_keys");
            if (keys instanceof List<?> k && value instanceof List<?> v && k.size() == v.size()) {
                Map<String, Object> map = new LinkedHashMap<>();
                for (int i = 0; i < k.size(); i++) {
                    map.put(String.valueOf(k.get(i)), v.get(i));
                }
                out.put(key, map);
            } else {
                out.put(key, value);
            }
        });
        return out;
    }
}
