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
 * gave, and the entities only it named (deleted once nothing links to them). Entities are shared: one node per id,
 * listing in {@code documents} every document naming it. Rows go in batches of {@value #BATCH_SIZE}.
 */
public final class GraphWriter {
    static final int BATCH_SIZE = 1_000;
    private static final CypherStatement FIND_REVISION = CypherFiles.load("write/findDocumentRevision");
    private static final CypherStatement DELETE_RELATIONSHIPS = CypherFiles.load("write/deleteDocumentRelationships");
    private static final CypherStatement DELETE_STALE_STRUCTURE = CypherFiles.load("write/deleteStaleStructureNodes");
    private static final CypherStatement RELEASE_ENTITIES = CypherFiles.load("write/releaseEntities");
    private static final CypherStatement MERGE_STRUCTURE = CypherFiles.load("write/mergeStructureNodes");
    private static final CypherStatement MERGE_ENTITIES = CypherFiles.load("write/mergeEntityNodes");
    private static final CypherStatement FIND_MISSING = CypherFiles.load("write/findMissingNodes");
    private static final CypherStatement CREATE_RELATIONSHIPS = CypherFiles.load("write/createRelationships");
    private static final CypherStatement DELETE_ORPHANS = CypherFiles.load("write/deleteOrphanEntities");
    private static final CypherStatement SET_SEARCH_KEYS = CypherFiles.load("write/setSearchKeys");

    private GraphWriter() {
    }

    /**
     * Writes {@code graph}. Fails with {@link IllegalArgumentException} on input the graph cannot hold (unsupported
     * property types, relationships to unknown node ids, ids clashing with other nodes); the transaction then rolls
     * back and the graph is exactly as before.
     */
    public static WriteSummary write(GraphStore store, ExtractedGraph graph) {
        WritePlan plan = WritePlan.of(graph);
        return store.write(tx -> write(tx, plan));
    }

    private static WriteSummary write(GraphTransaction tx, WritePlan plan) {
        String documentId = plan.documentId();
        Map<String, Object> document = Map.of("documentId", documentId);
        List<String> loaded = tx.run(FIND_REVISION, document, row -> row.get("sha256").asString(null));
        if (loaded.contains(plan.sha256())) {
            return WriteSummary.unchanged(documentId, plan.warnings());
        }
        Map<Label, Integer> created = new EnumMap<>(Label.class);
        Map<Label, Integer> updated = new EnumMap<>(Label.class);
        Map<Label, Integer> deleted = new EnumMap<>(Label.class);
        Map<RelType, Integer> relationshipsCreated = new EnumMap<>(RelType.class);
        Map<RelType, Integer> relationshipsDeleted = new EnumMap<>(RelType.class);

        // a document never loaded has nothing to replace: skip the deletes, which scan every relationship and node
        boolean replacing = !loaded.isEmpty();
        List<String> released = List.of();
        if (replacing) {
            tally(relationshipsDeleted, tx.run(DELETE_RELATIONSHIPS, document,
                    row -> Map.entry(RelType.valueOf(row.get("type").asString()), row.get("deleted").asInt())));
            tally(deleted, tx.run(DELETE_STALE_STRUCTURE,
                    Map.of("documentId", documentId, "keepIds", plan.structureIds()), GraphWriter::deletedNodes));
            released = tx.run(RELEASE_ENTITIES, Map.of("documentId", documentId, "keepIds", plan.entityIds()),
                    row -> row.get("id").asString());
        }

        for (List<Map<String, Object>> batch : batches(plan.structureRows())) {
            count(tx.run(MERGE_STRUCTURE, Map.of("documentId", documentId, "rows", batch),
                    row -> MergedNode.of(row, documentId)), created, updated);
        }
        for (List<Map<String, Object>> batch : batches(plan.entityRows())) {
            List<Map<String, Object>> searchKeys = new ArrayList<>(batch.size());
            count(tx.run(MERGE_ENTITIES, Map.of("documentId", documentId, "rows", batch), row -> {
                searchKeys.add(SearchKeys.row(row));
                return MergedNode.of(row, null);
            }), created, updated);
            tx.run(SET_SEARCH_KEYS, Map.of("rows", searchKeys), row -> row);
        }

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

        if (!released.isEmpty()) {
            tally(deleted, tx.run(DELETE_ORPHANS, Map.of("ids", released), GraphWriter::deletedNodes));
        }
        return new WriteSummary(documentId, false, created, updated, deleted, relationshipsCreated,
                relationshipsDeleted, plan.warnings());
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
