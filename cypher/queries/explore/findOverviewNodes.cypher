// The best connected nodes carrying one of the labels: the overview the explorer opens with. One branch per label,
// each scanning only its own label and keeping its best $limit (degrees come from Neo4j's degree store), so labels
// not asked for cost nothing; the branches' best are then ranked together. A degree counts the per-document
// relationships: the node's pair summaries (LINK) are taken off.
// @purpose.zh 带所给类型之一、连接最多的节点：浏览器打开时的总览。
// @param $labels List<String> — labels to show
// @param.zh $labels 要显示的类型
// @param $limit Integer — most nodes
// @param.zh $limit 最多节点数
CALL () {
  WITH * WHERE 'University' IN $labels
  MATCH (n:University)
  WITH n, COUNT { (n)--() } - COUNT { (n)-[:LINK]-() } AS degree
  ORDER BY degree DESC, n.id
  LIMIT $limit
  RETURN n, 'University' AS label, degree
  UNION ALL
  WITH * WHERE 'Enterprise' IN $labels
  MATCH (n:Enterprise)
  WITH n, COUNT { (n)--() } - COUNT { (n)-[:LINK]-() } AS degree
  ORDER BY degree DESC, n.id
  LIMIT $limit
  RETURN n, 'Enterprise' AS label, degree
  UNION ALL
  WITH * WHERE 'Platform' IN $labels
  MATCH (n:Platform)
  WITH n, COUNT { (n)--() } - COUNT { (n)-[:LINK]-() } AS degree
  ORDER BY degree DESC, n.id
  LIMIT $limit
  RETURN n, 'Platform' AS label, degree
  UNION ALL
  WITH * WHERE 'Park' IN $labels
  MATCH (n:Park)
  WITH n, COUNT { (n)--() } - COUNT { (n)-[:LINK]-() } AS degree
  ORDER BY degree DESC, n.id
  LIMIT $limit
  RETURN n, 'Park' AS label, degree
  UNION ALL
  WITH * WHERE 'Unit' IN $labels
  MATCH (n:Unit)
  WITH n, COUNT { (n)--() } - COUNT { (n)-[:LINK]-() } AS degree
  ORDER BY degree DESC, n.id
  LIMIT $limit
  RETURN n, 'Unit' AS label, degree
  UNION ALL
  WITH * WHERE 'Industry' IN $labels
  MATCH (n:Industry)
  WITH n, COUNT { (n)--() } - COUNT { (n)-[:LINK]-() } AS degree
  ORDER BY degree DESC, n.id
  LIMIT $limit
  RETURN n, 'Industry' AS label, degree
  UNION ALL
  WITH * WHERE 'Region' IN $labels
  MATCH (n:Region)
  WITH n, COUNT { (n)--() } - COUNT { (n)-[:LINK]-() } AS degree
  ORDER BY degree DESC, n.id
  LIMIT $limit
  RETURN n, 'Region' AS label, degree
  UNION ALL
  WITH * WHERE 'Task' IN $labels
  MATCH (n:Task)
  WITH n, COUNT { (n)--() } - COUNT { (n)-[:LINK]-() } AS degree
  ORDER BY degree DESC, n.id
  LIMIT $limit
  RETURN n, 'Task' AS label, degree
  UNION ALL
  WITH * WHERE 'AnnexTask' IN $labels
  MATCH (n:AnnexTask)
  WITH n, COUNT { (n)--() } - COUNT { (n)-[:LINK]-() } AS degree
  ORDER BY degree DESC, n.id
  LIMIT $limit
  RETURN n, 'AnnexTask' AS label, degree
  UNION ALL
  WITH * WHERE 'Section' IN $labels
  MATCH (n:Section)
  WITH n, COUNT { (n)--() } - COUNT { (n)-[:LINK]-() } AS degree
  ORDER BY degree DESC, n.id
  LIMIT $limit
  RETURN n, 'Section' AS label, degree
  UNION ALL
  WITH * WHERE 'Document' IN $labels
  MATCH (n:Document)
  WITH n, COUNT { (n)--() } - COUNT { (n)-[:LINK]-() } AS degree
  ORDER BY degree DESC, n.id
  LIMIT $limit
  RETURN n, 'Document' AS label, degree
  UNION ALL
  WITH * WHERE 'Indicator' IN $labels
  MATCH (n:Indicator)
  WITH n, COUNT { (n)--() } - COUNT { (n)-[:LINK]-() } AS degree
  ORDER BY degree DESC, n.id
  LIMIT $limit
  RETURN n, 'Indicator' AS label, degree
  UNION ALL
  WITH * WHERE 'Target' IN $labels
  MATCH (n:Target)
  WITH n, COUNT { (n)--() } - COUNT { (n)-[:LINK]-() } AS degree
  ORDER BY degree DESC, n.id
  LIMIT $limit
  RETURN n, 'Target' AS label, degree
}
WITH n, label, degree
ORDER BY degree DESC, n.id
LIMIT $limit
RETURN n.id AS id, label, n.name AS name, degree
