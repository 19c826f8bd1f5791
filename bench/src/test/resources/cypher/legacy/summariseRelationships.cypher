// Tests: the pair summaries as the per-document relationships say they should be, in the order of listPairSummaries.
MATCH (a:Node)-[r:HOSTS|RELIES_ON|PARTNERS_WITH|LOCATED_IN|CLUSTER_IN|LEADS|FOCUSES_ON|PART_OF|SUPPORTS|CO_PARTICIPATES]->(b:Node)
WITH a.id + ' ' + type(r) + ' ' + b.id AS pair, count(DISTINCT r.document) AS documents, count(r) AS relationships,
     sum(coalesce(r.quoteCount, size(r.quotes))) AS quoteCount
RETURN pair, documents, relationships, quoteCount
ORDER BY pair
