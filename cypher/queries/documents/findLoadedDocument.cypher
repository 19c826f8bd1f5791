// The revision loaded under a document id, if any: what loading an upload would replace.
// @purpose.zh 某文件 id 下已载入的版本（如有）：上传载入时将被替换的版本。
// @param $id String — id of the document
// @param.zh $id 文件的 id
MATCH (d:Document {id: $id})
RETURN d.id AS id, d.name AS title, d.number AS number, d.date AS date, d.sha256 AS sha256, d.source AS source
