// The original text of a document, for showing evidence in its sentence.
// @param $id String — document id
MATCH (d:Document {id: $id})
RETURN d.text AS text, d.sha256 AS sha256
