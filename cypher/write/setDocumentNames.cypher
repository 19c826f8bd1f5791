// Record on a document's node what it names: its entities and the aliases it gives them.
// @param $documentId String — id of the document, whose node this transaction has just written
// @param $entityIds List<String> — ids of the entities it names
// @param $aliasIds List<String> — with $aliases, parallel lists: entity aliasIds[i] is given alias aliases[i]
// @param $aliases List<String> — the aliases, see $aliasIds
// On the document's own node, not as lists on the shared entity nodes: those would grow with every document and
// be rewritten (and locked until commit) by each.
MATCH (d:Document {id: $documentId})
SET d.namedEntities = $entityIds, d.givenAliasIds = $aliasIds, d.givenAliases = $aliases
