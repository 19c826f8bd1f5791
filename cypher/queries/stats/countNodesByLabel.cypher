// How many nodes carry each label of the model.
MATCH (n:Node)
UNWIND [l IN labels(n) WHERE l <> 'Node'] AS label
RETURN label, count(*) AS count
ORDER BY label
