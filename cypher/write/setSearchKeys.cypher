// Store the pinyin search keys of entities (full syllables and initials of the name and every alias).
// @param $rows List<Map> — one per entity: {id, pinyin: List<String>}
// USING INDEX SEEK: the planner, reading the statistics of an index not yet sampled after a large write, may
// otherwise scan the whole index once per row.
UNWIND $rows AS row
MATCH (n:Node {id: row.id}) USING INDEX SEEK n:Node(id)
SET n.pinyin = row.pinyin
