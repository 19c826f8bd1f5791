// Tests: how many relationships of each type.
MATCH ()-[r]->()
RETURN type(r) AS type, count(*) AS count
