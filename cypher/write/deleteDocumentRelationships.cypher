// Delete every relationship stated by a document, before its new revision is written.
// @param $documentId String — id of the document whose relationships go
// A relationship scan: Neo4j 5 indexes relationship properties per type only, and one document's
// graph is a few thousand relationships, so scanning costs milliseconds.
MATCH ()-[r]->()
WHERE r.document = $documentId
WITH r, type(r) AS type
DELETE r
RETURN type, count(*) AS deleted
