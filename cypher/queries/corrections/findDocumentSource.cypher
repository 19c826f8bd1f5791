// What a loaded document was extracted from: its file name, text, format and file hash, to extract it again when
// corrections change.
// @param $id String — id of the document
MATCH (d:Document {id: $id})
RETURN d.source AS source, d.text AS text, d.charset AS charset, d.sha256 AS sha256
