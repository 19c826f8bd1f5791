// Create or update shared entity nodes named by one document: properties merged, document and its aliases recorded.
// @param $documentId String — id of the document naming the entities
// @param $rows List<Map> — one per entity: {id, label, name, aliases, properties}
// aliasNames/aliasDocuments are parallel lists (which document gave which alias) so that a revision can
// take back its aliases; aliases is their distinct union, the property searches use.
UNWIND $rows AS row
OPTIONAL MATCH (old:Node {id: row.id})
WITH row, old IS NOT NULL AS existed, old.document AS previousOwner
MERGE (n:Node {id: row.id})
SET n += row.properties
WITH row, existed, previousOwner, n,
     [i IN range(0, size(coalesce(n.aliasDocuments, [])) - 1) WHERE n.aliasDocuments[i] <> $documentId] AS kept
SET n.name = row.name,
    n.documents = [d IN coalesce(n.documents, []) WHERE d <> $documentId] + $documentId,
    n.aliasNames = [i IN kept | n.aliasNames[i]] + row.aliases,
    n.aliasDocuments = [i IN kept | n.aliasDocuments[i]] + [a IN row.aliases | $documentId]
SET n.aliases = reduce(acc = [], a IN n.aliasNames | CASE WHEN a IN acc THEN acc ELSE acc + a END)
SET n:$(row.label)
RETURN row.id AS id, row.label AS label, existed, previousOwner, labels(n) AS labels, n.name AS name,
       n.aliases AS aliases
