// Give the neo4j user of the embedded DBMS the configured password; runs on the system database.
// @param $password String — the password clients must use over Bolt
ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED
