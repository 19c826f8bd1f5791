// Nodes whose name, alias or pinyin key matches a search, from the fulltext indexes, with their index score.
// A degree counts the per-document relationships: the node's pair summaries (LINK) are taken off.
// @param $query String — Lucene query on names and aliases (CJK bigrams)
// @param $pinyinQuery String — Lucene prefix query on pinyin keys (lower-case ASCII)
// @param $labels List<String> — labels to keep; empty keeps all
// @param $limit Integer — most rows
CALL () {
  CALL db.index.fulltext.queryNodes('entity_names', $query, {limit: $limit}) YIELD node, score
  RETURN node, score
  UNION ALL
  CALL db.index.fulltext.queryNodes('structure_names', $query, {limit: $limit}) YIELD node, score
  RETURN node, score
  UNION ALL
  CALL db.index.fulltext.queryNodes('entity_pinyin', $pinyinQuery, {limit: $limit}) YIELD node, score
  RETURN node, score
}
WITH node, max(score) AS score
WITH node, score, [l IN labels(node) WHERE l <> 'Node'][0] AS label
WHERE size($labels) = 0 OR label IN $labels
RETURN node.id AS id, label, node.name AS name, coalesce(node.aliases, []) AS aliases, score,
       COUNT { (node)--() } - COUNT { (node)-[:LINK]-() } AS degree
ORDER BY score DESC
LIMIT $limit
