// Merge regions from reference data (a city and its county-level divisions), reusing a region the documents named.
// @param $document String — id of the reference source, reference:<city>, recorded like a document
// @param $rows List<Map> — one per region: {id, name, names: every written form, properties}
// A document names a place as written (region:邳州 with alias 邳州市, region:鼓楼 from 鼓楼高新区): a region whose
// name or alias is any written form of the reference row is the same place and keeps its id, so no duplicate
// appears. The reference's aliases and its source id are recorded in aliasNames/aliasDocuments and documents, so
// that loading it again can take its own back.
UNWIND $rows AS row
CALL (row) {
  OPTIONAL MATCH (found:Region)
  WHERE found.name IN row.names OR any(a IN coalesce(found.aliases, []) WHERE a IN row.names)
  WITH found ORDER BY found.id
  RETURN collect(found.id)[0] AS foundId
}
MERGE (n:Node {id: coalesce(foundId, row.id)})
ON CREATE SET n.name = row.name
SET n:Region, n += row.properties
WITH row, n, [i IN range(0, size(coalesce(n.aliasDocuments, [])) - 1) WHERE n.aliasDocuments[i] <> $document] AS kept
WITH row, n, kept, [a IN row.names WHERE a <> n.name] AS given,
     [i IN range(0, size(coalesce(n.aliasDocuments, [])) - 1) WHERE n.aliasDocuments[i] = $document | n.aliasNames[i]]
       AS before
SET n.documents = [d IN coalesce(n.documents, []) WHERE d <> $document] + $document,
    n.aliasNames = [i IN kept | n.aliasNames[i]] + given,
    n.aliasDocuments = [i IN kept | n.aliasDocuments[i]] + [a IN given | $document]
// documents record their aliases on their own Document node (setDocumentNames), not in aliasNames: keep the
// aliases the node has, drop those only this source gave before, append the new ones
SET n.aliases = [a IN coalesce(n.aliases, []) WHERE NOT a IN before OR a IN given]
    + [a IN given WHERE NOT a IN coalesce(n.aliases, [])]
RETURN row.name AS reference, n.id AS id, n.name AS name, n.aliases AS aliases
