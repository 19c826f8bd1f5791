// County-level divisions with no park or zone of provincial level or above, no industry cluster, or no task naming them.
// @about Gap 4, places: the ten county-level divisions of the city come from reference data, since a document
// @about names only those it mentions. A division is a gap when no 高新区 or 开发区 (zones approved at provincial
// @about level or above) lies in it, when no industry clusters in it, or when no task or annex row names it, neither
// @about by mention nor through its government as a responsible unit. The 2020 goal 省级以上高新区、开发区实现县（市）区全覆盖
// @about makes the first the headline gap.
// @purpose.zh 没有省级以上园区、没有产业集群或没有任务涉及的县级行政区。
// @about.zh 缺口4·地区：全市的县级行政区来自参考数据，因为文件只提到其中一部分。某县（市、区）内没有高新区或开发区（省级以
// @about.zh 上批准的园区）、没有产业集聚，或者没有任何任务或附件行提及它（包括以其政府为责任单位），即为缺口。2020年目标
// @about.zh “省级以上高新区、开发区实现县（市）区全覆盖”使第一项成为首要缺口。
MATCH (d:Region)
WHERE d.division IS NOT NULL
WITH d, [d.name] + coalesce(d.aliases, []) AS names
CALL (d) {
  OPTIONAL MATCH (p:Park)-[:LOCATED_IN]->(d)
  WHERE any(n IN [p.name] + coalesce(p.aliases, [])
            WHERE n ENDS WITH '高新区' OR n ENDS WITH '开发区' OR n CONTAINS '省级' OR n CONTAINS '国家级')
  RETURN collect(DISTINCT p.name) AS parks
}
CALL (d) {
  OPTIONAL MATCH (i:Industry)-[:CLUSTER_IN]->(d)
  RETURN collect(DISTINCT i.name) AS clusters
}
CALL (d, names) {
  OPTIONAL MATCH (t)-[:MENTIONS]->(d)
  WHERE t:Task OR t:AnnexTask
  RETURN t.number AS number
  UNION
  OPTIONAL MATCH (u:Unit)-[:RESPONSIBLE_FOR]->(t)
  WHERE u.name IN names AND (t:Task OR t:AnnexTask)
  RETURN t.number AS number
}
WITH d, parks, clusters, number ORDER BY number
WITH d, parks, clusters, [n IN collect(DISTINCT number) WHERE n IS NOT NULL] AS tasks
WITH d, parks, clusters, tasks,
     CASE WHEN size(parks) = 0 THEN ['provincial park'] ELSE [] END
     + CASE WHEN size(clusters) = 0 THEN ['industry cluster'] ELSE [] END
     + CASE WHEN size(tasks) = 0 THEN ['task'] ELSE [] END AS missing
WHERE size(missing) > 0
RETURN coalesce(d.officialName, d.name) AS division, d.name AS name, d.division AS kind, d.city AS city, missing, parks, clusters, tasks
ORDER BY size(parks), size(missing) DESC, division
