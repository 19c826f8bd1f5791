// Tests: every node with its labels and properties, to compare two graphs whole.
MATCH (n)
RETURN labels(n) AS labels, properties(n) AS properties
