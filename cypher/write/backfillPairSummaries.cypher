// Make the pair summaries (LINK) of a store written before they existed: one per entity pair and relation type, from
// every relationship of those types. Run once, when the store has such relationships and no summary.
// Reads each of those relationships once; on a store of 2,000 documents a few seconds, at the first start after
// the upgrade only.
MATCH (a:Node)-[r:HOSTS|RELIES_ON|PARTNERS_WITH|LOCATED_IN|CLUSTER_IN|LEADS|FOCUSES_ON|PART_OF|SUPPORTS|CO_PARTICIPATES]->(b:Node)
WITH a, b, type(r) AS type, count(r) AS relationships, count(DISTINCT r.document) AS documents,
     sum(coalesce(r.quoteCount, size(coalesce(r.quotes, [])))) AS quoteCount
CREATE (a)-[s:LINK {type: type}]->(b)
SET s.documents = documents, s.relationships = relationships, s.quoteCount = quoteCount
RETURN count(s) AS pairs
