// Search beyond entity names: pinyin keys of entities (lower-case tokens such as kuangda, xg, matched by prefix)
// and the titles of tasks, annex rows, indicators and sections (CJK bigrams, like entity_names).
CREATE FULLTEXT INDEX entity_pinyin IF NOT EXISTS
FOR (n:University|Enterprise|Platform|Park|Unit|Industry|Region) ON EACH [n.pinyin]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'keyword'}};

CREATE FULLTEXT INDEX structure_names IF NOT EXISTS
FOR (n:Task|AnnexTask|Indicator|Section) ON EACH [n.name]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}};

// Names containing one character, which bigram indexes cannot match, are found through this text index.
CREATE TEXT INDEX node_name_text IF NOT EXISTS
FOR (n:Node) ON (n.name);
