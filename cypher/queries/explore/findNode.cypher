// One node with its properties and its number of relationships per type.
// @param $id String — node id
MATCH (n:Node {id: $id})
CALL (n) {
  OPTIONAL MATCH (n)-[r]-()
  RETURN type(r) AS type, count(r) AS count
}
WITH n, collect(CASE WHEN type IS NULL THEN null ELSE {type: type, count: count} END) AS degree
RETURN n.id AS id, [l IN labels(n) WHERE l <> 'Node'][0] AS label, n.name AS name,
       coalesce(n.aliases, []) AS aliases, properties(n) AS properties, degree
