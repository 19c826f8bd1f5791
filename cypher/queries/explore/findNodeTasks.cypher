// A page of the tasks and annex rows a node is responsible for or mentioned in, with the role when it is
// responsible, the first quote of the note or mention (null when it has none), and how many there are in all (from
// the degree store). The rows are taken as the store holds them, first those it answers for, then those that mention
// it, $limit from $skip on: a node named in thousands of tasks costs the same whatever the corpus, and the pages of
// one graph version follow each other without gap or repeat; the rows of a page are sorted by document and number.
// @purpose.zh 分页列出节点负责或被提及的任务与附表事项，负责时附其角色。
// @param $id String — node id
// @param.zh $id 节点 id
// @param $skip Integer — rows to skip (paging; null: 0)
// @param.zh $skip 跳过的行数（翻页用；默认 0）
// @param $limit Integer — most rows returned (null: 20)
// @param.zh $limit 最多返回的行数（默认 20）
MATCH (n:Node {id: $id})
WITH n, COUNT { (n)-[:RESPONSIBLE_FOR]->() } + COUNT { (n)<-[:MENTIONS]-(t) WHERE t:Task OR t:AnnexTask } AS total
CALL (n) {
  MATCH (n)-[r:RESPONSIBLE_FOR]->(t)
  RETURN t, r, r.role AS role, 'RESPONSIBLE_FOR' AS via
  UNION ALL
  MATCH (t)-[r:MENTIONS]->(n)
  WHERE t:Task OR t:AnnexTask
  RETURN t, r, null AS role, 'MENTIONS' AS via
}
WITH total, t, r, role, via SKIP coalesce($skip, 0) LIMIT coalesce($limit, 20)
WITH total, t, r, role, via, [l IN labels(t) WHERE l <> 'Node'][0] AS label
ORDER BY t.document, label DESC, t.number, via DESC
RETURN total, t.id AS id, label, t.number AS number, t.name AS title, t.document AS document, role, via,
       CASE WHEN size(coalesce(r.quotes, [])) > 0 THEN {document: r.document, quote: r.quotes[0], start: r.starts[0],
         end: r.ends[0], rule: r.rules[0]} END AS evidence
