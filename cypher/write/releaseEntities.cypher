// Detach a document from the entities its new revision no longer names: drop it from documents, drop the aliases it gave.
// @param $documentId String — id of the document
// @param $keepIds List<String> — ids of the entities the new revision names
MATCH (n:Node)
WHERE $documentId IN n.documents AND NOT n.id IN $keepIds
WITH n, [i IN range(0, size(n.aliasDocuments) - 1) WHERE n.aliasDocuments[i] <> $documentId] AS kept
SET n.documents = [d IN n.documents WHERE d <> $documentId],
    n.aliasNames = [i IN kept | n.aliasNames[i]],
    n.aliasDocuments = [i IN kept | n.aliasDocuments[i]]
SET n.aliases = reduce(acc = [], a IN n.aliasNames | CASE WHEN a IN acc THEN acc ELSE acc + a END)
RETURN n.id AS id
