// How many documents are loaded, from Neo4j's count store (nothing visited): whether the graph is empty.
MATCH (:Document)
RETURN count(*) AS documents
