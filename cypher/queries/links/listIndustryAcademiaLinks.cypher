// Every link between a university and an enterprise, platform, park or industry, with its type and evidence: one
// row per university, type, direction and partner however many documents state it, at most $limit rows.
// @purpose.zh 高校与企业、平台、园区或产业之间的每一条关系，附类型与证据。
// @param $industry String — keep links touching this industry (id or name, its parts included); null keeps all
// @param.zh $industry 只保留涉及该产业（id 或名称，含其细分产业）的关系；为空则全部保留
// @param $university String — keep links of this university (id, name or alias); null keeps all
// @param.zh $university 只保留该高校（id、名称或别名）的关系；为空则全部保留
// @param $limit Integer — most rows (null: 1000)
// @param.zh $limit 最多行数（默认 1000）
// @about Industry–academia links: each relationship the documents state between a university (or research
// @about institute) and the industry side, with the industries it touches: the partner itself when it is an industry,
// @about else the industries the partner or the university focuses on, leads, clusters with or relies on, directly or
// @about through what hosts them. Co-mentions in a task are not links.
MATCH (u:University)
WHERE $university IS NULL OR u.id = $university OR u.name = $university OR $university IN coalesce(u.aliases, [])
// the industries each side reaches in one or two steps, worked out once per node, not once per link: the steps go
// through distinct neighbours, so a hub named in thousands of documents is expanded once per neighbour
CALL (u) {
  OPTIONAL MATCH (u)-[:FOCUSES_ON|LEADS|CLUSTER_IN|HOSTS|RELIES_ON]-(n)
  WITH DISTINCT n
  OPTIONAL MATCH (n)-[:FOCUSES_ON|LEADS|CLUSTER_IN|HOSTS|RELIES_ON]-(i:Industry)
  WITH collect(DISTINCT CASE WHEN n:Industry THEN n.name END) + collect(DISTINCT i.name) AS names
  RETURN names AS universityIndustries
}
// the relation types are listed rather than MENTIONS excluded: a university's thousands of mentions are not visited
MATCH (u)-[r:HOSTS|RELIES_ON|PARTNERS_WITH|LOCATED_IN|CLUSTER_IN|LEADS|FOCUSES_ON|PART_OF|SUPPORTS|CO_PARTICIPATES]-(x)
WHERE x:Enterprise OR x:Platform OR x:Park OR x:Industry
WITH u, universityIndustries, type(r) AS type, startNode(r) = u AS outgoing, x, collect(r) AS rels
CALL (x) {
  OPTIONAL MATCH (x)-[:FOCUSES_ON|LEADS|CLUSTER_IN|HOSTS|RELIES_ON]-(n)
  WITH DISTINCT n
  OPTIONAL MATCH (n)-[:FOCUSES_ON|LEADS|CLUSTER_IN|HOSTS|RELIES_ON]-(i:Industry)
  WITH collect(DISTINCT CASE WHEN n:Industry THEN n.name END) + collect(DISTINCT i.name) AS names
  RETURN names AS partnerIndustries
}
WITH u, type, outgoing, x, rels, reduce(acc = [], n IN universityIndustries + partnerIndustries |
       CASE WHEN n IS NULL OR n IN acc THEN acc ELSE acc + n END) AS reached
WITH u, type, outgoing, x, rels, reached + CASE WHEN x:Industry THEN [x.name] ELSE [] END AS industries
WHERE $industry IS NULL OR EXISTS {
  MATCH (want:Industry)<-[:PART_OF*0..3]-(i:Industry)
  WHERE (want.id = $industry OR want.name = $industry) AND i.name IN industries
}
WITH u, type, outgoing, x, rels, industries
ORDER BY u.name, type, x.name
LIMIT coalesce($limit, 1000)
WITH u, type, outgoing, x, rels, industries, rels[0] AS first
RETURN u.id AS universityId, u.name AS university, type, outgoing,
       x.id AS partnerId, [l IN labels(x) WHERE l <> 'Node'][0] AS partnerLabel, x.name AS partner,
       [n IN industries WHERE n IS NOT NULL | n] AS industries, size(rels) AS relationships,
       first.document AS document, coalesce(first.quotes, []) AS quotes, coalesce(first.starts, []) AS starts,
       coalesce(first.ends, []) AS ends, coalesce(first.rules, []) AS rules
