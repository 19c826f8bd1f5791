// Tasks with their section, responsible units (in note order, with roles), targets and annex rows.
// @purpose.zh 任务及其所属章节、责任单位（按备注顺序，附角色）、目标与附表事项。
// @param $document String — only this document's tasks; null for all documents
// @param.zh $document 只取该文件的任务；为空则取全部文件
// @param $number Integer — only the task with this number; null for all
// @param.zh $number 只取该编号的任务；为空则全部
// @param $skip Integer — tasks to skip, in document and number order (paging; null: 0)
// @param.zh $skip 跳过的任务数，按文件与编号顺序（翻页用；默认 0）
// @param $limit Integer — most tasks returned (null: 500)
// @param.zh $limit 最多返回的任务数（默认 500）
MATCH (t:Task)
WHERE ($document IS NULL OR t.document = $document) AND ($number IS NULL OR t.number = $number)
WITH t ORDER BY t.document, t.number SKIP coalesce($skip, 0) LIMIT coalesce($limit, 500)
OPTIONAL MATCH (s:Section)-[:HAS_TASK]->(t)
CALL (t) {
  OPTIONAL MATCH (u:Unit)-[r:RESPONSIBLE_FOR]->(t)
  WITH u, r ORDER BY r.order
  RETURN collect(CASE WHEN u IS NULL THEN null ELSE {id: u.id, name: u.name, role: r.role} END) AS units
}
CALL (t) {
  OPTIONAL MATCH (t)-[:HAS_TARGET]->(g:Target)
  WITH g ORDER BY g.id
  RETURN collect(CASE WHEN g IS NULL THEN null ELSE {id: g.id, name: g.name, metric: g.metric, value: g.value,
                                                     unit: g.unit, year: g.year, comparator: g.comparator} END) AS targets
}
CALL (t) {
  OPTIONAL MATCH (a:AnnexTask)-[:DETAILS]->(t)
  OPTIONAL MATCH (au:Unit)-[ar:RESPONSIBLE_FOR]->(a)
  WITH a, au, ar ORDER BY ar.order
  WITH a, collect(CASE WHEN au IS NULL THEN null ELSE {id: au.id, name: au.name, role: ar.role} END) AS annexUnits
  ORDER BY a.year, a.number
  RETURN collect(CASE WHEN a IS NULL THEN null ELSE {id: a.id, number: a.number, title: a.title, work: a.work,
                                                     year: a.year, units: annexUnits} END) AS annex
}
RETURN t.id AS id, t.number AS number, t.title AS title, t.document AS document, s.name AS section, units,
       targets, annex
ORDER BY document, number
