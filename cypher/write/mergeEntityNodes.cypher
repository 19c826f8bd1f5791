// Create or update the shared entity nodes one document names, writing only to those it creates or changes.
// @param $rows List<Map> — one per entity: {id, label, name, aliases, properties}, sorted by id
// An entity already stored as the document states it (name, label, properties, every alias) is only read: a
// write would lock a node that every document names (an industry, the province) until commit, and parallel
// documents would queue on it. aliases only grows here; a revision takes its aliases back in releaseAliases.
// USING INDEX SEEK: the planner, reading the statistics of an index not yet sampled after a large write, may
// otherwise scan the whole index once per row.
UNWIND $rows AS row
OPTIONAL MATCH (old:Node {id: row.id}) USING INDEX SEEK old:Node(id)
WITH row, old,
     old IS NULL OR old.name <> row.name OR NOT row.label IN labels(old)
       OR any(k IN keys(row.properties) WHERE old[k] IS NULL OR old[k] <> row.properties[k])
       OR any(a IN row.aliases WHERE NOT a IN coalesce(old.aliases, [])) AS changes
OPTIONAL CALL (row, changes) {
  WITH row WHERE changes
  MERGE (n:Node {id: row.id})
  // the name first: setting it takes the node's lock, so the aliases below are read under that lock and two
  // documents adding the same new alias at once add it once
  SET n.name = row.name
  SET n += row.properties,
      n.aliases = coalesce(n.aliases, []) + [a IN row.aliases WHERE NOT a IN coalesce(n.aliases, [])]
  SET n:$(row.label)
  RETURN n
}
WITH row, old, changes, coalesce(n, old) AS node
RETURN row.id AS id, row.label AS label, old IS NOT NULL AS existed, old.document AS previousOwner,
       labels(node) AS labels, changes AS changed, node.name AS name, node.aliases AS aliases
