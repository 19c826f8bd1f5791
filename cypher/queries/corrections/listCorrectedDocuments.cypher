// The loaded documents that editors' corrections changed, with how many corrections each: what the raw extraction
// is scored against when corrections serve as gold (bin/collabgraph eval --corrected).
// @purpose.zh 被编辑者更正过的已载入文件，及各自的更正数。
// @param $limit Integer — most documents returned
// @param.zh $limit 最多返回的文件数
MATCH (d:Document)
WHERE size(coalesce(d.corrections, [])) > 0
RETURN d.id AS document, size(d.corrections) AS corrections
ORDER BY document
LIMIT $limit
