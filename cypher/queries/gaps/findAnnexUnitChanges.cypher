// Annex rows whose responsible units differ from those of the task they detail: units added and dropped.
// @about Gap 6, annex units: the annex (年度重点工作任务) repeats each task with its own 责任单位. A row is a gap when
// @about its units are not those of the body's task: units added in the annex answer for work the body did not give
// @about them, units dropped no longer answer for the year's work.
// @purpose.zh 附件任务的责任单位与对应正文任务不同：增加或减少的单位。
// @about.zh 缺口6·附件单位：附件（年度重点工作任务）为每项任务另列责任单位。某行的单位与正文任务的单位不同即为缺口：附件中
// @about.zh 新增的单位承担了正文未分配给它的工作，被去掉的单位不再承担当年的工作。
MATCH (a:AnnexTask)-[:DETAILS]->(t:Task)
CALL (t) {
  OPTIONAL MATCH (u:Unit)-[:RESPONSIBLE_FOR]->(t)
  RETURN collect(u.name) AS taskUnits
}
CALL (a) {
  OPTIONAL MATCH (u:Unit)-[:RESPONSIBLE_FOR]->(a)
  RETURN collect(u.name) AS annexUnits
}
WITH a, t, [u IN annexUnits WHERE NOT u IN taskUnits] AS added, [u IN taskUnits WHERE NOT u IN annexUnits] AS dropped
WHERE size(added) > 0 OR size(dropped) > 0
RETURN t.document AS document, t.number AS task, a.year AS year, t.title AS title, added, dropped
ORDER BY document, task, year
