// Platforms with no host organisation.
// @about Gap 8, platforms: a platform (研究院, 重点实验室, 中心, 联盟) is a gap when no university, enterprise, park or
// @about other platform hosts it and it relies on none: nobody named in the plan builds or runs it.
MATCH (p:Platform)
WHERE NOT EXISTS { MATCH (h)-[:HOSTS]->(p) WHERE h:University OR h:Enterprise OR h:Park OR h:Platform }
  AND NOT EXISTS { MATCH (p)-[:RELIES_ON|PART_OF]->(h) WHERE h:University OR h:Enterprise OR h:Park OR h:Platform }
CALL (p) {
  OPTIONAL MATCH (t:Task)-[:MENTIONS]->(p)
  WITH DISTINCT t.number AS number ORDER BY number
  RETURN collect(number) AS tasks
}
RETURN p.name AS platform, tasks
ORDER BY size(tasks) DESC, platform
