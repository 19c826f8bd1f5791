// The revision loaded under a document id, if any: what loading an upload would replace.
// @param $id String — id of the document
MATCH (d:Document {id: $id})
RETURN d.id AS id, d.name AS title, d.number AS number, d.date AS date, d.sha256 AS sha256, d.source AS source
