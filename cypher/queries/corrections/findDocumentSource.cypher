// What a loaded document was extracted from: its file name, text, format and file hash, to extract it again when
// corrections change.
// @purpose.zh 已载入文件的来源：文件名、原文、格式与文件哈希，供更正后重新抽取。
// @param $id String — id of the document
// @param.zh $id 文件的 id
MATCH (d:Document {id: $id})
RETURN d.source AS source, d.text AS text, d.charset AS charset, d.sha256 AS sha256
