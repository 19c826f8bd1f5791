// How many nodes carry each label of the model (0 for none), read from Neo4j's count store rather than by visiting
// the nodes: one top-level count per label (inside a subquery or with a filter after it, the planner counts by
// scanning; a constant beside count(*) is a grouping key, hence the WITH). StatsQueriesTest checks the list against the model.
// @purpose.zh 模型中每种节点类型的节点数（没有则为 0），取自 Neo4j 的计数存储而非逐个遍历。
MATCH (:Document)
WITH count(*) AS count
RETURN 'Document' AS label, count
UNION ALL
MATCH (:Section)
WITH count(*) AS count
RETURN 'Section' AS label, count
UNION ALL
MATCH (:Task)
WITH count(*) AS count
RETURN 'Task' AS label, count
UNION ALL
MATCH (:AnnexTask)
WITH count(*) AS count
RETURN 'AnnexTask' AS label, count
UNION ALL
MATCH (:Indicator)
WITH count(*) AS count
RETURN 'Indicator' AS label, count
UNION ALL
MATCH (:Target)
WITH count(*) AS count
RETURN 'Target' AS label, count
UNION ALL
MATCH (:University)
WITH count(*) AS count
RETURN 'University' AS label, count
UNION ALL
MATCH (:Enterprise)
WITH count(*) AS count
RETURN 'Enterprise' AS label, count
UNION ALL
MATCH (:Platform)
WITH count(*) AS count
RETURN 'Platform' AS label, count
UNION ALL
MATCH (:Park)
WITH count(*) AS count
RETURN 'Park' AS label, count
UNION ALL
MATCH (:Unit)
WITH count(*) AS count
RETURN 'Unit' AS label, count
UNION ALL
MATCH (:Industry)
WITH count(*) AS count
RETURN 'Industry' AS label, count
UNION ALL
MATCH (:Region)
WITH count(*) AS count
RETURN 'Region' AS label, count
