// Wait until every index is online, so the first writes and searches after a schema change see them.
// @param $timeoutSeconds Integer — how long to wait before failing
CALL db.awaitIndexes($timeoutSeconds)
