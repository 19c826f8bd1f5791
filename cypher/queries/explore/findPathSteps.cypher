// The relation shown for each step of the paths the path search found: for each pair of consecutive nodes, one
// relationship between them (the first by relation type; relations between named entities through their pair
// summaries, LINK), in its own direction, with the first quote of its first per-document relationship, and the two
// nodes' labels and names.
// @purpose.zh 路径搜索找到的每一步所显示的关系：每对相邻节点一条。
// @param $steps List<Map> — the steps, each {source, target}: ids of two consecutive nodes of a path
// @param.zh $steps 各步，每步 {source, target}：路径上两个相邻节点的 id
// USING INDEX SEEK: the planner, reading the statistics of an index not yet sampled after a large write, may
// otherwise scan the whole index once per row of the list.
UNWIND $steps AS step
MATCH (x:Node {id: step.source}), (y:Node {id: step.target}) USING INDEX SEEK x:Node(id) USING INDEX SEEK y:Node(id)
CALL (x, y) {
  MATCH (x)-[s:LINK|HAS_TASK|HAS_INDICATOR|HAS_TARGET|DETAILS|RESPONSIBLE_FOR|MENTIONS]-(y)
  WITH s, CASE type(s) WHEN 'LINK' THEN s.type ELSE type(s) END AS type
  RETURN s, type ORDER BY type, startNode(s) = x DESC LIMIT 1
}
WITH x, y, s, type, startNode(s) AS source, endNode(s) AS target
// a summary's first per-document relationship, one branch per relation type (a typed expansion reads that type's
// relationships only); any other step is a relationship of its own (a summary of another type: the step without quote)
OPTIONAL CALL (s, source, target, type) {
  CALL (s, source, target, type) {
    WITH s WHERE type(s) <> 'LINK' RETURN s AS r
    UNION ALL
    WITH source, target, type WHERE type = 'HOSTS' MATCH (source)-[r:HOSTS]->(target) RETURN r
    UNION ALL
    WITH source, target, type WHERE type = 'RELIES_ON' MATCH (source)-[r:RELIES_ON]->(target) RETURN r
    UNION ALL
    WITH source, target, type WHERE type = 'PARTNERS_WITH' MATCH (source)-[r:PARTNERS_WITH]->(target) RETURN r
    UNION ALL
    WITH source, target, type WHERE type = 'LOCATED_IN' MATCH (source)-[r:LOCATED_IN]->(target) RETURN r
    UNION ALL
    WITH source, target, type WHERE type = 'CLUSTER_IN' MATCH (source)-[r:CLUSTER_IN]->(target) RETURN r
    UNION ALL
    WITH source, target, type WHERE type = 'LEADS' MATCH (source)-[r:LEADS]->(target) RETURN r
    UNION ALL
    WITH source, target, type WHERE type = 'FOCUSES_ON' MATCH (source)-[r:FOCUSES_ON]->(target) RETURN r
    UNION ALL
    WITH source, target, type WHERE type = 'PART_OF' MATCH (source)-[r:PART_OF]->(target) RETURN r
    UNION ALL
    WITH source, target, type WHERE type = 'SUPPORTS' MATCH (source)-[r:SUPPORTS]->(target) RETURN r
    UNION ALL
    WITH source, target, type WHERE type = 'CO_PARTICIPATES' MATCH (source)-[r:CO_PARTICIPATES]->(target) RETURN r
  }
  RETURN r LIMIT 1
}
RETURN x.id AS from, y.id AS to,
       {id: x.id, label: [l IN labels(x) WHERE l <> 'Node'][0], name: x.name} AS fromNode,
       {id: y.id, label: [l IN labels(y) WHERE l <> 'Node'][0], name: y.name} AS toNode,
       source.id AS source, target.id AS target, type, coalesce(r.quotes[0], '') AS quote, r.starts[0] AS start,
       r.ends[0] AS end, r.rules[0] AS rule
