// Tests: the query before the pair summaries (LINK), which it leaves out, to compare the answers with it.
// Ties are ordered by id, as in the query now.
// The neighbours of a node, best connected first, at most $limit of them, with one link per type to each (the
// first quote of the first relationship as its evidence) and how many neighbours there are in all.
// @param $id String — node id
// @param $labels List<String> — neighbour labels to keep; empty keeps all
// @param $types List<String> — relationship types to keep; empty keeps all
// @param $limit Integer — most neighbours returned
MATCH (n:Node {id: $id})-[r]-(m)
WHERE type(r) <> 'LINK' AND (size($types) = 0 OR type(r) IN $types)
  AND (size($labels) = 0 OR any(l IN labels(m) WHERE l IN $labels))
WITH m, collect(r) AS rels
WITH m, rels, COUNT { (m)--() } - COUNT { (m)-[:LINK]-() } AS degree
ORDER BY degree DESC, m.name, m.id
WITH collect({node: m, rels: rels, degree: degree}) AS neighbours
UNWIND neighbours[0..$limit] AS kept
UNWIND kept.rels AS r
WITH size(neighbours) AS total, kept, startNode(r) AS source, endNode(r) AS target, type(r) AS type, collect(r)[0] AS r
RETURN total, kept.node.id AS id, [l IN labels(kept.node) WHERE l <> 'Node'][0] AS label,
       kept.node.name AS name, kept.degree AS degree, source.id AS source, target.id AS target, type,
       coalesce(r.quotes, [])[0..1] AS quotes, coalesce(r.starts, [])[0..1] AS starts,
       coalesce(r.ends, [])[0..1] AS ends, coalesce(r.rules, [])[0..1] AS rules
