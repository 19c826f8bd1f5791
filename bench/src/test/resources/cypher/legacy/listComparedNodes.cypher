// Tests: the nodes whose answers are compared: the best connected of each entity label and a few tasks.
// @param $perLabel Integer — nodes per label
UNWIND ['University', 'Enterprise', 'Platform', 'Park', 'Region', 'Industry', 'Unit', 'Task'] AS label
CALL (label) {
  MATCH (n:Node)
  WHERE label IN labels(n)
  WITH n ORDER BY COUNT { (n)--() } DESC, n.id
  LIMIT $perLabel
  RETURN n.id AS id
}
RETURN label, id
