// The loaded documents a page at a time, newest first, with what each holds: tasks, annex rows, indicators, the
// entities it names and the warnings its extraction gave.
// @purpose.zh 分页列出已载入的文件，最新的在前，及各自包含的任务、附表事项、指标与实体数。
// @param $skip Integer — documents passed over, for the next page
// @param.zh $skip 跳过的文件数（翻页用）
// @param $limit Integer — most documents returned
// @param.zh $limit 最多返回的文件数
// Each document's own nodes are found through the node_document index: the cost follows the page, not the corpus
// (only the Document nodes themselves are sorted).
MATCH (d:Document)
WITH d ORDER BY d.date DESC, d.id
SKIP $skip LIMIT $limit
CALL (d) {
  OPTIONAL MATCH (n:Node {document: d.id})
  RETURN count(CASE WHEN n:Task THEN 1 END) AS tasks, count(CASE WHEN n:AnnexTask THEN 1 END) AS annexRows,
         count(CASE WHEN n:Indicator THEN 1 END) AS indicators
}
RETURN d.id AS id, d.name AS title, d.number AS number, d.date AS date, d.source AS source,
       d.charset AS format, size(coalesce(d.text, '')) AS characters, tasks, annexRows, indicators,
       size(coalesce(d.namedEntities, [])) AS entities, coalesce(d.warnings, []) AS warnings,
       coalesce(d.warningCount, size(coalesce(d.warnings, []))) AS warningCount
