package dev.collabgraph.app.explore;

import dev.collabgraph.store.CypherFiles;
import dev.collabgraph.store.CypherStatement;
import dev.collabgraph.store.GraphStore;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

import java.time.Duration;
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
    /**
     * Internal bookkeeping properties that mean nothing to a reader (and the document text, shown as context; a task's
     * character offsets, which its quotes already place in their sentences).
     */
    private static final Set<String> HIDDEN = Set.of("aliases", "aliasNames", "aliasDocuments", "pinyin", "text",
            "name", "id", "namedEntities", "givenAliasIds", "givenAliases", "corrections", "start", "end");
    private static final CypherStatement FIND_NODE = CypherFiles.load("queries/explore/findNode");
    private static final CypherStatement FIND_RELATIONS = CypherFiles.load("queries/explore/findNodeRelations");
    private static final CypherStatement FIND_TASKS = CypherFiles.load("queries/explore/findNodeTasks");
    private static final CypherStatement EXPAND = CypherFiles.load("queries/explore/expandNeighbors");
    private static final CypherStatement OVERVIEW = CypherFiles.load("queries/explore/findOverviewNodes");
    private static final CypherStatement LINKS_BETWEEN = CypherFiles.load("queries/explore/findLinksBetween");
    private static final CypherStatement PATH_STEPS = CypherFiles.load("queries/explore/findPathSteps");
    private static final CypherStatement NODE_COUNTS = CypherFiles.load("queries/stats/countNodesByLabel");
    private static final CypherStatement RELATIONSHIP_COUNTS = CypherFiles.load("queries/stats/countRelationshipsByType");
    private static final CypherStatement DOCUMENTS = CypherFiles.load("queries/explore/listDocuments");
    private static final CypherStatement FIND_EVIDENCE = CypherFiles.load("queries/explore/findRelationEvidence");
    private static final CypherStatement DOCUMENT_COUNT = CypherFiles.load("queries/stats/countDocuments");
    /**
     * Tasks listed in a node's details (the first page: the total says how many there are, the rest come a page at a
     * time from {@code /api/nodes/{id}/tasks}), and the most one page of those may hold.
     */
    static final int FIRST_TASKS = 20;
    public static final int MAX_TASKS = 100;
    /** Search hits looked through for other nodes of a node's name, and how many of those are listed. */
    static final int SAME_NAME_SEARCHED = 20;
    static final int MAX_SAME_NAME = 5;
    /**
     * Quotes sent per relation in a node's details: the first, with its count ({@code quoteCount}); the rest come from
     * {@code /api/nodes/{id}/evidence} when the reader opens them.
     */
    static final int QUOTES_PER_RELATION = 1;
    /** Links drawn among the overview's nodes. */
    static final int MAX_LINKS = 5_000;
    /** Documents listed by the stats, newest first. */
    static final int LISTED_DOCUMENTS = 50;
    /** How long an overview is kept when the graph's size does not change (an edit that keeps the counts). */
    static final Duration OVERVIEW_MAX_AGE = Duration.ofMinutes(1);

    private final GraphStore store;
    private final Search search;
    private final DocumentTexts texts;
    private final GraphVersion version;
    private final SharedAnswers<List<Object>, GraphPayload> overviews = new SharedAnswers<>(32, OVERVIEW_MAX_AGE);

    public ExploreQueries(GraphStore store) {
        this.store = store;
        this.search = new Search(store);
        this.version = new GraphVersion(store);
        this.texts = new DocumentTexts(store, version);
    }

    public List<SearchHit> search(String query, List<String> labels, int limit) {
        return search.search(query, labels, limit);
    }

    public Optional<NodeDetails> node(String id, int relationsSkip, int relationsLimit) {
        List<Record> rows = store.read(FIND_NODE, Map.of("id", id), r -> r);
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Record row = rows.get(0);
        Map<String, Long> degree = new TreeMap<>();
        for (Value d : row.get("degree").values()) {
            degree.put(d.get("type").asString(), d.get("count").asLong());
        }
        NodeDetails.TaskPage taskPage = tasks(id, 0, FIRST_TASKS);
        // evidence in its sentence needs windows of the documents' texts: one query once the relation rows are in,
        // never per row inside the read (a query from a mapper held a connection per request and deadlocked the pool)
        List<Record> relationRows = store.read(FIND_RELATIONS, Map.of("id", id, "skip", relationsSkip,
                "limit", relationsLimit, "quotes", QUOTES_PER_RELATION), r -> r);
        List<List<EvidenceView>> evidence = withContext(relationRows.stream()
                .map(r -> r.get("evidence").asList(Rows::evidence)).toList());
        List<NodeDetails.Relation> relations = new ArrayList<>(relationRows.size());
        long relationsTotal = 0;
        for (int i = 0; i < relationRows.size(); i++) {
            Record r = relationRows.get(i);
            relationsTotal = r.get("total").asLong();
            relations.add(new NodeDetails.Relation(r.get("type").asString(), r.get("outgoing").asBoolean() ? "out" : "in",
                    new NodeDetails.Ref(r.get("id").asString(), r.get("label").asString(), r.get("name").asString("")),
                    r.get("role").asString(null), r.get("relationships").asLong(), r.get("quoteCount").asLong(),
                    evidence.get(i)));
        }
        if (relationRows.isEmpty() && relationsSkip > 0) {
            relationsTotal = store.read(FIND_RELATIONS, Map.of("id", id, "skip", 0, "limit", 1, "quotes", 0),
                    r -> r.get("total").asLong()).stream().findFirst().orElse(0L);
        }
        return Optional.of(new NodeDetails(row.get("id").asString(), row.get("label").asString(),
                row.get("name").asString(""), row.get("aliases").asList(Value::asString),
                readable(row.get("properties").asMap()), degree, taskPage.tasks(), taskPage.total(), taskPage.next(),
                relations, relationsTotal, next(relationsSkip, relations.size(), relationsTotal),
                sameName(id, row.get("name").asString(""))));
    }

    /**
     * A page of the tasks and annex rows a node answers for or is named in, each with its quote in its sentence, and
     * how many there are; the order is the store's (see findNodeTasks), the same from page to page.
     */
    public NodeDetails.TaskPage tasks(String id, int skip, int limit) {
        List<Record> taskRows = store.read(FIND_TASKS, Map.of("id", id, "skip", skip, "limit", limit), t -> t);
        long total = taskRows.isEmpty() ? 0 : taskRows.get(0).get("total").asLong();
        if (taskRows.isEmpty() && skip > 0) {
            total = store.read(FIND_TASKS, Map.of("id", id, "skip", 0, "limit", 1), t -> t.get("total").asLong())
                    .stream().findFirst().orElse(0L);
        }
        List<List<EvidenceView>> taskEvidence = withContext(taskRows.stream().map(t -> t.get("evidence").isNull()
                ? List.<EvidenceView>of() : List.of(Rows.evidence(t.get("evidence")))).toList());
        List<NodeDetails.TaskRef> tasks = new ArrayList<>(taskRows.size());
        for (int i = 0; i < taskRows.size(); i++) {
            Record t = taskRows.get(i);
            tasks.add(new NodeDetails.TaskRef(t.get("id").asString(), t.get("label").asString(),
                    t.get("number").isNull() ? null : t.get("number").asLong(), t.get("title").asString(""),
                    t.get("document").asString(null), t.get("role").asString(null), t.get("via").asString(),
                    taskEvidence.get(i).isEmpty() ? null : taskEvidence.get(i).get(0)));
        }
        return new NodeDetails.TaskPage(total, tasks, next(skip, tasks.size(), total));
    }

    /** A page of the quotes behind the relationships of one type between two nodes; empty when there are none. */
    public NodeDetails.EvidencePage evidence(String id, String other, String type, int skip, int limit) {
        long[] total = {0};
        List<EvidenceView> page = store.read(FIND_EVIDENCE, Map.of("id", id, "other", other, "type", type,
                "skip", skip, "limit", limit), r -> {
            total[0] = r.get("total").asLong();
            return Rows.evidence(r);
        });
        List<EvidenceView> shown = withContext(List.of(page)).get(0);
        return new NodeDetails.EvidencePage(total[0], shown, next(skip, shown.size(), total[0]));
    }

    /** The same evidence with the sentence around each quote, fetched in one query for all lists. */
    private List<List<EvidenceView>> withContext(List<List<EvidenceView>> lists) {
        List<DocumentTexts.Span> spans = new ArrayList<>();
        lists.forEach(list -> list.forEach(e -> spans.add(new DocumentTexts.Span(e.document(), e.start(), e.end()))));
        List<DocumentTexts.Sentence> contexts = texts.contexts(spans);
        List<List<EvidenceView>> out = new ArrayList<>(lists.size());
        int at = 0;
        for (List<EvidenceView> list : lists) {
            List<EvidenceView> withContext = new ArrayList<>(list.size());
            for (EvidenceView e : list) {
                DocumentTexts.Sentence sentence = contexts.get(at++);
                withContext.add(new EvidenceView(e.quote(), e.start(), e.end(), e.rule(), e.document(),
                        sentence == null ? null : sentence.text(), sentence == null ? null : sentence.start()));
            }
            out.add(withContext);
        }
        return out;
    }

    private static Integer next(int skip, int shown, long total) {
        return skip + shown < total ? skip + shown : null;
    }

    /** The neighbours of a node, at most {@code limit}; empty when the node does not exist. */
    public Optional<GraphPayload> neighbors(String id, List<String> labels, List<String> types, int limit) {
        if (store.read(FIND_NODE, Map.of("id", id), r -> r).isEmpty()) {
            return Optional.empty();
        }
        Map<String, GraphNode> nodes = new LinkedHashMap<>();
        List<GraphLink> links = new ArrayList<>();
        long[] total = {0};
        // in process a direct walk gives the statement's rows without ranking a hub's thousands of tasks as rows
        List<Record> rows = store.walks()
                .map(walks -> walks.neighbours(id, labels, types, limit, GraphStore.DEFAULT_TIMEOUT))
                .orElseGet(() -> store.read(EXPAND, Map.of("id", id, "labels", labels, "types", types, "limit", limit),
                        r -> r));
        for (Record r : rows) {
            total[0] = r.get("total").asLong();
            nodes.putIfAbsent(r.get("id").asString(), Rows.node(r));
            links.add(Rows.link(r));
        }
        return Optional.of(new GraphPayload(List.copyOf(nodes.values()), links, total[0],
                Math.max(0, total[0] - nodes.size())));
    }

    /**
     * The best connected nodes of the labels, at most {@code limit}, and the links among them (one per pair and type);
     * {@code total} says how many nodes carry those labels, {@code omitted} how many were left out.
     */
    /**
     * The best connected nodes and the links among them. The same for every user, so it is made once per graph
     * version (its size from the count store, read per request in well under a millisecond) and kept: on a corpus
     * of thousands of documents the links among the busiest nodes take most of a second to gather.
     */
    public GraphPayload overview(List<String> labels, List<String> types, int limit) {
        return overviews.get(List.of(labels, types, limit), version.current(), () -> makeOverview(labels, types, limit));
    }

    private GraphPayload makeOverview(List<String> labels, List<String> types, int limit) {
        List<String> shown = labels.isEmpty() ? OVERVIEW_LABELS : labels;
        List<GraphNode> nodes = store.read(OVERVIEW, Map.of("labels", shown, "limit", limit), Rows::node);
        long total = nodeCounts().entrySet().stream().filter(e -> shown.contains(e.getKey()))
                .mapToLong(Map.Entry::getValue).sum();
        return new GraphPayload(nodes, linksBetween(nodes.stream().map(GraphNode::id).toList(), types),
                Math.max(total, nodes.size()), Math.max(0, total - nodes.size()));
    }

    /** The id of the best connected node of {@code label}, if any: a sample for benchmarks and profiles. */
    public Optional<String> bestConnected(String label) {
        return store.read(OVERVIEW, Map.of("labels", List.of(label), "limit", 1), r -> r.get("id").asString())
                .stream().findFirst();
    }

    List<GraphLink> linksBetween(List<String> ids, List<String> types) {
        return store.read(LINKS_BETWEEN, Map.of("ids", ids, "types", types, "limit", MAX_LINKS), Rows::link);
    }

    /**
     * Up to {@code limit} paths from one node to another through nodes labelled as in {@code through}, the shortest
     * first, then alternatives through other nodes ({@link AlternativePaths}); null asks for the default
     * ({@link PathTypes#DEFAULT}), relaxed to every label when it gives no path.
     */
    public PathsPayload paths(String from, String to, int maxHops, int limit, List<String> through) {
        // one time budget for the strict search and the relaxed one after it
        long deadline = System.nanoTime() + PathSearch.TIME_BUDGET.toNanos();
        if (through != null) {
            return paths(from, to, maxHops, limit, through, false, deadline);
        }
        PathsPayload strict = paths(from, to, maxHops, limit, PathTypes.DEFAULT, false, deadline);
        return strict.paths().isEmpty() ? paths(from, to, maxHops, limit, PathTypes.ALL, true, deadline) : strict;
    }

    private PathsPayload paths(String from, String to, int maxHops, int limit, List<String> through, boolean relaxed,
                               long deadline) {
        PathSearch.Routes found = PathSearch.find(store, from, to, maxHops, through,
                limit * AlternativePaths.CANDIDATES_PER_PATH, deadline);
        // one more than asked for says whether another route was left out
        List<PathsPayload.Path> chosen = AlternativePaths.choose(found.routes().stream()
                .map(route -> new PathsPayload.Path(route, List.of())).toList(), limit + 1);
        List<PathsPayload.Path> routes = chosen.subList(0, Math.min(limit, chosen.size()));
        // the relation and quote of each step, read for the paths shown only
        Map<String, GraphNode> named = new LinkedHashMap<>();
        Map<String, GraphLink> steps = new LinkedHashMap<>();
        List<Map<String, String>> pairs = new ArrayList<>();
        for (PathsPayload.Path route : routes) {
            for (int i = 0; i + 1 < route.nodes().size(); i++) {
                pairs.add(Map.of("source", route.nodes().get(i), "target", route.nodes().get(i + 1)));
            }
        }
        if (!pairs.isEmpty()) {
            store.read(PATH_STEPS, Map.of("steps", pairs), r -> {
                for (String end : List.of("fromNode", "toNode")) {
                    Value n = r.get(end);
                    named.putIfAbsent(n.get("id").asString(), new GraphNode(n.get("id").asString(),
                            n.get("label").asString(), n.get("name").asString(""), 0));
                }
                EvidenceView evidence = new EvidenceView(r.get("quote").asString(""), r.get("start").asInt(0),
                        r.get("end").asInt(0), r.get("rule").asString(null), null, null);
                steps.put(r.get("from").asString() + "|" + r.get("to").asString(), new GraphLink(
                        r.get("source").asString(), r.get("target").asString(), r.get("type").asString(),
                        evidence.quote().isEmpty() ? List.of() : List.of(evidence)));
                return r;
            });
        }
        List<PathsPayload.Path> paths = new ArrayList<>();
        Map<String, GraphNode> nodes = new LinkedHashMap<>();
        Map<String, GraphLink> links = new LinkedHashMap<>();
        for (PathsPayload.Path route : routes) {
            List<GraphLink> pathLinks = new ArrayList<>();
            for (int i = 0; i + 1 < route.nodes().size(); i++) {
                GraphLink step = steps.get(route.nodes().get(i) + "|" + route.nodes().get(i + 1));
                if (step != null) {
                    pathLinks.add(step);
                    links.putIfAbsent(step.source() + "|" + step.type() + "|" + step.target(), step);
                }
            }
            route.nodes().forEach(id -> nodes.putIfAbsent(id, named.get(id)));
            paths.add(new PathsPayload.Path(route.nodes(), pathLinks));
        }
        return new PathsPayload(List.copyOf(paths), List.copyOf(nodes.values()), List.copyOf(links.values()),
                List.copyOf(through), relaxed, chosen.size() > limit || found.cut());
    }

    public boolean exists(String id) {
        return !store.read(FIND_NODE, Map.of("id", id), r -> r).isEmpty();
    }

    /** Counts per label and type (from the count store), and the newest documents with how many there are. */
    /** How many documents are loaded (from the count store: as cheap on a corpus as on one document). */
    public long documentCount() {
        return store.read(DOCUMENT_COUNT, Map.of(), r -> r.get("documents").asLong()).get(0);
    }

    public Stats stats() {
        Map<String, Long> relationships = new LinkedHashMap<>();
        store.read(RELATIONSHIP_COUNTS, Map.of(), r -> positive(relationships, r.get("type").asString(), r.get("count").asLong()));
        long[] total = {0};
        List<Stats.DocumentRef> documents = store.read(DOCUMENTS, Map.of("limit", LISTED_DOCUMENTS), r -> {
            total[0] = r.get("total").asLong();
            return new Stats.DocumentRef(r.get("id").asString(), r.get("title").asString(""),
                    r.get("number").asString(""), r.get("date").asString(""));
        });
        return new Stats(nodeCounts(), relationships, total[0], documents);
    }

    private Map<String, Long> nodeCounts() {
        Map<String, Long> nodes = new LinkedHashMap<>();
        store.read(NODE_COUNTS, Map.of(), r -> positive(nodes, r.get("label").asString(), r.get("count").asLong()));
        return nodes;
    }

    /** Counts are listed for what the graph holds: a label or type without any is left out. */
    private static Long positive(Map<String, Long> counts, String key, long count) {
        return count > 0 ? counts.put(key, count) : null;
    }

    /** Other nodes printed with the same name (a park and the committee that answers for it): a few, from the index. */
    private List<NodeDetails.Ref> sameName(String id, String name) {
        if (name.isBlank()) {
            return List.of();
        }
        return search.search(name, List.of(), SAME_NAME_SEARCHED).stream()
                .filter(h -> name.equals(h.name()) && !id.equals(h.id()))
                .limit(MAX_SAME_NAME)
                .map(h -> new NodeDetails.Ref(h.id(), h.label(), h.name())).toList();
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
