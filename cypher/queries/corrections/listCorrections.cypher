// The corrections a page at a time, newest first, each with the number of loaded documents it changed: a
// correction that changes none is in conflict (what it corrected is no longer there).
// @purpose.zh 分页列出更正，最新的在前，各附其改动的已载入文件数。
// @param $skip Integer — corrections passed over, for the next page
// @param.zh $skip 跳过的更正数（翻页用）
// @param $limit Integer — most corrections returned
// @param.zh $limit 最多返回的更正数
MATCH (c:Correction)
WITH c ORDER BY c.seq DESC
SKIP $skip LIMIT $limit
RETURN properties(c) AS correction,
       COUNT { MATCH (d:Document) WHERE c.id IN coalesce(d.corrections, []) } AS documents
