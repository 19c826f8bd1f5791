// Nodes whose name contains a short text (one character, which the bigram indexes cannot match); uses the text index.
// A degree counts the per-document relationships: the node's pair summaries (LINK) are taken off.
// @purpose.zh 名称包含一段短文本（单个汉字，二元索引无法匹配）的节点；使用文本索引。
// @param $text String — the text the name must contain
// @param.zh $text 名称须包含的文本
// @param $labels List<String> — labels to keep; empty keeps all
// @param.zh $labels 保留的类型；为空则全部保留
// @param $limit Integer — most rows
// @param.zh $limit 最多行数
MATCH (node:Node)
WHERE node.name CONTAINS $text
WITH node, [l IN labels(node) WHERE l <> 'Node'][0] AS label
WHERE (size($labels) = 0 OR label IN $labels) AND NOT label IN ['Document', 'Target']
RETURN node.id AS id, label, node.name AS name, coalesce(node.aliases, []) AS aliases, 1.0 AS score,
       COUNT { (node)--() } - COUNT { (node)-[:LINK]-() } AS degree
LIMIT $limit
