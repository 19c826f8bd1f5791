// The links partner recommendations score: the relations between entities, one row per pair and type (its summary,
// with how many relationships it stands for and the first quote of the first of them), and every relationship from a
// task to a labelled node (a task's mentions: one per task, as each task belongs to one document), with its quote.
// @purpose.zh 伙伴推荐所依据的关系：实体之间的关系，每对节点每种类型一行。
// @param $labels List<String> — labels whose nodes take part (Task, University, Enterprise, Platform, Park, Region, Industry)
// @param.zh $labels 参与的节点类型（任务、高校、企业、平台、园区、地区、产业）
// Structure (sections, documents, targets) and units are left out: they join everything or name offices, not
// partners. relationships tells the recommender how much an edge weighs (a pair stated by 17 documents, 17); it
// builds its neighbourhoods in memory from these rows.
CALL () {
  MATCH (a:Node)-[s:LINK]->(b:Node)
  WITH a, s, b, [l IN labels(a) WHERE l <> 'Node'][0] AS aLabel, [l IN labels(b) WHERE l <> 'Node'][0] AS bLabel
  WHERE aLabel IN $labels AND bLabel IN $labels
  // the first quote: one branch per relation type, as a typed expansion reads that type's relationships only
  CALL (a, b, s) {
    CALL (a, b, s) {
      WITH a, b, s WHERE s.type = 'HOSTS' MATCH (a)-[r:HOSTS]->(b) RETURN r
      UNION ALL
      WITH a, b, s WHERE s.type = 'RELIES_ON' MATCH (a)-[r:RELIES_ON]->(b) RETURN r
      UNION ALL
      WITH a, b, s WHERE s.type = 'PARTNERS_WITH' MATCH (a)-[r:PARTNERS_WITH]->(b) RETURN r
      UNION ALL
      WITH a, b, s WHERE s.type = 'LOCATED_IN' MATCH (a)-[r:LOCATED_IN]->(b) RETURN r
      UNION ALL
      WITH a, b, s WHERE s.type = 'CLUSTER_IN' MATCH (a)-[r:CLUSTER_IN]->(b) RETURN r
      UNION ALL
      WITH a, b, s WHERE s.type = 'LEADS' MATCH (a)-[r:LEADS]->(b) RETURN r
      UNION ALL
      WITH a, b, s WHERE s.type = 'FOCUSES_ON' MATCH (a)-[r:FOCUSES_ON]->(b) RETURN r
      UNION ALL
      WITH a, b, s WHERE s.type = 'PART_OF' MATCH (a)-[r:PART_OF]->(b) RETURN r
      UNION ALL
      WITH a, b, s WHERE s.type = 'SUPPORTS' MATCH (a)-[r:SUPPORTS]->(b) RETURN r
      UNION ALL
      WITH a, b, s WHERE s.type = 'CO_PARTICIPATES' MATCH (a)-[r:CO_PARTICIPATES]->(b) RETURN r
    }
    RETURN r LIMIT 1
  }
  RETURN a, aLabel, b, bLabel, s.type AS type, s.relationships AS relationships, r
  UNION ALL
  // from the tasks: their mentions are the only other relationships between the labelled nodes (units, annex tasks
  // and sections, whose relationships lead to tasks, take no part), and tasks are far fewer than relationships
  MATCH (a:Task)-[r:HAS_SECTION|HAS_TASK|HAS_INDICATOR|HAS_TARGET|DETAILS|RESPONSIBLE_FOR|MENTIONS]->(b:Node)
  WHERE 'Task' IN $labels
  WITH a, r, b, 'Task' AS aLabel, [l IN labels(b) WHERE l <> 'Node'][0] AS bLabel
  WHERE bLabel IN $labels
  RETURN a, aLabel, b, bLabel, type(r) AS type, 1 AS relationships, r
}
RETURN a.id AS source, aLabel AS sourceLabel, a.name AS sourceName, b.id AS target, bLabel AS targetLabel,
       b.name AS targetName, type, relationships, coalesce(r.quotes[0], '') AS quote, r.document AS document,
       coalesce(r.starts[0], -1) AS start, coalesce(r.ends[0], -1) AS end
