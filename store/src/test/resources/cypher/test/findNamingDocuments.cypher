// Tests: the documents that name an entity, by id.
// @param $id String — entity id
MATCH (d:Document)
WHERE $id IN d.namedEntities
RETURN d.id AS document
ORDER BY document
