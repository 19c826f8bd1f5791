// The original text of a document, for showing evidence in its sentence.
// @purpose.zh 文件的原文，用于在句中显示证据。
// @param $id String — document id
// @param.zh $id 文件 id
MATCH (d:Document {id: $id})
RETURN d.text AS text, d.sha256 AS sha256
