// One level of the bounded path search (PathSearch) among named entities: as expandPathFrontier, over the pair
// summaries (LINK) alone, so that a busy entity's thousands of tasks are not read when no task may lie on the path;
// the degree is in summaries only.
// @param $ids List<String> — ids of the nodes to expand
// @param $through List<String> — labels an intermediate node may carry
// @param $ends List<String> — ids of the path's two ends (kept whatever their labels)
UNWIND $ids AS id
MATCH (n:Node {id: id})-[:LINK]-(m)
WHERE m.id IN $ends OR any(l IN labels(m) WHERE l IN $through)
WITH m, collect(id) AS froms
RETURN m.id AS to, froms, COUNT { (m)-[:LINK]-() } AS links
