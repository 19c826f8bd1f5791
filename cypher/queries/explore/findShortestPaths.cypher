// All shortest paths between two nodes whose intermediate nodes carry one of the labels in $through, at most
// $maxHops long. Documents and sections never lie on a path (they join everything), not even at its ends.
// @param $from String — id of one end
// @param $to String — id of the other end
// @param $maxHops Integer — longest path, 1 to 6
// @param $limit Integer — most paths
// @param $through List<String> — labels an intermediate node may carry (the ends may carry any)
// The label test sits inside the quantified pattern, so the search itself skips other nodes: a path through a unit
// that is shorter than any allowed one does not hide the allowed one (allShortestPaths + WHERE would filter after
// choosing the shortest and find nothing). The quantifier's bound is the largest the API accepts.
// Relations between named entities are walked through their pair summaries (LINK, one per partner and type), so a
// pair stated by a hundred documents is one step, not a hundred parallel paths; each step shows its relation type
// and the first quote of its first per-document relationship, read for the paths returned only.
MATCH (a:Node {id: $from}), (b:Node {id: $to})
WHERE NOT (a:Document OR a:Section OR b:Document OR b:Section)
MATCH p = ALL SHORTEST (a)
    (()-[:LINK|HAS_TASK|HAS_INDICATOR|HAS_TARGET|DETAILS|RESPONSIBLE_FOR|MENTIONS]-
      (x WHERE any(l IN labels(x) WHERE l IN $through) AND NOT (x:Document OR x:Section))){0,5}
    ()-[:LINK|HAS_TASK|HAS_INDICATOR|HAS_TARGET|DETAILS|RESPONSIBLE_FOR|MENTIONS]-(b)
// after the selection: the shortest paths are at most $maxHops long exactly when any path is (a length predicate
// inside the pattern is not applied while searching, and would have the search list every longer path first)
WITH p WHERE length(p) <= $maxHops
WITH p LIMIT $limit
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
