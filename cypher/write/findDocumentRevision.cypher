// The sha256 of the revision of a document that is loaded; no row when the document is not loaded.
// @param $documentId String — id of the document
MATCH (d:Document {id: $documentId})
RETURN d.sha256 AS sha256
