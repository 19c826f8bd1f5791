// The loaded documents a correction changed when they were last written: those its undo rewrites.
// @purpose.zh 某项更正上次写入时改动的已载入文件：撤销它时要重写的文件。
// @param $id String — id of the correction
// @param.zh $id 更正的 id
MATCH (d:Document)
WHERE $id IN coalesce(d.corrections, [])
RETURN d.id AS document
