// The indicator table rows: values per year (two parallel lists) and the years whose value is a lower bound.
// @param $skip Integer — rows to skip, in document and row order (paging; null: 0)
// @param $limit Integer — most rows returned (null: 500)
MATCH (i:Indicator)
WITH i ORDER BY i.document, i.row SKIP coalesce($skip, 0) LIMIT coalesce($limit, 500)
RETURN i.id AS id, i.name AS name, i.unit AS unit, coalesce(i.values, []) AS values,
       coalesce(i.values_keys, []) AS years, coalesce(i.atLeastYears, []) AS atLeastYears, i.document AS document
ORDER BY document, i.row
