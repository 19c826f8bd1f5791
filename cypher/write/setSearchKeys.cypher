// Store the pinyin search keys of entities (full syllables and initials of the name and every alias).
// @param $rows List<Map> — one per entity: {id, pinyin: List<String>}
UNWIND $rows AS row
MATCH (n:Node {id: row.id})
SET n.pinyin = row.pinyin
