// Parks with no named platform or enterprise.
// @about Gap 8, parks: a park or zone is a gap when the document relates no platform and no enterprise to it (hosts,
// @about relies on, located in, partners with; a co-mention does not count): a carrier with nothing named to carry.
// @purpose.zh 没有任何平台或企业的园区。
// @about.zh 缺口8·园区：文件没有把任何平台或企业与某园区、开发区联系起来（承载、依托、位于、合作；仅同时提及不算），即为缺
// @about.zh 口：有载体而无承载对象。
// The pair summaries (LINK) count relations; they are not relations of their own: left out.
MATCH (p:Park)
WHERE NOT EXISTS {
  MATCH (p)-[r]-(x)
  WHERE (x:Platform OR x:Enterprise) AND NOT type(r) IN ['MENTIONS', 'LINK']
}
CALL (p) {
  OPTIONAL MATCH (t:Task)-[:MENTIONS]->(p)
  WITH DISTINCT t.number AS number ORDER BY number
  RETURN collect(number) AS tasks
}
CALL (p) {
  OPTIONAL MATCH (p)-[:LOCATED_IN]->(r:Region)
  RETURN collect(r.name) AS regions
}
RETURN p.name AS park, regions, tasks
ORDER BY size(tasks) DESC, park
