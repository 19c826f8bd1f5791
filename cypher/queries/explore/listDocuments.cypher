// The loaded documents, newest first: at most $limit of them, and how many there are in all.
// @purpose.zh 已载入的文件，最新的在前：至多所给份数，以及总数。
// @param $limit Integer — most documents returned (null: 50)
// @param.zh $limit 最多返回的文件数（默认 50）
MATCH (d:Document)
WITH d ORDER BY d.date DESC, d.id
WITH collect(d) AS documents
UNWIND documents[0..coalesce($limit, 50)] AS d
RETURN size(documents) AS total, d.id AS id, d.name AS title, d.number AS number, d.date AS date
