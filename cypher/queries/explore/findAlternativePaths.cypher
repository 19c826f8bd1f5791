// The shortest paths between two nodes and the next shortest after them, one per route, whose intermediate nodes
// carry one of the labels in $through, at most $maxHops long, shortest first: the candidates from which the explorer
// picks a few that differ. Documents and sections never lie on a path (they join everything), not even at its ends.
// @purpose.zh 两节点之间的最短路径及次短路径，每条路线一条，中间节点限于所给类型。
// @param $from String — id of one end
// @param.zh $from 一端的 id
// @param $to String — id of the other end
// @param.zh $to 另一端的 id
// @param $maxHops Integer — longest path, 1 to 6
// @param.zh $maxHops 最长跳数，1 到 6
// @param $candidates Integer — most routes returned, a few per path shown (at most 50)
// @param.zh $candidates 最多返回的路线数（每条显示的路径取几条，至多 50）
// @param $through List<String> — labels an intermediate node may carry (the ends may carry any)
// @param.zh $through 中间节点可带的类型（两端不限）
// SHORTEST 50 is Neo4j's bounded shortest-path search: it stops after that many paths in order of length, so a
// second route is found when only one shortest path exists, and a hub's every task is never enumerated past the
// bound (Neo4j 5.26 takes no parameter there: 50 is the most the API asks for, 10 paths × 5 candidates). The label
// test sits inside the quantified pattern, so the search itself skips other nodes: a path through a unit that is
// shorter than any allowed one does not hide the allowed one. The quantifier's bound is the largest the API accepts.
// Relations between named entities are walked through their pair summaries (LINK, one per partner and type), so a
// pair stated by a hundred documents is one step, not a hundred parallel paths; each step shows its relation type
// and the first quote of its first per-document relationship, read for the paths returned only.
// The explorer's paths come from PathSearch since 2026-12-04: this statement stays as the search it replaced, to
// compare with (PathSearchIT, SummaryAnswers).
MATCH (a:Node {id: $from}), (b:Node {id: $to})
WHERE NOT (a:Document OR a:Section OR b:Document OR b:Section)
MATCH p = SHORTEST 50 (a)
    (()-[:LINK|HAS_TASK|HAS_INDICATOR|HAS_TARGET|DETAILS|RESPONSIBLE_FOR|MENTIONS]-
      (x WHERE any(l IN labels(x) WHERE l IN $through) AND NOT (x:Document OR x:Section) AND x <> a AND x <> b)){0,5}
    ()-[:LINK|HAS_TASK|HAS_INDICATOR|HAS_TARGET|DETAILS|RESPONSIBLE_FOR|MENTIONS]-(b)
// after the selection: a length predicate inside the pattern is not applied while searching, and would have the
// search list every longer path first
WITH p WHERE length(p) <= $maxHops
// the search walks each relationship once but may pass a node twice (never an end: the pattern keeps them out of the
// middle): only paths that visit each node once are routes
  AND all(i IN range(0, length(p) - 1) WHERE NOT nodes(p)[i] IN nodes(p)[i + 1..])
// one path per route: two that pass the same nodes in the same order differ only in which of two relations (a
// partnership and a co-participation) joins a pair, and read as the same way round
WITH [x IN nodes(p) | x.id] AS route, p ORDER BY length(p)
WITH route, collect(p)[0] AS p
WITH p ORDER BY length(p), [x IN nodes(p) | x.id]
LIMIT $candidates
CALL (p) {
  UNWIND range(0, length(p) - 1) AS i
  WITH i, relationships(p)[i] AS step
  WITH i, step, startNode(step) AS source, endNode(step) AS target,
       CASE type(step) WHEN 'LINK' THEN step.type ELSE type(step) END AS type
  // a summary's first per-document relationship, one branch per relation type (a typed expansion reads that type's
  // relationships only); any other step is a relationship of its own
  CALL (step, source, target, type) {
    CALL (step, source, target, type) {
      WITH step WHERE type(step) <> 'LINK' RETURN step AS r
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
  WITH i, source, target, type, r ORDER BY i
  RETURN collect({source: source.id, target: target.id, type: type, quote: coalesce(r.quotes[0], ''),
                  start: r.starts[0], end: r.ends[0], rule: r.rules[0]}) AS links
}
RETURN [x IN nodes(p) | {id: x.id, label: [l IN labels(x) WHERE l <> 'Node'][0], name: x.name}] AS nodes, links
