// Tests: every relationship with its ends' ids, type and properties, to compare two graphs whole.
MATCH (a)-[r]->(b)
RETURN a.id AS from, type(r) AS type, b.id AS to, properties(r) AS properties
