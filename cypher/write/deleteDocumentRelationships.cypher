// Delete every relationship stated by a document, before its new revision is written, and take its share out of the
// pair summaries (LINK) of the relations between named entities: a summary left without relationships goes.
// @param $documentId String — id of the document whose relationships go
// No store scan: structure relationships are found from the document's own structure nodes (node_document), the
// relations between entities through the per-type indexes on document (V004), so the cost follows the document's
// size, not the store's. DISTINCT: a relationship between two structure nodes is reached from both ends.
CALL () {
  MATCH (:Node {document: $documentId})-[r:HAS_SECTION|HAS_TASK|HAS_INDICATOR|HAS_TARGET|DETAILS|RESPONSIBLE_FOR|MENTIONS]-()
  WHERE r.document = $documentId
  RETURN DISTINCT r
  UNION ALL
  MATCH ()-[r:HOSTS {document: $documentId}]->() RETURN r
  UNION ALL
  MATCH ()-[r:RELIES_ON {document: $documentId}]->() RETURN r
  UNION ALL
  MATCH ()-[r:PARTNERS_WITH {document: $documentId}]->() RETURN r
  UNION ALL
  MATCH ()-[r:LOCATED_IN {document: $documentId}]->() RETURN r
  UNION ALL
  MATCH ()-[r:CLUSTER_IN {document: $documentId}]->() RETURN r
  UNION ALL
  MATCH ()-[r:LEADS {document: $documentId}]->() RETURN r
  UNION ALL
  MATCH ()-[r:FOCUSES_ON {document: $documentId}]->() RETURN r
  UNION ALL
  MATCH ()-[r:PART_OF {document: $documentId}]->() RETURN r
  UNION ALL
  MATCH ()-[r:SUPPORTS {document: $documentId}]->() RETURN r
  UNION ALL
  MATCH ()-[r:CO_PARTICIPATES {document: $documentId}]->() RETURN r
}
WITH r, type(r) AS type, startNode(r) AS a, endNode(r) AS b,
     coalesce(r.quoteCount, size(coalesce(r.quotes, []))) AS quotes
DELETE r
WITH type, a, b, count(*) AS relationships, sum(quotes) AS quoteCount
CALL (type, a, b, relationships, quoteCount) {
  MATCH (a)-[s:LINK {type: type}]->(b)
  SET s.documents = s.documents - 1, s.relationships = s.relationships - relationships,
      s.quoteCount = s.quoteCount - quoteCount
  WITH s WHERE s.relationships <= 0
  DELETE s
}
RETURN type, sum(relationships) AS deleted
