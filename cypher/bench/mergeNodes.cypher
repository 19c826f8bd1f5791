// Benchmark baseline, bare batched: create or update a batch of nodes by id with labels, names and properties.
// @param $rows List<Map> — one per node: {id, label, name, aliases, properties}
UNWIND $rows AS row
MERGE (n:Node {id: row.id})
SET n += row.properties, n.name = row.name, n.aliases = row.aliases
SET n:$(row.label)
