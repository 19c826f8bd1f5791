// The quotes behind the relationships of one type between two nodes, document by document: a page of them, and
// how many there are in all.
// A pair summary (LINK) is never evidence: only the per-document relationships carry quotes.
// @purpose.zh 两节点之间某类关系背后的原文，按文件分页列出，并给出总数。
// @param $id String — node id
// @param.zh $id 节点 id
// @param $other String — id of the node at the other end
// @param.zh $other 另一端节点的 id
// @param $type String — relationship type
// @param.zh $type 关系类型
// @param $skip Integer — quotes to skip (paging; null: 0)
// @param.zh $skip 跳过的原文条数（翻页用；默认 0）
// @param $limit Integer — most quotes returned (null: 20)
// @param.zh $limit 最多返回的原文条数（默认 20）
MATCH (n:Node {id: $id})-[r]-(m:Node {id: $other})
WHERE type(r) = $type AND type(r) <> 'LINK'
WITH r ORDER BY r.document
UNWIND range(0, size(coalesce(r.quotes, [])) - 1) AS i
WITH collect({document: r.document, quote: r.quotes[i], start: r.starts[i], end: r.ends[i], rule: r.rules[i]})
     AS quotes
UNWIND quotes[coalesce($skip, 0)..(coalesce($skip, 0) + coalesce($limit, 20))] AS q
RETURN size(quotes) AS total, q.document AS document, q.quote AS quote, q.start AS start, q.end AS end, q.rule AS rule
