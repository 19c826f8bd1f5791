// Quantified targets that no unit is responsible for.
// @about Gap 2, ownership: a target is a gap when the task or section that sets it has no responsible unit, neither
// @about itself nor through the tasks it holds: the overall goals of 工作目标 and the targets of tasks without a
// @about 责任单位 note have a figure but nobody who answers for it.
// @purpose.zh 没有责任单位的量化目标。
// @about.zh 缺口2·归属：设定某目标的任务或章节本身及其下属任务都没有责任单位，即为缺口：“工作目标”中的总体目标和没有责任
// @about.zh 单位注的任务目标有数字，却无人负责。
MATCH (o)-[:HAS_TARGET]->(g:Target)
WHERE NOT EXISTS { (:Unit)-[:RESPONSIBLE_FOR]->(o) }
  AND NOT EXISTS { (o)-[:HAS_TASK]->(:Task)<-[:RESPONSIBLE_FOR]-(:Unit) }
RETURN g.document AS document, [l IN labels(o) WHERE l <> 'Node'][0] AS ownerLabel, o.name AS owner,
       g.metric AS metric, g.comparator AS comparator, g.value AS value, g.unit AS unit, g.year AS year,
       g.quote AS quote
ORDER BY document, owner, metric
