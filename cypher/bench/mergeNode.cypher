// Benchmark baseline, one statement per row: create or update one node by id with its label, name and properties.
// @param $id String — node id
// @param $label String — the node's label besides Node
// @param $name String — display name
// @param $aliases List<String> — other names
// @param $properties Map — scalar properties
MERGE (n:Node {id: $id})
SET n += $properties, n.name = $name, n.aliases = $aliases
SET n:$($label)
