// The relationships among a set of nodes, with their evidence.
// @param $ids List<String> — node ids
// @param $types List<String> — relationship types to keep; empty keeps all
MATCH (a:Node)-[r]->(b:Node)
WHERE a.id IN $ids AND b.id IN $ids AND (size($types) = 0 OR type(r) IN $types)
RETURN a.id AS source, b.id AS target, type(r) AS type, coalesce(r.quotes, []) AS quotes,
       coalesce(r.starts, []) AS starts, coalesce(r.ends, []) AS ends, coalesce(r.rules, []) AS rules
