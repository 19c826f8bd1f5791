// Tests: delete every pair summary, as a store written before them would be.
MATCH ()-[s:LINK]->()
DELETE s
