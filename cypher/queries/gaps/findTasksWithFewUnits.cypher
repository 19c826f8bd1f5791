// Tasks for which no unit, or only one unit, is responsible.
// @about Gap 1, responsibility: a task of the body is a gap when its 责任单位 note names no unit at all, so that
// @about nobody answers for the work, or a single unit, so that the work rests on one office. The annex units
// @about are shown beside, because an annex row sometimes assigns what the body left open.
// @purpose.zh 没有责任单位或只有一个责任单位的任务。
// @about.zh 缺口1·责任：正文任务的责任单位注没有列出任何单位（无人负责），或只列出一个单位（工作只压在一个部门），即为缺口
// @about.zh 。旁边列出附件中的单位，因为附件有时会补上正文未明确的分工。
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
