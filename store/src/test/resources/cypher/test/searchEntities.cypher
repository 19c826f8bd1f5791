// Tests: entity ids whose name or an alias matches a fulltext query.
// @param $query String — Lucene query
CALL db.index.fulltext.queryNodes('entity_names', $query) YIELD node
RETURN node.id AS id
