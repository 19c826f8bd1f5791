// Keep one correction, numbered after every correction kept so far.
// @param $properties Map — the correction's fields (id, kind, editor, at, reason, entity, value …), seq left out
OPTIONAL MATCH (last:Correction)
WITH coalesce(max(last.seq), 0) + 1 AS seq
CREATE (c:Correction)
SET c = $properties, c.seq = seq
RETURN properties(c) AS correction
