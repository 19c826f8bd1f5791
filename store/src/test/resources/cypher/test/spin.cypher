// Tests: a read that runs until stopped, for tests that cancel a running statement.
// @param $until Integer — how far to count; large enough that the statement never ends by itself
UNWIND range(1, $until) AS n
WITH n WHERE n < 0
RETURN count(n) AS found
