// Platforms with no host organisation.
// @about Gap 8, platforms: a platform (研究院, 重点实验室, 中心, 联盟) is a gap when no university, enterprise, park or
// @about other platform hosts it and it relies on none: nobody named in the plan builds or runs it.
// @purpose.zh 没有依托单位的平台。
// @about.zh 缺口8·平台：某平台（研究院、重点实验室、中心、联盟）既没有高校、企业、园区或其他平台承载它，也不依托任何单位，
// @about.zh 即为缺口：规划中没有指明由谁建设或运营。
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
