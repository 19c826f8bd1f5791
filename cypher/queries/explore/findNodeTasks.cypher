// The tasks and annex rows a node is responsible for or mentioned in, with the role when it is responsible.
// @param $id String — node id
MATCH (n:Node {id: $id})
CALL (n) {
  MATCH (n)-[r:RESPONSIBLE_FOR]->(t)
  RETURN t, r.role AS role, 'RESPONSIBLE_FOR' AS via
  UNION
  MATCH (t)-[:MENTIONS]->(n)
  WHERE t:Task OR t:AnnexTask
  RETURN t, null AS role, 'MENTIONS' AS via
}
RETURN t.id AS id, [l IN labels(t) WHERE l <> 'Node'][0] AS label, t.number AS number, t.name AS title,
       t.document AS document, role, via
ORDER BY document, label DESC, number, via DESC
