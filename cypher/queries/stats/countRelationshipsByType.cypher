// How many relationships of each type of the model, read from Neo4j's count store (one count per type) rather
// than by visiting them; types without relationships are left out. StatsQueriesTest checks the list against the model.
CALL () {
  MATCH ()-[:HAS_SECTION]->()
  RETURN 'HAS_SECTION' AS type, count(*) AS count
  UNION ALL
  MATCH ()-[:HAS_TASK]->()
  RETURN 'HAS_TASK' AS type, count(*) AS count
  UNION ALL
  MATCH ()-[:HAS_INDICATOR]->()
  RETURN 'HAS_INDICATOR' AS type, count(*) AS count
  UNION ALL
  MATCH ()-[:HAS_TARGET]->()
  RETURN 'HAS_TARGET' AS type, count(*) AS count
  UNION ALL
  MATCH ()-[:DETAILS]->()
  RETURN 'DETAILS' AS type, count(*) AS count
  UNION ALL
  MATCH ()-[:RESPONSIBLE_FOR]->()
  RETURN 'RESPONSIBLE_FOR' AS type, count(*) AS count
  UNION ALL
  MATCH ()-[:MENTIONS]->()
  RETURN 'MENTIONS' AS type, count(*) AS count
  UNION ALL
  MATCH ()-[:HOSTS]->()
  RETURN 'HOSTS' AS type, count(*) AS count
  UNION ALL
  MATCH ()-[:RELIES_ON]->()
  RETURN 'RELIES_ON' AS type, count(*) AS count
  UNION ALL
  MATCH ()-[:PARTNERS_WITH]->()
  RETURN 'PARTNERS_WITH' AS type, count(*) AS count
  UNION ALL
  MATCH ()-[:LOCATED_IN]->()
  RETURN 'LOCATED_IN' AS type, count(*) AS count
  UNION ALL
  MATCH ()-[:CLUSTER_IN]->()
  RETURN 'CLUSTER_IN' AS type, count(*) AS count
  UNION ALL
  MATCH ()-[:LEADS]->()
  RETURN 'LEADS' AS type, count(*) AS count
  UNION ALL
  MATCH ()-[:FOCUSES_ON]->()
  RETURN 'FOCUSES_ON' AS type, count(*) AS count
  UNION ALL
  MATCH ()-[:PART_OF]->()
  RETURN 'PART_OF' AS type, count(*) AS count
  UNION ALL
  MATCH ()-[:SUPPORTS]->()
  RETURN 'SUPPORTS' AS type, count(*) AS count
  UNION ALL
  MATCH ()-[:CO_PARTICIPATES]->()
  RETURN 'CO_PARTICIPATES' AS type, count(*) AS count
}
WITH type, count WHERE count > 0
RETURN type, count
ORDER BY type
