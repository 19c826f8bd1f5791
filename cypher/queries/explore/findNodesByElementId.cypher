// Nodes by their element ids, to draw relationships whose ends a console query did not return.
// @param $elementIds List<String> — element ids
MATCH (n)
WHERE elementId(n) IN $elementIds
RETURN elementId(n) AS elementId, coalesce(n.id, elementId(n)) AS id,
       coalesce([l IN labels(n) WHERE l <> 'Node'][0], '') AS label, coalesce(n.name, '') AS name
