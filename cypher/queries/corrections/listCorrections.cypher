// The corrections a page at a time, newest first, each with the number of loaded documents it changed: a
// correction that changes none is in conflict (what it corrected is no longer there).
// @param $skip Integer — corrections passed over, for the next page
// @param $limit Integer — most corrections returned
MATCH (c:Correction)
WITH c ORDER BY c.seq DESC
SKIP $skip LIMIT $limit
RETURN properties(c) AS correction,
       COUNT { MATCH (d:Document) WHERE c.id IN coalesce(d.corrections, []) } AS documents
