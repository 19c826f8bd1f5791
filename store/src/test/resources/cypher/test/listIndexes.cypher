// Tests: names of the indexes and constraint-backing indexes.
SHOW INDEXES YIELD name
RETURN name
