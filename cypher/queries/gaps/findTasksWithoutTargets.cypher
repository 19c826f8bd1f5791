// Tasks of the body that set no quantified target.
// @about Gap 2, targets: a task is a gap when its text sets no figure to reach (no 到2020年… 达/超过 N with a
// @about unit), so that its progress cannot be measured. Its responsible units are listed to say who should set one.
// @purpose.zh 没有设定量化目标的正文任务。
// @about.zh 缺口2·目标：任务文本没有设定要达到的数字（没有“到2020年……达到／超过N（单位）”），进展就无法衡量，即为
// @about.zh 缺口。列出其责任单位，说明应由谁来设定目标。
MATCH (t:Task)
WHERE NOT EXISTS { (t)-[:HAS_TARGET]->(:Target) }
CALL (t) {
  OPTIONAL MATCH (u:Unit)-[r:RESPONSIBLE_FOR]->(t)
  WITH u, r ORDER BY r.order
  RETURN collect(u.name) AS units
}
RETURN t.document AS document, t.number AS task, t.title AS title, units
ORDER BY document, task
