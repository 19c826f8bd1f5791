// Link the divisions of a city to it (PART_OF) from reference data, with evidence pointing into the reference file.
// @param $document String — id of the reference source, reference:<city>
// @param $cityId String — id of the city region
// @param $rows List<Map> — one per division: {id, quote, start, end, rule}
// MERGE on the source: loading the reference again replaces its evidence instead of adding a second link.
UNWIND $rows AS row
MATCH (d:Region {id: row.id})
MATCH (c:Region {id: $cityId})
MERGE (d)-[r:PART_OF {document: $document}]->(c)
SET r.quotes = [row.quote], r.starts = [row.start], r.ends = [row.end], r.rules = [row.rule]
RETURN count(r) AS linked
