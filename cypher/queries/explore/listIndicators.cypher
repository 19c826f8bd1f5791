// The indicator table rows: values per year (two parallel lists) and the years whose value is a lower bound.
MATCH (i:Indicator)
RETURN i.id AS id, i.name AS name, i.unit AS unit, coalesce(i.values, []) AS values,
       coalesce(i.values_keys, []) AS years, coalesce(i.atLeastYears, []) AS atLeastYears, i.document AS document
ORDER BY document, i.row
