// Nodes whose name, alias or pinyin key matches a search, from the fulltext indexes, with their index score.
// A degree counts the per-document relationships: the node's pair summaries (LINK) are taken off.
// @purpose.zh 名称、别名或拼音与搜索词相符的节点，取自全文索引，附索引得分。
// @param $query String — Lucene query on names and aliases (CJK bigrams)
// @param.zh $query 对名称与别名的 Lucene 查询（中文二元分词）
// @param $pinyinQuery String — Lucene prefix query on pinyin keys (lower-case ASCII)
// @param.zh $pinyinQuery 对拼音键的 Lucene 前缀查询（小写字母）
// @param $labels List<String> — labels to keep; empty keeps all
// @param.zh $labels 保留的类型；为空则全部保留
// @param $limit Integer — most rows
// @param.zh $limit 最多行数
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
