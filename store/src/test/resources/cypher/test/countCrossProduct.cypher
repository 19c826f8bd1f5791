// Tests: a read that runs for minutes, to see a timeout fire.
// @param $size Integer — rows per side of the cross product
UNWIND range(1, $size) AS x
UNWIND range(1, $size) AS y
RETURN count(*) AS count
