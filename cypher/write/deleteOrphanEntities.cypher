// Delete the given entities when nothing names them any more: no relationship, no document, no reference source.
// @param $documentId String — id of the document that has just let go of them
// @param $ids List<String> — ids of those entities
// Other documents' nodes are read only for an entity left without any relationship, which a revision rarely
// leaves; documents lists the reference sources that merged the node (mergeReferenceRegions).
// USING INDEX SEEK: the planner, reading the statistics of an index not yet sampled after a large write, may
// otherwise scan the whole index once per row.
UNWIND $ids AS id
MATCH (n:Node {id: id}) USING INDEX SEEK n:Node(id)
WHERE NOT EXISTS { (n)--() } AND size(coalesce(n.documents, [])) = 0
  AND NOT EXISTS { MATCH (other:Document) WHERE other.id <> $documentId AND id IN other.namedEntities }
WITH n, [l IN labels(n) WHERE l <> 'Node'][0] AS label
DELETE n
RETURN label, count(*) AS deleted
