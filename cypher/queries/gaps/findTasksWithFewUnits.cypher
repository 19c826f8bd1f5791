// Tasks for which no unit, or only one unit, is responsible.
// @about Gap 1, responsibility: a task of the body is a gap when its 责任单位 note names no unit at all, so that
// @about nobody answers for the work, or a single unit, so that the work rests on one office. The annex units
// @about are shown beside, because an annex row sometimes assigns what the body left open.
MATCH (t:Task)
CALL (t) {
  OPTIONAL MATCH (u:Unit)-[r:RESPONSIBLE_FOR]->(t)
  WITH u, r ORDER BY r.order
  RETURN collect(u.name) AS units
}
WITH t, units
WHERE size(units) <= 1
CALL (t) {
  OPTIONAL MATCH (au:Unit)-[:RESPONSIBLE_FOR]->(a:AnnexTask)-[:DETAILS]->(t)
  RETURN collect(DISTINCT au.name) AS annexUnits
}
RETURN t.document AS document, t.number AS task, t.title AS title, size(units) AS unitCount, units, annexUnits
ORDER BY document, task
