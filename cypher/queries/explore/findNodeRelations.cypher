// The relationships of a node grouped by type, direction and the node at the other end (one group per partner,
// however many documents state it), with how many relationships (one per document) and quotes each group has and
// the first quote of its first $quotes relationships; $limit groups from $skip on, and how many groups there are.
// For a named entity only its relations to other entities are grouped, and the groups are its pair summaries
// (LINK, kept by the writer: one per partner and type with the counts), so a busy entity's thousands of
// per-document relationships are not visited; the evidence is read from the per-document relationships of the
// page's groups only, at most $quotes each. The tasks that mention an entity or that it answers for come from
// findNodeTasks. A structure node (task, section …) has a few relationships of its own: they are grouped as read.
// @purpose.zh 节点的关系，按类型、方向与另一端节点分组（每个关联方一组），每组附若干原文。
// @param $id String — node id
// @param.zh $id 节点 id
// @param $skip Integer — groups to skip (paging; null: 0)
// @param.zh $skip 跳过的组数（翻页用；默认 0）
// @param $limit Integer — most groups returned (null: 50)
// @param.zh $limit 最多返回的组数（默认 50）
// @param $quotes Integer — most quotes per group, one per document (null: 3)
// @param.zh $quotes 每组最多的原文条数，每份文件一条（默认 3）
MATCH (n:Node {id: $id})
CALL (n) {
  WITH n WHERE n:Task OR n:AnnexTask OR n:Section OR n:Document OR n:Indicator OR n:Target
  MATCH (n)-[r]-(m)
  WHERE NOT type(r) IN ['HAS_SECTION', 'HAS_INDICATOR', 'LINK']
  // quoteCount is written with each relationship (stores written before it existed: the quotes list)
  RETURN type(r) AS type, startNode(r) = n AS outgoing, m, count(r) AS relationships,
         sum(coalesce(r.quoteCount, size(coalesce(r.quotes, [])))) AS quoteCount
  UNION ALL
  WITH n WHERE NOT (n:Task OR n:AnnexTask OR n:Section OR n:Document OR n:Indicator OR n:Target)
  MATCH (n)-[s:LINK]-(m)
  RETURN s.type AS type, startNode(s) = n AS outgoing, m, s.relationships AS relationships, s.quoteCount AS quoteCount
}
WITH n, type, outgoing, m, relationships, quoteCount
ORDER BY type, m.name, m.id, outgoing
WITH n, collect({type: type, outgoing: outgoing, m: m, relationships: relationships, quoteCount: quoteCount}) AS groups
UNWIND groups[coalesce($skip, 0)..(coalesce($skip, 0) + coalesce($limit, 50))] AS g
WITH n, size(groups) AS total, g, g.m AS m
// One branch per relation type: a typed expansion between the two nodes reads that type's relationships only (with
// the type as a parameter, $(g.type), Neo4j 5.26 reads every relationship between them and filters).
CALL (n, m, g) {
  CALL (n, m, g) {
    WITH n, m, g WHERE g.type = 'HOSTS' MATCH (n)-[r:HOSTS]-(m) RETURN r
    UNION ALL
    WITH n, m, g WHERE g.type = 'RELIES_ON' MATCH (n)-[r:RELIES_ON]-(m) RETURN r
    UNION ALL
    WITH n, m, g WHERE g.type = 'PARTNERS_WITH' MATCH (n)-[r:PARTNERS_WITH]-(m) RETURN r
    UNION ALL
    WITH n, m, g WHERE g.type = 'LOCATED_IN' MATCH (n)-[r:LOCATED_IN]-(m) RETURN r
    UNION ALL
    WITH n, m, g WHERE g.type = 'CLUSTER_IN' MATCH (n)-[r:CLUSTER_IN]-(m) RETURN r
    UNION ALL
    WITH n, m, g WHERE g.type = 'LEADS' MATCH (n)-[r:LEADS]-(m) RETURN r
    UNION ALL
    WITH n, m, g WHERE g.type = 'FOCUSES_ON' MATCH (n)-[r:FOCUSES_ON]-(m) RETURN r
    UNION ALL
    WITH n, m, g WHERE g.type = 'PART_OF' MATCH (n)-[r:PART_OF]-(m) RETURN r
    UNION ALL
    WITH n, m, g WHERE g.type = 'SUPPORTS' MATCH (n)-[r:SUPPORTS]-(m) RETURN r
    UNION ALL
    WITH n, m, g WHERE g.type = 'CO_PARTICIPATES' MATCH (n)-[r:CO_PARTICIPATES]-(m) RETURN r
    UNION ALL
    WITH n, m, g WHERE NOT g.type IN ['HOSTS', 'RELIES_ON', 'PARTNERS_WITH', 'LOCATED_IN', 'CLUSTER_IN', 'LEADS', 'FOCUSES_ON', 'PART_OF', 'SUPPORTS', 'CO_PARTICIPATES']
    MATCH (n)-[r]-(m) WHERE type(r) = g.type RETURN r
  }
  WITH r WHERE (startNode(r) = n) = g.outgoing
  WITH r LIMIT coalesce($quotes, 3)
  RETURN collect(r) AS rels
}
RETURN total, g.type AS type, g.outgoing AS outgoing, m.id AS id, [l IN labels(m) WHERE l <> 'Node'][0] AS label,
       m.name AS name, rels[0].role AS role, g.relationships AS relationships, g.quoteCount AS quoteCount,
       [r IN rels WHERE size(coalesce(r.quotes, [])) > 0 |
         {document: r.document, quote: r.quotes[0], start: r.starts[0], end: r.ends[0], rule: r.rules[0]}] AS evidence
