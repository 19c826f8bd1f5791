// Every link between a university and an enterprise, platform, park or industry, with its type and evidence.
// @param $industry String — keep links touching this industry (id or name, its parts included); null keeps all
// @param $university String — keep links of this university (id, name or alias); null keeps all
// @about Industry–academia links: each relationship the documents state between a university (or research
// @about institute) and the industry side, with the industries it touches: the partner itself when it is an industry,
// @about else the industries the partner or the university focuses on, leads, clusters with or relies on, directly or
// @about through what hosts them. Co-mentions in a task are not links.
MATCH (u:University)-[r]-(x)
WHERE (x:Enterprise OR x:Platform OR x:Park OR x:Industry) AND type(r) <> 'MENTIONS'
  AND ($university IS NULL OR u.id = $university OR u.name = $university OR $university IN coalesce(u.aliases, []))
CALL (u, x) {
  OPTIONAL MATCH (e)-[:FOCUSES_ON|LEADS|CLUSTER_IN|HOSTS|RELIES_ON*1..2]-(i:Industry)
  WHERE e = u OR e = x
  RETURN [n IN collect(DISTINCT i.name) WHERE n IS NOT NULL] AS reached
}
WITH u, r, x, reached + CASE WHEN x:Industry THEN [x.name] ELSE [] END AS industries
WHERE $industry IS NULL OR EXISTS {
  MATCH (want:Industry)<-[:PART_OF*0..3]-(i:Industry)
  WHERE (want.id = $industry OR want.name = $industry) AND i.name IN industries
}
RETURN u.id AS universityId, u.name AS university, type(r) AS type, startNode(r) = u AS outgoing,
       x.id AS partnerId, [l IN labels(x) WHERE l <> 'Node'][0] AS partnerLabel, x.name AS partner, industries,
       r.document AS document, coalesce(r.quotes, []) AS quotes, coalesce(r.starts, []) AS starts,
       coalesce(r.ends, []) AS ends, coalesce(r.rules, []) AS rules
ORDER BY university, type, partner
