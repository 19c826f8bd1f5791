// Test only: add a University whose name is HTML markup, mentioned by a task, as the explorer would meet it.
// @param $taskId String — id of the task that mentions the entity
// @param $id String — id of the new entity
// @param $name String — its name, markup on purpose
// @param $documentId String — id of the document stating the mention
// @param $start Integer — offset of the quote in the document text
// @param $end Integer — end offset of the quote in the document text
// The extractor does not take a name with markup in it, so the node is written directly.
MATCH (task:Node {id: $taskId})
MERGE (entity:Node {id: $id})
SET entity:University, entity.name = $name, entity.aliases = [], entity.aliasNames = [], entity.aliasDocuments = [],
    entity.documents = [$documentId]
CREATE (task)-[r:MENTIONS]->(entity)
SET r.document = $documentId, r.quotes = [$name], r.starts = [$start], r.ends = [$end], r.rules = ['test:markup']
RETURN entity.id AS id
