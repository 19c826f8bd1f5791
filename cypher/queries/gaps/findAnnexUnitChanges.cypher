// Annex rows whose responsible units differ from those of the task they detail: units added and dropped.
// @about Gap 6, annex units: the annex (年度重点工作任务) repeats each task with its own 责任单位. A row is a gap when
// @about its units are not those of the body's task: units added in the annex answer for work the body did not give
// @about them, units dropped no longer answer for the year's work.
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
