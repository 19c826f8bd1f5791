// The loaded documents.
MATCH (d:Document)
RETURN d.id AS id, d.name AS title, d.number AS number, d.date AS date
ORDER BY d.date, d.id
