// The relationships of a node with the node at the other end and their evidence, structure links left out.
// @param $id String — node id
// @param $limit Integer — most rows
MATCH (n:Node {id: $id})-[r]-(m:Node)
WHERE NOT type(r) IN ['HAS_SECTION', 'HAS_INDICATOR']
RETURN type(r) AS type, startNode(r) = n AS outgoing, m.id AS id, [l IN labels(m) WHERE l <> 'Node'][0] AS label,
       m.name AS name, r.document AS document, coalesce(r.quotes, []) AS quotes, coalesce(r.starts, []) AS starts,
       coalesce(r.ends, []) AS ends, coalesce(r.rules, []) AS rules, r.role AS role
ORDER BY type, name
LIMIT $limit
