// The neighbours of a node, best connected first, at most $limit of them, with the relationships to them and
// how many neighbours there are in all.
// @param $id String — node id
// @param $labels List<String> — neighbour labels to keep; empty keeps all
// @param $types List<String> — relationship types to keep; empty keeps all
// @param $limit Integer — most neighbours returned
MATCH (n:Node {id: $id})-[r]-(m:Node)
WHERE (size($types) = 0 OR type(r) IN $types)
  AND (size($labels) = 0 OR any(l IN labels(m) WHERE l IN $labels))
WITH m, collect(r) AS rels
WITH m, rels, COUNT { (m)--() } AS degree
ORDER BY degree DESC, m.name
WITH collect({node: m, rels: rels, degree: degree}) AS neighbours
UNWIND neighbours[0..$limit] AS kept
UNWIND kept.rels AS r
WITH size(neighbours) AS total, kept, r
RETURN total, kept.node.id AS id, [l IN labels(kept.node) WHERE l <> 'Node'][0] AS label,
       kept.node.name AS name, kept.degree AS degree,
       startNode(r).id AS source, endNode(r).id AS target, type(r) AS type,
       coalesce(r.quotes, []) AS quotes, coalesce(r.starts, []) AS starts, coalesce(r.ends, []) AS ends,
       coalesce(r.rules, []) AS rules
