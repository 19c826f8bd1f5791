// A node's id, name and label, to check what a correction names.
// @purpose.zh 节点的 id、名称与类型，用于核对更正所指的对象。
// @param $id String — node id
// @param.zh $id 节点 id
MATCH (n:Node {id: $id})
RETURN n.id AS id, n.name AS name, [l IN labels(n) WHERE l <> 'Node'][0] AS label
