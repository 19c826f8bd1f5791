// Tests: the query before the pair summaries (LINK), which it leaves out, to compare the answers with it.
// The relationships of a node grouped by type, direction and the node at the other end (one group per partner,
// however many documents state it), with how many relationships (one per document) and quotes each group has and
// the first quote of its first $quotes documents; $limit groups from $skip on, and how many groups there are. For a
// named entity only its relations to other entities are grouped (the typed pattern skips the rest of a busy node's
// relationships without reading them): the tasks that mention it or that it answers for come from findNodeTasks.
// @param $id String — node id
// @param $skip Integer — groups to skip (paging; null: 0)
// @param $limit Integer — most groups returned (null: 50)
// @param $quotes Integer — most quotes per group, one per document (null: 3)
MATCH (n:Node {id: $id})
CALL (n) {
  WITH n WHERE n:Task OR n:AnnexTask OR n:Section OR n:Document OR n:Indicator OR n:Target
  MATCH (n)-[r]-(m)
  WHERE NOT type(r) IN ['HAS_SECTION', 'HAS_INDICATOR']
  RETURN r, m
  UNION ALL
  WITH n WHERE NOT (n:Task OR n:AnnexTask OR n:Section OR n:Document OR n:Indicator OR n:Target)
  MATCH (n)-[r:HOSTS|RELIES_ON|PARTNERS_WITH|LOCATED_IN|CLUSTER_IN|LEADS|FOCUSES_ON|PART_OF|SUPPORTS|CO_PARTICIPATES]-(m)
  RETURN r, m
}
// Quotes are counted from each relationship's quoteCount (stores written before it existed: the quotes list, 4× slower)
// and only the relationships whose evidence is returned are kept per group.
WITH n, type(r) AS type, startNode(r) = n AS outgoing, m, count(r) AS relationships,
     sum(coalesce(r.quoteCount, size(coalesce(r.quotes, [])))) AS quoteCount,
     collect(r)[0..coalesce($quotes, 3)] AS rels
ORDER BY type, m.name, m.id, outgoing
WITH collect({type: type, outgoing: outgoing, m: m, rels: rels, relationships: relationships,
              quoteCount: quoteCount}) AS groups
UNWIND groups[coalesce($skip, 0)..(coalesce($skip, 0) + coalesce($limit, 50))] AS g
WITH size(groups) AS total, g, g.m AS m
RETURN total, g.type AS type, g.outgoing AS outgoing, m.id AS id, [l IN labels(m) WHERE l <> 'Node'][0] AS label,
       m.name AS name, g.rels[0].role AS role, g.relationships AS relationships, g.quoteCount AS quoteCount,
       [r IN g.rels WHERE size(coalesce(r.quotes, [])) > 0 |
         {document: r.document, quote: r.quotes[0], start: r.starts[0], end: r.ends[0], rule: r.rules[0]}] AS evidence
