// Universities linked to no enterprise, park or platform.
// @about Gap 5, industry–academia: a university or research institute is a gap when the document relates it to no
// @about enterprise, park or platform (hosts, relies on, partners with, co-participates; a co-mention in a task does
// @about not count): it appears in the plan without a partner on the industry side.
// The pair summaries (LINK) count relations; they are not relations of their own: left out.
MATCH (u:University)
WHERE NOT EXISTS {
  MATCH (u)-[r]-(x)
  WHERE (x:Enterprise OR x:Park OR x:Platform) AND NOT type(r) IN ['MENTIONS', 'LINK']
}
CALL (u) {
  OPTIONAL MATCH (t:Task)-[:MENTIONS]->(u)
  WITH DISTINCT t.number AS number ORDER BY number
  RETURN collect(number) AS tasks
}
CALL (u) {
  OPTIONAL MATCH (u)-[r]-(x)
  WHERE NOT type(r) IN ['MENTIONS', 'LINK'] AND NOT x:Task
  RETURN collect(DISTINCT type(r) + ' ' + x.name) AS otherLinks
}
RETURN u.name AS university, tasks, otherLinks
ORDER BY size(tasks) DESC, university
