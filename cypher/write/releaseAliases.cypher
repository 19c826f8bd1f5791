// Take back aliases a document's new revision no longer gives, unless another source still gives them.
// @param $documentId String — id of the document
// @param $rows List<Map> — one per alias given before and not now: {id, alias}
// Every other document's node is read: this runs only for a revision that drops aliases. Aliases merged from
// reference data are listed in the entity's aliasNames (mergeReferenceRegions) and stay.
// USING INDEX SEEK: the planner, reading the statistics of an index not yet sampled after a large write, may
// otherwise scan the whole index once per row.
UNWIND $rows AS row
MATCH (n:Node {id: row.id}) USING INDEX SEEK n:Node(id)
WHERE row.alias IN n.aliases AND NOT row.alias IN coalesce(n.aliasNames, [])
  AND NOT EXISTS {
    MATCH (other:Document)
    WHERE other.id <> $documentId
      AND any(i IN range(0, size(coalesce(other.givenAliasIds, [])) - 1)
              WHERE other.givenAliasIds[i] = row.id AND other.givenAliases[i] = row.alias)
  }
SET n.aliases = [a IN n.aliases WHERE a <> row.alias]
RETURN n.id AS id, n.name AS name, n.aliases AS aliases
