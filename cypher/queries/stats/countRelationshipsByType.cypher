// How many relationships of each type of the model (0 for none), read from Neo4j's count store rather than by
// visiting them: one top-level count per type (inside a subquery or with a filter after it, the planner counts by
// scanning; a constant beside count(*) is a grouping key, hence the WITH). StatsQueriesTest checks the list against the model.
// @purpose.zh 模型中每种关系类型的关系数（没有则为 0），取自 Neo4j 的计数存储而非逐个遍历。
MATCH ()-[:HAS_SECTION]->()
WITH count(*) AS count
RETURN 'HAS_SECTION' AS type, count
UNION ALL
MATCH ()-[:HAS_TASK]->()
WITH count(*) AS count
RETURN 'HAS_TASK' AS type, count
UNION ALL
MATCH ()-[:HAS_INDICATOR]->()
WITH count(*) AS count
RETURN 'HAS_INDICATOR' AS type, count
UNION ALL
MATCH ()-[:HAS_TARGET]->()
WITH count(*) AS count
RETURN 'HAS_TARGET' AS type, count
UNION ALL
MATCH ()-[:DETAILS]->()
WITH count(*) AS count
RETURN 'DETAILS' AS type, count
UNION ALL
MATCH ()-[:RESPONSIBLE_FOR]->()
WITH count(*) AS count
RETURN 'RESPONSIBLE_FOR' AS type, count
UNION ALL
MATCH ()-[:MENTIONS]->()
WITH count(*) AS count
RETURN 'MENTIONS' AS type, count
UNION ALL
MATCH ()-[:HOSTS]->()
WITH count(*) AS count
RETURN 'HOSTS' AS type, count
UNION ALL
MATCH ()-[:RELIES_ON]->()
WITH count(*) AS count
RETURN 'RELIES_ON' AS type, count
UNION ALL
MATCH ()-[:PARTNERS_WITH]->()
WITH count(*) AS count
RETURN 'PARTNERS_WITH' AS type, count
UNION ALL
MATCH ()-[:LOCATED_IN]->()
WITH count(*) AS count
RETURN 'LOCATED_IN' AS type, count
UNION ALL
MATCH ()-[:CLUSTER_IN]->()
WITH count(*) AS count
RETURN 'CLUSTER_IN' AS type, count
UNION ALL
MATCH ()-[:LEADS]->()
WITH count(*) AS count
RETURN 'LEADS' AS type, count
UNION ALL
MATCH ()-[:FOCUSES_ON]->()
WITH count(*) AS count
RETURN 'FOCUSES_ON' AS type, count
UNION ALL
MATCH ()-[:PART_OF]->()
WITH count(*) AS count
RETURN 'PART_OF' AS type, count
UNION ALL
MATCH ()-[:SUPPORTS]->()
WITH count(*) AS count
RETURN 'SUPPORTS' AS type, count
UNION ALL
MATCH ()-[:CO_PARTICIPATES]->()
WITH count(*) AS count
RETURN 'CO_PARTICIPATES' AS type, count
