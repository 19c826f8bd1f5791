// Tests: how many nodes carry each label other than Node, and how many lack Node.
MATCH (n)
UNWIND CASE WHEN n:Node THEN [l IN labels(n) WHERE l <> 'Node'] ELSE ['(no Node label)'] END AS label
RETURN label, count(*) AS count
