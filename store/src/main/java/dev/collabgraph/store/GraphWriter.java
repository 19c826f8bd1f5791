package dev.collabgraph.store;

import dev.collabgraph.model.ExtractedGraph;
import dev.collabgraph.model.Label;
import dev.collabgraph.model.RelType;
import org.neo4j.driver.Record;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Writes one document's graph in one transaction. The same revision (same sha256) again changes nothing; another
 * revision replaces everything the document stated before: its relationships, its structure nodes, the aliases it
 * gave, and the entities only it named (deleted once nothing links to them). The pair summaries (one LINK per entity
 * pair and relation type, with its counts) follow in the same transaction: the revision's delete takes the old
 * share out, the write adds the new one. Entities are shared: one node per id.
 * What each document names is recorded on its own Document node, never on the shared entity nodes: a document's
 * cost does not grow with the documents loaded before it, and a shared entity is written (and locked) only by a
 * document that changes it, such as with a new alias, so concurrent documents rarely wait for each other. Rows go
 * in batches of {@value #BATCH_SIZE}.
 */
public final class GraphWriter {
    static final int BATCH_SIZE = 1_000;
    private static final CypherStatement LOCK_REVISION = CypherFiles.load("write/lockDocumentRevision");
    private static final CypherStatement DELETE_RELATIONSHIPS = CypherFiles.load("write/deleteDocumentRelationships");
    private static final CypherStatement DELETE_STALE_STRUCTURE = CypherFiles.load("write/deleteStaleStructureNodes");
    private static final CypherStatement RELEASE_ALIASES = CypherFiles.load("write/releaseAliases");
    private static final CypherStatement SET_DOCUMENT_NAMES = CypherFiles.load("write/setDocumentNames");
    private static final CypherStatement MERGE_STRUCTURE = CypherFiles.load("write/mergeStructureNodes");
    private static final CypherStatement MERGE_ENTITIES = CypherFiles.load("write/mergeEntityNodes");
    private static final CypherStatement FIND_MISSING = CypherFiles.load("write/findMissingNodes");
    private static final CypherStatement CREATE_RELATIONSHIPS = CypherFiles.load("write/createRelationships");
    private static final CypherStatement MERGE_PAIRS = CypherFiles.load("write/mergePairSummaries");
    private static final CypherStatement DELETE_ORPHANS = CypherFiles.load("write/deleteOrphanEntities");
    private static final CypherStatement FIND_TEXT = CypherFiles.load("queries/explore/findDocumentText");
    private static final CypherStatement SET_SEARCH_KEYS = CypherFiles.load("write/setSearchKeys");
    private static final CypherStatement FIND_CORRECTIONS = CypherFiles.load("write/findCorrections");

    private GraphWriter() {
    }

    /** What to do when a different text from another file is loaded under the document's id. */
    public enum OnConflict {
        /** Refuse with {@link DocumentConflictException}: the graph stays as it was. */
        REFUSE,
        /** Replace the loaded document, as a new revision would. */
        REPLACE
    }

    /**
     * Writes {@code graph}, refusing to replace a different document of the same id ({@link OnConflict#REFUSE}). Fails
     * with {@link IllegalArgumentException} on input the graph cannot hold (unsupported property types,
     * relationships to unknown node ids, ids clashing with other nodes, a conflicting document); the transaction
     * then rolls back and the graph is exactly as before.
     */
    public static WriteSummary write(GraphStore store, ExtractedGraph graph) {
        return write(store, graph, OnConflict.REFUSE);
    }

    /** As {@link #write(GraphStore, ExtractedGraph)}, with the given way to treat a conflicting document. */
    public static WriteSummary write(GraphStore store, ExtractedGraph graph, OnConflict onConflict) {
        return store.write(tx -> write(tx, graph, onConflict));
    }

    /**
     * Writes {@code graph} in the caller's transaction, with the editors' corrections laid over it
     * ({@link CorrectionLayer}): a document is written again when its file or the corrections that change it
     * differ from the loaded revision's, and left alone otherwise.
     */
    public static WriteSummary write(GraphTransaction tx, ExtractedGraph graph, OnConflict onConflict) {
        List<Correction> corrections = tx.run(FIND_CORRECTIONS, Map.of(),
                row -> Correction.of(row.get("correction")));
        CorrectionLayer.Corrected corrected = CorrectionLayer.apply(graph, corrections);
        return write(tx, WritePlan.of(corrected.graph(), corrected.applied()), corrected.applied(), onConflict);
    }

    private static WriteSummary write(GraphTransaction tx, WritePlan plan, List<String> corrections,
                                      OnConflict onConflict) {
        String documentId = plan.documentId();
        Map<String, Object> document = Map.of("documentId", documentId);
        List<LoadedRevision> loaded = tx.run(LOCK_REVISION, document, LoadedRevision::of).stream()
                .filter(revision -> !revision.fresh()).toList();
        if (loaded.stream().anyMatch(revision -> plan.sha256().equals(revision.sha256())
                && corrections.equals(revision.corrections()))) {
            return WriteSummary.unchanged(documentId, plan.warnings());
        }
        if (!loaded.isEmpty() && onConflict == OnConflict.REFUSE && !loaded.get(0).origin().sameSourceAs(plan.origin())
                && !sameText(tx.run(FIND_TEXT, Map.of("id", documentId), row -> row.get("text").asString(null)),
                        plan.documentText())) {
            throw new DocumentConflictException(documentId, loaded.get(0).origin(), plan.origin());
        }
        Map<Label, Integer> created = new EnumMap<>(Label.class);
        Map<Label, Integer> updated = new EnumMap<>(Label.class);
        Map<Label, Integer> deleted = new EnumMap<>(Label.class);
        Map<RelType, Integer> relationshipsCreated = new EnumMap<>(RelType.class);
        Map<RelType, Integer> relationshipsDeleted = new EnumMap<>(RelType.class);

        // a document never loaded has nothing to replace: skip the deletes
        List<String> released = List.of();
        if (!loaded.isEmpty()) {
            LoadedRevision previous = loaded.get(0);
            tally(relationshipsDeleted, tx.run(DELETE_RELATIONSHIPS, document,
                    row -> Map.entry(RelType.valueOf(row.get("type").asString()), row.get("deleted").asInt())));
            tally(deleted, tx.run(DELETE_STALE_STRUCTURE,
                    Map.of("documentId", documentId, "keepIds", plan.structureIds()), GraphWriter::deletedNodes));
            List<Map<String, Object>> takenBack = previous.takenBackAliases(plan);
            if (!takenBack.isEmpty()) {
                setSearchKeys(tx, tx.run(RELEASE_ALIASES, Map.of("documentId", documentId, "rows", takenBack),
                        SearchKeys::row));
            }
            released = previous.released(plan);
        }

        for (List<Map<String, Object>> batch : batches(plan.structureRows())) {
            count(tx.run(MERGE_STRUCTURE, Map.of("documentId", documentId, "rows", batch),
                    row -> MergedNode.of(row, documentId)), created, updated);
        }
        for (List<Map<String, Object>> batch : batches(plan.entityRows())) {
            List<Map<String, Object>> searchKeys = new ArrayList<>();
            count(tx.run(MERGE_ENTITIES, Map.of("rows", batch), row -> {
                if (row.get("changed").asBoolean()) {
                    searchKeys.add(SearchKeys.row(row));
                }
                return MergedNode.of(row, null);
            }), created, updated);
            setSearchKeys(tx, searchKeys);
        }
        tx.run(SET_DOCUMENT_NAMES, Map.of("documentId", documentId, "entityIds", plan.entityIds(),
                "aliasIds", plan.aliasIds(), "aliases", plan.aliases()), row -> row);

        List<String> missing = tx.run(FIND_MISSING, Map.of("ids", plan.outsideIds()), row -> row.get("id").asString());
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException(documentId + ": relationships refer to unknown node ids " + missing);
        }
        for (List<Map<String, Object>> batch : batches(plan.relationshipRows())) {
            tally(relationshipsCreated, tx.run(CREATE_RELATIONSHIPS, Map.of("documentId", documentId, "rows", batch),
                    row -> Map.entry(RelType.valueOf(row.get("type").asString()), row.get("created").asInt())));
        }
        int stored = relationshipsCreated.values().stream().mapToInt(Integer::intValue).sum();
        if (stored != plan.relationshipRows().size()) {
            throw new IllegalStateException(documentId + ": " + stored + " of " + plan.relationshipRows().size()
                    + " relationships stored");
        }
        // last of the writes: the summaries are shared by every document stating a pair, so their locks are held
        // from here to the commit only
        for (List<Map<String, Object>> batch : batches(plan.pairRows())) {
            tx.run(MERGE_PAIRS, Map.of("rows", batch), row -> row);
        }

        if (!released.isEmpty()) {
            tally(deleted, tx.run(DELETE_ORPHANS, Map.of("documentId", documentId, "ids", released),
                    GraphWriter::deletedNodes));
        }
        return new WriteSummary(documentId, false, created, updated, deleted, relationshipsCreated,
                relationshipsDeleted, plan.warnings());
    }

    /**
     * Removes a loaded document in one transaction: its structure nodes and every relationship it stated go, the
     * aliases it gave are taken back and the entities only it named are deleted; entities other documents (or the
     * reference data) name stay, with their share of the pair summaries taken out. Fails with
     * {@link DocumentNotFoundException} when no document of that id is loaded, leaving the graph as it was.
     */
    public static WriteSummary remove(GraphStore store, String documentId) {
        return store.write(tx -> remove(tx, documentId));
    }

    private static WriteSummary remove(GraphTransaction tx, String documentId) {
        Map<String, Object> document = Map.of("documentId", documentId);
        LoadedRevision loaded = tx.run(LOCK_REVISION, document, LoadedRevision::of).get(0);
        if (loaded.fresh()) {
            // the lock made a placeholder for an id nothing is loaded under: throwing rolls it back
            throw new DocumentNotFoundException(documentId);
        }
        Map<Label, Integer> deleted = new EnumMap<>(Label.class);
        Map<RelType, Integer> relationshipsDeleted = new EnumMap<>(RelType.class);
        tally(relationshipsDeleted, tx.run(DELETE_RELATIONSHIPS, document,
                row -> Map.entry(RelType.valueOf(row.get("type").asString()), row.get("deleted").asInt())));
        tally(deleted, tx.run(DELETE_STALE_STRUCTURE, Map.of("documentId", documentId, "keepIds", List.of()),
                GraphWriter::deletedNodes));
        List<Map<String, Object>> given = loaded.givenAliases();
        if (!given.isEmpty()) {
            setSearchKeys(tx, tx.run(RELEASE_ALIASES, Map.of("documentId", documentId, "rows", given),
                    SearchKeys::row));
        }
        if (!loaded.entityIds().isEmpty()) {
            tally(deleted, tx.run(DELETE_ORPHANS, Map.of("documentId", documentId, "ids", loaded.entityIds()),
                    GraphWriter::deletedNodes));
        }
        return new WriteSummary(documentId, false, Map.of(), Map.of(), deleted, Map.of(), relationshipsDeleted,
                List.of());
    }

    /**
     * The same text in another file (another encoding, other line ends) is the same document: only a different text
     * from another file is a conflict. Read only then, as the loaded text can be large.
     */
    private static boolean sameText(List<String> loaded, String incoming) {
        return !loaded.isEmpty() && loaded.get(0) != null && incoming != null
                && normalised(loaded.get(0)).equals(normalised(incoming));
    }

    private static String normalised(String text) {
        return (text.startsWith("\uFEFF") ? text.substring(1) : text).replace("\r\n", "\n").replace('\r', '\n').strip();
    }

    /** Pinyin keys only for the entities whose name or aliases this write set: the others keep theirs. */
    private static void setSearchKeys(GraphTransaction tx, List<Map<String, Object>> rows) {
        if (!rows.isEmpty()) {
            tx.run(SET_SEARCH_KEYS, Map.of("rows", rows), row -> row);
        }
    }

    private static Map.Entry<Label, Integer> deletedNodes(Record row) {
        return Map.entry(Label.valueOf(row.get("label").asString()), row.get("deleted").asInt());
    }

    private static <K> void tally(Map<K, Integer> counts, List<Map.Entry<K, Integer>> entries) {
        entries.forEach(e -> counts.merge(e.getKey(), e.getValue(), Integer::sum));
    }

    private static void count(List<MergedNode> nodes, Map<Label, Integer> created, Map<Label, Integer> updated) {
        nodes.forEach(node -> (node.existed() ? updated : created).merge(node.label(), 1, Integer::sum));
    }

    private static <T> List<List<T>> batches(List<T> rows) {
        List<List<T>> batches = new ArrayList<>();
        for (int from = 0; from < rows.size(); from += BATCH_SIZE) {
            batches.add(rows.subList(from, Math.min(rows.size(), from + BATCH_SIZE)));
        }
        return batches;
    }
}
