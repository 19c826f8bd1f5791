// The best connected nodes carrying one of the labels: the overview the explorer opens with.
// @param $labels List<String> — labels to show
// @param $limit Integer — most nodes
MATCH (n:Node)
WITH n, [l IN labels(n) WHERE l <> 'Node'][0] AS label
WHERE label IN $labels
WITH n, label, COUNT { (n)--() } AS degree
ORDER BY degree DESC, n.id
LIMIT $limit
RETURN n.id AS id, label, n.name AS name, degree
