// All shortest paths between two nodes, not through documents or sections (they join everything), at most
// $maxHops long (the pattern's own bound is the largest the API accepts).
// @param $from String — id of one end
// @param $to String — id of the other end
// @param $maxHops Integer — longest path, 1 to 6
// @param $limit Integer — most paths
// Relations between named entities are walked through their pair summaries (LINK, one per partner and type), so a
// pair stated by a hundred documents is one step, not a hundred parallel paths; each step shows its relation type
// and the first quote of its first per-document relationship, read for the paths returned only.
MATCH (a:Node {id: $from}), (b:Node {id: $to})
MATCH p = allShortestPaths((a)-[:LINK|HAS_SECTION|HAS_TASK|HAS_INDICATOR|HAS_TARGET|DETAILS|RESPONSIBLE_FOR|MENTIONS*..6]-(b))
WHERE length(p) <= $maxHops AND none(x IN nodes(p) WHERE x:Document OR x:Section)
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
