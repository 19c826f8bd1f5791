// The loaded documents that editors' corrections changed, with how many corrections each: what the raw extraction
// is scored against when corrections serve as gold (bin/collabgraph eval --corrected).
// @param $limit Integer — most documents returned
MATCH (d:Document)
WHERE size(coalesce(d.corrections, [])) > 0
RETURN d.id AS document, size(d.corrections) AS corrections
ORDER BY document
LIMIT $limit
