// The neighbours of a node, best connected first, at most $limit of them, with one link per type to each (the
// first quote of the first relationship as its evidence) and how many neighbours there are in all.
// @purpose.zh 节点的相邻节点，连接最多的在前，至多所给数目个，每种关系各取一条。
// @param $id String — node id
// @param.zh $id 节点 id
// @param $labels List<String> — neighbour labels to keep; empty keeps all
// @param.zh $labels 保留的相邻节点类型；为空则全部保留
// @param $types List<String> — relationship types to keep; empty keeps all
// @param.zh $types 保留的关系类型；为空则全部保留
// @param $limit Integer — most neighbours returned
// @param.zh $limit 最多返回的相邻节点数
// Relations between named entities are read from their pair summaries (LINK: one per partner and type, however many
// documents state it), the structure relationships (tasks, sections …) one by one; a degree counts the per-document
// relationships, as before the summaries (degree store counts, the node's LINKs taken off). The evidence is read
// for the links returned only: the first per-document relationship of each. A busy entity's tasks are still read
// one by one (each task is a neighbour of its own, ranked by its degree). In process the same rows come from a direct
// walk (store Walks.neighbours); ties by name are broken by id so that both give one order.
MATCH (n:Node {id: $id})
WITH n, n:Task OR n:AnnexTask OR n:Section OR n:Document OR n:Indicator OR n:Target AS structure
CALL (n) {
  MATCH (n)-[r:HAS_SECTION|HAS_TASK|HAS_INDICATOR|HAS_TARGET|DETAILS|RESPONSIBLE_FOR|MENTIONS]-(m)
  RETURN m, type(r) AS type, startNode(r) AS source, endNode(r) AS target, false AS summary
  UNION ALL
  MATCH (n)-[s:LINK]-(m)
  RETURN m, s.type AS type, startNode(s) AS source, endNode(s) AS target, true AS summary
}
WITH structure, m, type, source, target, summary
WHERE (size($types) = 0 OR type IN $types) AND (size($labels) = 0 OR any(l IN labels(m) WHERE l IN $labels))
WITH DISTINCT structure, m, type, source, target, summary
WITH structure, m, collect({type: type, source: source, target: target}) AS links, true IN collect(summary) AS entity
// only an entity has summaries to take off: one reached through a summary, or any neighbour of a structure node (an
// entity's other neighbours are its tasks, sections …, most of a busy entity's neighbours, read without that count)
WITH m, links, COUNT { (m)--() } - CASE WHEN entity OR structure THEN COUNT { (m)-[:LINK]-() } ELSE 0 END AS degree
ORDER BY degree DESC, m.name, m.id
WITH collect({node: m, links: links, degree: degree}) AS neighbours
UNWIND neighbours[0..$limit] AS kept
UNWIND kept.links AS link
WITH size(neighbours) AS total, kept, link.type AS type, link.source AS source, link.target AS target
// one branch per relation type: a typed expansion reads that type's relationships only
CALL (type, source, target) {
  CALL (type, source, target) {
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
    UNION ALL
    WITH source, target, type WHERE NOT type IN ['HOSTS', 'RELIES_ON', 'PARTNERS_WITH', 'LOCATED_IN', 'CLUSTER_IN', 'LEADS', 'FOCUSES_ON', 'PART_OF', 'SUPPORTS', 'CO_PARTICIPATES']
    MATCH (source)-[r]->(target) WHERE type(r) = type RETURN r
  }
  RETURN r LIMIT 1
}
RETURN total, kept.node.id AS id, [l IN labels(kept.node) WHERE l <> 'Node'][0] AS label,
       kept.node.name AS name, kept.degree AS degree, source.id AS source, target.id AS target, type,
       coalesce(r.quotes, [])[0..1] AS quotes, coalesce(r.starts, [])[0..1] AS starts,
       coalesce(r.ends, [])[0..1] AS ends, coalesce(r.rules, [])[0..1] AS rules
