// Undo a correction: it is no longer kept (the documents it touched are then written again without it).
// @param $id String — id of the correction
MATCH (c:Correction {id: $id})
WITH c, properties(c) AS correction
DELETE c
RETURN correction
