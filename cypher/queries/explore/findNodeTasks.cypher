// The tasks and annex rows a node is responsible for or mentioned in, with the role when it is responsible, the
// first quote of the note or mention (null when it has none), and how many there are in all. For a node named in thousands of tasks, up to $limit of each kind are taken as the store
// holds them (the most recently loaded documents first), not all read and sorted: the answer costs the same whatever
// the corpus; the rows returned are sorted by document and number.
// @param $id String — node id
// @param $limit Integer — most rows returned (null: 100)
MATCH (n:Node {id: $id})
WITH n, COUNT { (n)-[:RESPONSIBLE_FOR]->() } + COUNT { (n)<-[:MENTIONS]-(t) WHERE t:Task OR t:AnnexTask } AS total
CALL (n) {
  MATCH (n)-[r:RESPONSIBLE_FOR]->(t)
  WITH t, r LIMIT coalesce($limit, 100)
  RETURN t, r, r.role AS role, 'RESPONSIBLE_FOR' AS via
  UNION
  MATCH (t)-[r:MENTIONS]->(n)
  WHERE t:Task OR t:AnnexTask
  WITH t, r LIMIT coalesce($limit, 100)
  RETURN t, r, null AS role, 'MENTIONS' AS via
}
WITH total, t, r, role, via, [l IN labels(t) WHERE l <> 'Node'][0] AS label
ORDER BY t.document, label DESC, t.number, via DESC
LIMIT coalesce($limit, 100)
RETURN total, t.id AS id, label, t.number AS number, t.name AS title, t.document AS document, role, via,
       CASE WHEN size(coalesce(r.quotes, [])) > 0 THEN {document: r.document, quote: r.quotes[0], start: r.starts[0],
         end: r.ends[0], rule: r.rules[0]} END AS evidence
