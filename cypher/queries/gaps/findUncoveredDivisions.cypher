// County-level divisions with no park or zone of provincial level or above, no industry cluster, or no task naming them.
// @about Gap 4, places: the ten county-level divisions of the city come from reference data, since a document
// @about names only those it mentions. A division is a gap when no 高新区 or 开发区 (zones approved at provincial
// @about level or above) lies in it, when no industry clusters in it, or when no task or annex row names it, neither
// @about by mention nor through its government as a responsible unit. The 2020 goal 省级以上高新区、开发区实现县（市）区全覆盖
// @about makes the first the headline gap.
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
