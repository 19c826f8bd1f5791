// Link the divisions of a city to it (PART_OF) from reference data, with evidence pointing into the reference file.
// @param $document String — id of the reference source, reference:<city>
// @param $cityId String — id of the city region
// @param $rows List<Map> — one per division: {id, quote, start, end, rule}
// MERGE on the source: loading the reference again replaces its evidence instead of adding a second link. A link
// made now (not there before) adds its share to the pair's summary (LINK), as a document's relationships do.
UNWIND $rows AS row
MATCH (d:Region {id: row.id})
MATCH (c:Region {id: $cityId})
OPTIONAL MATCH (d)-[before:PART_OF {document: $document}]->(c)
WITH row, d, c, before IS NULL AS fresh
MERGE (d)-[r:PART_OF {document: $document}]->(c)
SET r.quotes = [row.quote], r.starts = [row.start], r.ends = [row.end], r.rules = [row.rule], r.quoteCount = 1
WITH d, c, r, fresh
CALL (d, c, fresh) {
  WITH d, c WHERE fresh
  MERGE (d)-[s:LINK {type: 'PART_OF'}]->(c)
    ON CREATE SET s.documents = 0, s.relationships = 0, s.quoteCount = 0
  SET s.documents = s.documents + 1, s.relationships = s.relationships + 1, s.quoteCount = s.quoteCount + 1
}
RETURN count(r) AS linked
