// The size of the whole graph, nodes and relationships, from Neo4j's count store (two top-level counts, so neither
// visits anything). Loads, revisions and removals change it: the server uses it as the version of answers that are
// the same for every user and worth keeping (the overview).
// @purpose.zh 整个图谱的节点数与关系数，取自 Neo4j 的计数存储。
MATCH (n)
WITH count(n) AS count
RETURN 'nodes' AS what, count
UNION ALL
MATCH ()-[r]->()
WITH count(r) AS count
RETURN 'relationships' AS what, count
