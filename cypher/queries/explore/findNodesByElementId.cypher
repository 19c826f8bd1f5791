// Nodes by their element ids, to draw relationships whose ends a console query did not return.
// @purpose.zh 按 Neo4j 的元素标识取节点，用于画出查询结果未返回两端的关系。
// @param $elementIds List<String> — element ids
// @param.zh $elementIds Neo4j 元素标识的列表
MATCH (n)
WHERE elementId(n) IN $elementIds
RETURN elementId(n) AS elementId, coalesce(n.id, elementId(n)) AS id,
       coalesce([l IN labels(n) WHERE l <> 'Node'][0], '') AS label, coalesce(n.name, '') AS name
