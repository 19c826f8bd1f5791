// The tasks and annex rows a node is responsible for or mentioned in, with the role when it is responsible: the
// first $limit in document and number order, and how many there are in all.
// @param $id String — node id
// @param $limit Integer — most rows returned (null: 100)
MATCH (n:Node {id: $id})
CALL (n) {
  MATCH (n)-[r:RESPONSIBLE_FOR]->(t)
  RETURN t, r.role AS role, 'RESPONSIBLE_FOR' AS via
  UNION
  MATCH (t)-[:MENTIONS]->(n)
  WHERE t:Task OR t:AnnexTask
  RETURN t, null AS role, 'MENTIONS' AS via
}
WITH t, role, via, [l IN labels(t) WHERE l <> 'Node'][0] AS label
ORDER BY t.document, label DESC, t.number, via DESC
WITH collect({t: t, role: role, via: via, label: label}) AS rows
UNWIND rows[0..coalesce($limit, 100)] AS row
RETURN size(rows) AS total, row.t.id AS id, row.label AS label, row.t.number AS number, row.t.name AS title,
       row.t.document AS document, row.role AS role, row.via AS via
