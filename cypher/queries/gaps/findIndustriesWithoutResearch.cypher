// Industries with no linked university or research platform, the priority (hundred-billion-yuan) industries first.
// @about Gap 3, research: an industry is a gap when no university and no platform is related to it (focuses on,
// @about relies on, leads, hosts; a mere co-mention does not count), neither to one of its parts (PART_OF) nor to a
// @about park it clusters in. Priority marks the industries the document calls 千亿级 (the four emerging
// @about industry clusters): these are listed first, then all others.
// @purpose.zh 没有高校或研发平台支撑的产业，千亿级产业优先列出。
// @about.zh 缺口3·研发：某产业（包括其下属产业和它所集聚的园区）没有任何高校或平台与之相关（聚焦、依托、引领、承载；仅同时
// @about.zh 提及不算），即为缺口。文件称为千亿级的产业优先列出，其后为其他产业。
// the relationship types are listed rather than MENTIONS excluded: an industry's thousands of mentions are then
// never visited
MATCH (i:Industry)
WHERE NOT EXISTS {
    MATCH (i)<-[:PART_OF*0..3]-(:Industry)-[:HOSTS|RELIES_ON|PARTNERS_WITH|CLUSTER_IN|LEADS|FOCUSES_ON|SUPPORTS|CO_PARTICIPATES]-(x)
    WHERE x:University OR x:Platform
  }
  AND NOT EXISTS {
    MATCH (i)<-[:PART_OF*0..3]-(:Industry)-[:CLUSTER_IN]->(:Park)-[:HOSTS|RELIES_ON|PARTNERS_WITH|CLUSTER_IN|LEADS|FOCUSES_ON|SUPPORTS|CO_PARTICIPATES]-(x)
    WHERE x:University OR x:Platform
  }
// 千亿 within the clause after a mention (依托新能源、生物医药…等四大千亿级新兴产业集群) marks a priority industry
// (judged from 20 of its mentions, taken as the store holds them, not all read and sorted: each needs its document's
// text, and a corpus names an industry thousands of times)
CALL (i) {
  OPTIONAL MATCH (t:Task)-[r:MENTIONS]->(i)
  WITH t, r LIMIT 20
  OPTIONAL MATCH (d:Document {id: r.document})
  WITH t, [e IN coalesce(r.ends, []) WHERE split(substring(d.text, e, 40), '。')[0] CONTAINS '千亿'] AS marks
  WITH t, marks ORDER BY t.number
  WITH sum(size(marks)) > 0 AS priority, collect(DISTINCT t.number) AS tasks
  RETURN priority, tasks
}
RETURN i.name AS industry, priority, tasks, COUNT { (i)<-[:PART_OF]-(:Industry) } AS parts
ORDER BY priority DESC, size(tasks) DESC, industry
