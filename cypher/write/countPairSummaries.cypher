// How many pair summaries (LINK) the store holds (from the count store) and whether it holds any relation between
// named entities: summaries are missing when there are relations and no summary (a store written before them).
MATCH ()-[s:LINK]->()
WITH count(s) AS summaries
RETURN summaries,
       EXISTS { MATCH ()-[:HOSTS|RELIES_ON|PARTNERS_WITH|LOCATED_IN|CLUSTER_IN|LEADS|FOCUSES_ON|PART_OF|SUPPORTS|CO_PARTICIPATES]->() }
         AS relations
