// How many documents are loaded, from Neo4j's count store (nothing visited): whether the graph is empty.
// @purpose.zh 已载入的文件数，取自 Neo4j 的计数存储（不遍历任何节点）：图谱是否为空。
MATCH (:Document)
RETURN count(*) AS documents
