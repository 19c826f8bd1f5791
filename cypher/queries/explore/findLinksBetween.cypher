// The relationships among a set of nodes, one link per pair and type however many documents state it, with the
// first quote of the first of them; at most $limit links.
// The pair summaries (LINK) are counts, not links with evidence: left out.
// @purpose.zh 一组节点之间的关系：每对节点每种类型一条，不论有多少文件陈述。
// @param $ids List<String> — node ids
// @param.zh $ids 节点 id 列表
// @param $types List<String> — relationship types to keep; empty keeps all
// @param.zh $types 保留的关系类型；为空则全部保留
// @param $limit Integer — most links returned (null: 5000)
// @param.zh $limit 最多返回的关系数（默认 5000）
MATCH (a:Node)-[r]->(b:Node)
WHERE a.id IN $ids AND b.id IN $ids AND type(r) <> 'LINK' AND (size($types) = 0 OR type(r) IN $types)
WITH a, b, type(r) AS type, collect(r)[0] AS first
LIMIT coalesce($limit, 5000)
RETURN a.id AS source, b.id AS target, type, coalesce(first.quotes, [])[0..1] AS quotes,
       coalesce(first.starts, [])[0..1] AS starts, coalesce(first.ends, [])[0..1] AS ends,
       coalesce(first.rules, [])[0..1] AS rules
