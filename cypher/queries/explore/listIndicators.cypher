// The indicator table rows: values per year (two parallel lists) and the years whose value is a lower bound.
// @purpose.zh 指标表的各行：逐年数值（两个并列列表）及数值为下限的年份。
// @param $skip Integer — rows to skip, in document and row order (paging; null: 0)
// @param.zh $skip 跳过的行数，按文件与行序（翻页用；默认 0）
// @param $limit Integer — most rows returned (null: 500)
// @param.zh $limit 最多返回的行数（默认 500）
MATCH (i:Indicator)
WITH i ORDER BY i.document, i.row SKIP coalesce($skip, 0) LIMIT coalesce($limit, 500)
RETURN i.id AS id, i.name AS name, i.unit AS unit, coalesce(i.values, []) AS values,
       coalesce(i.values_keys, []) AS years, coalesce(i.atLeastYears, []) AS atLeastYears, i.document AS document
ORDER BY document, i.row
