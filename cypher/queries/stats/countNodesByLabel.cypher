// How many nodes carry each label of the model, read from Neo4j's count store (one count per label) rather than
// by visiting the nodes; labels without nodes are left out. StatsQueriesTest checks the list against the model.
CALL () {
  MATCH (:Document)
  RETURN 'Document' AS label, count(*) AS count
  UNION ALL
  MATCH (:Section)
  RETURN 'Section' AS label, count(*) AS count
  UNION ALL
  MATCH (:Task)
  RETURN 'Task' AS label, count(*) AS count
  UNION ALL
  MATCH (:AnnexTask)
  RETURN 'AnnexTask' AS label, count(*) AS count
  UNION ALL
  MATCH (:Indicator)
  RETURN 'Indicator' AS label, count(*) AS count
  UNION ALL
  MATCH (:Target)
  RETURN 'Target' AS label, count(*) AS count
  UNION ALL
  MATCH (:University)
  RETURN 'University' AS label, count(*) AS count
  UNION ALL
  MATCH (:Enterprise)
  RETURN 'Enterprise' AS label, count(*) AS count
  UNION ALL
  MATCH (:Platform)
  RETURN 'Platform' AS label, count(*) AS count
  UNION ALL
  MATCH (:Park)
  RETURN 'Park' AS label, count(*) AS count
  UNION ALL
  MATCH (:Unit)
  RETURN 'Unit' AS label, count(*) AS count
  UNION ALL
  MATCH (:Industry)
  RETURN 'Industry' AS label, count(*) AS count
  UNION ALL
  MATCH (:Region)
  RETURN 'Region' AS label, count(*) AS count
}
WITH label, count WHERE count > 0
RETURN label, count
ORDER BY label
