// Tests: the query before the pair summaries (LINK), which it leaves out, to compare the answers with it.
// The links partner recommendations score: every relationship between tasks and entities, with its first quote.
// @param $labels List<String> — labels whose nodes take part (Task, University, Enterprise, Platform, Park, Region, Industry)
// Structure (sections, documents, targets) and units are left out: they join everything or name offices, not
// partners. One row per relationship; the recommender builds its neighbourhoods in memory from these rows.
MATCH (a:Node)-[r]->(b:Node)
WHERE type(r) <> 'LINK'
WITH a, r, b, [l IN labels(a) WHERE l <> 'Node'][0] AS aLabel, [l IN labels(b) WHERE l <> 'Node'][0] AS bLabel
WHERE aLabel IN $labels AND bLabel IN $labels
RETURN a.id AS source, aLabel AS sourceLabel, a.name AS sourceName, b.id AS target, bLabel AS targetLabel,
       b.name AS targetName, type(r) AS type, coalesce(r.quotes[0], '') AS quote, r.document AS document,
       coalesce(r.starts[0], -1) AS start, coalesce(r.ends[0], -1) AS end
