// Universities linked to no enterprise, park or platform.
// @about Gap 5, industry–academia: a university or research institute is a gap when the document relates it to no
// @about enterprise, park or platform (hosts, relies on, partners with, co-participates; a co-mention in a task does
// @about not count): it appears in the plan without a partner on the industry side.
// @purpose.zh 没有联系任何企业、园区或平台的高校。
// @about.zh 缺口5·产学研：文件没有把某高校或科研院所与任何企业、园区或平台联系起来（承载、依托、合作、共同参与；仅在同一任
// @about.zh 务中被提及不算），即为缺口：它出现在规划中，却没有产业方的合作伙伴。
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
