// Indexes: structure nodes by owning document (revision replacement), entities by name and aliases (search).
// The cjk analyzer indexes Han text as overlapping character pairs, so 矿大 finds 中国矿大 but not every 大.
CREATE INDEX node_document IF NOT EXISTS
FOR (n:Node) ON (n.document);

CREATE FULLTEXT INDEX entity_names IF NOT EXISTS
FOR (n:University|Enterprise|Platform|Park|Unit|Industry|Region) ON EACH [n.name, n.aliases]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}};
