// One node with its properties and its number of relationships per type (zero counts left out). Each count comes
// from the degree Neo4j keeps per type for a busy node, so the answer costs the same however many documents name it;
// the list of types is RelType's (a test keeps them equal).
// @purpose.zh 单个节点及其属性和各类型的关系数（为零的不列）。
// @param $id String — node id
// @param.zh $id 节点 id
MATCH (n:Node {id: $id})
WITH n, [d IN [
  {type: 'HAS_SECTION', count: COUNT { (n)-[:HAS_SECTION]-() }}, {type: 'HAS_TASK', count: COUNT { (n)-[:HAS_TASK]-() }},
  {type: 'HAS_INDICATOR', count: COUNT { (n)-[:HAS_INDICATOR]-() }}, {type: 'HAS_TARGET', count: COUNT { (n)-[:HAS_TARGET]-() }},
  {type: 'DETAILS', count: COUNT { (n)-[:DETAILS]-() }}, {type: 'RESPONSIBLE_FOR', count: COUNT { (n)-[:RESPONSIBLE_FOR]-() }},
  {type: 'MENTIONS', count: COUNT { (n)-[:MENTIONS]-() }}, {type: 'HOSTS', count: COUNT { (n)-[:HOSTS]-() }},
  {type: 'RELIES_ON', count: COUNT { (n)-[:RELIES_ON]-() }}, {type: 'PARTNERS_WITH', count: COUNT { (n)-[:PARTNERS_WITH]-() }},
  {type: 'LOCATED_IN', count: COUNT { (n)-[:LOCATED_IN]-() }}, {type: 'CLUSTER_IN', count: COUNT { (n)-[:CLUSTER_IN]-() }},
  {type: 'LEADS', count: COUNT { (n)-[:LEADS]-() }}, {type: 'FOCUSES_ON', count: COUNT { (n)-[:FOCUSES_ON]-() }},
  {type: 'PART_OF', count: COUNT { (n)-[:PART_OF]-() }}, {type: 'SUPPORTS', count: COUNT { (n)-[:SUPPORTS]-() }},
  {type: 'CO_PARTICIPATES', count: COUNT { (n)-[:CO_PARTICIPATES]-() }}] WHERE d.count > 0] AS degree
RETURN n.id AS id, [l IN labels(n) WHERE l <> 'Node'][0] AS label, n.name AS name,
       coalesce(n.aliases, []) AS aliases, properties(n) AS properties, degree
