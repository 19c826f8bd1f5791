// The loaded documents that state a relationship of any of the given nodes: those a correction of them rewrites.
// @param $ids List<String> — ids of entities
UNWIND $ids AS id
MATCH (:Node {id: id})-[r]-()
WHERE r.document IS NOT NULL AND NOT r.document STARTS WITH 'reference:'
RETURN DISTINCT r.document AS document
