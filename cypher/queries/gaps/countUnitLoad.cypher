// How many tasks each unit is responsible for, leading or co-operating, in the body and in the annex.
// @about Gap 1, load: for every responsible unit, the tasks of the body it answers for, split by the role the
// @about document gives (lead: 牵头, co: 配合; unspecified when the note lists units without roles), and the
// @about annex rows it answers for. A few offices carrying most of the plan is where delivery is at risk.
// @purpose.zh 各责任单位牵头或配合的任务数（正文与附件）。
// @about.zh 缺口1·负荷：列出每个责任单位在正文中承担的任务，按文件给出的角色分开（牵头、配合；责任单位注中未分主次的计为“
// @about.zh 未分主次”），以及它承担的附件任务。少数部门承担大部分任务之处，落实风险最大。
MATCH (u:Unit)
CALL (u) {
  OPTIONAL MATCH (u)-[r:RESPONSIBLE_FOR]->(t:Task)
  WITH r, t ORDER BY t.number
  RETURN count(t) AS tasks, count(CASE WHEN r.role = 'lead' THEN 1 END) AS lead,
         count(CASE WHEN r.role = 'co' THEN 1 END) AS co, collect(t.number) AS taskNumbers
}
CALL (u) {
  OPTIONAL MATCH (u)-[:RESPONSIBLE_FOR]->(a:AnnexTask)
  RETURN count(a) AS annexRows
}
RETURN u.name AS unit, tasks, lead, co, tasks - lead - co AS unspecified, annexRows, taskNumbers
ORDER BY tasks DESC, annexRows DESC, unit
