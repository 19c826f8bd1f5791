// The loaded documents a correction changed when they were last written: those its undo rewrites.
// @param $id String — id of the correction
MATCH (d:Document)
WHERE $id IN coalesce(d.corrections, [])
RETURN d.id AS document
