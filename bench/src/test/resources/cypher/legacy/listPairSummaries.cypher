// Tests: every pair summary, as "from type to" with its counts, in order.
MATCH (a:Node)-[s:LINK]->(b:Node)
RETURN a.id + ' ' + s.type + ' ' + b.id AS pair, s.documents AS documents, s.relationships AS relationships,
       s.quoteCount AS quoteCount
ORDER BY pair
