// Tests: the query before the pair summaries (LINK), which it leaves out, to compare the answers with it.
// All shortest paths between two nodes, not through documents or sections (they join everything), at most
// $maxHops long (the pattern's own bound is the largest the API accepts).
// @param $from String — id of one end
// @param $to String — id of the other end
// @param $maxHops Integer — longest path, 1 to 6
// @param $limit Integer — most paths
MATCH (a:Node {id: $from}), (b:Node {id: $to})
MATCH p = allShortestPaths((a)-[*..6]-(b))
WHERE length(p) <= $maxHops AND all(r IN relationships(p) WHERE type(r) <> 'LINK') AND none(x IN nodes(p) WHERE x:Document OR x:Section)
WITH p LIMIT $limit
RETURN [x IN nodes(p) | {id: x.id, label: [l IN labels(x) WHERE l <> 'Node'][0], name: x.name}] AS nodes,
       [r IN relationships(p) | {source: startNode(r).id, target: endNode(r).id, type: type(r),
                                 quote: coalesce(r.quotes[0], ''), start: r.starts[0], end: r.ends[0],
                                 rule: r.rules[0]}] AS links
