// Delete the structure nodes of a document's loaded revision that the new revision does not have.
// @param $documentId String — id of the document
// @param $keepIds List<String> — ids of the structure nodes of the new revision
MATCH (n:Node {document: $documentId})
WHERE NOT n.id IN $keepIds
WITH n, [l IN labels(n) WHERE l <> 'Node'][0] AS label
DETACH DELETE n
RETURN label, count(*) AS deleted
