// Take the document's id for this write and read the revision loaded under it: its sha256, number, title and source
// file, and what it named. A document not loaded yet gets a placeholder node (fresh) that the write then fills in, so a
// concurrent write of the same id waits here until this one ends and then sees it; SET then REMOVE takes the write lock
// of a loaded document's node without changing it.
// @param $documentId String — id of the document
// A revision compares namedEntities and the aliases it gave (givenAliasIds[i] was given givenAliases[i]) with its
// own, to know which entities and aliases it lets go of; corrections lists the editors' corrections that changed it.
MERGE (d:Node {id: $documentId})
  ON CREATE SET d.fresh = true
SET d.locked = true
REMOVE d.locked
RETURN coalesce(d.fresh, false) AS fresh, d.sha256 AS sha256, d.number AS number, d.title AS title,
       d.source AS source, coalesce(d.namedEntities, []) AS entityIds, coalesce(d.givenAliasIds, []) AS aliasIds,
       coalesce(d.givenAliases, []) AS aliases, coalesce(d.corrections, []) AS corrections
