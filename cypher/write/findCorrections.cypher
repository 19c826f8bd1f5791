// Every correction, in the order they apply: the writer lays them over each document it writes.
// Corrections are few (people make them one at a time), so they are read whole.
MATCH (c:Correction)
RETURN properties(c) AS correction
ORDER BY c.seq
