// The loaded revision of a document (its sha256) and what it named; no row when the document is not loaded.
// @param $documentId String — id of the document
// A revision compares namedEntities and the aliases it gave (givenAliasIds[i] was given givenAliases[i]) with its
// own, to know which entities and aliases it lets go of.
MATCH (d:Document {id: $documentId})
RETURN d.sha256 AS sha256, coalesce(d.namedEntities, []) AS entityIds, coalesce(d.givenAliasIds, []) AS aliasIds,
       coalesce(d.givenAliases, []) AS aliases
