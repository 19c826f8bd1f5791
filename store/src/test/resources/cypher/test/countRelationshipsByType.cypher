// Tests: how many relationships of each type (the per-document relationships; pair summaries: listPairSummaries).
MATCH ()-[r]->()
WHERE type(r) <> 'LINK'
RETURN type(r) AS type, count(*) AS count
