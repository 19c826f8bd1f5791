// Tests: empty the database between tests that share one DBMS.
MATCH (n)
DETACH DELETE n
