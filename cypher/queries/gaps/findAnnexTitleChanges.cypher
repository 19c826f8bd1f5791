// Annex rows whose title differs from the title of the task they detail.
// @about Gap 6, annex titles: an annex row is a gap when its 主要任务 is not worded as the body's task title
// @about (加强关键技术的突破研发 in the body, 加强关键技术攻关 in the annex): the two may be read as different work.
MATCH (a:AnnexTask)-[:DETAILS]->(t:Task)
WHERE a.title <> t.title
RETURN t.document AS document, t.number AS task, a.year AS year, t.title AS bodyTitle, a.title AS annexTitle
ORDER BY document, task, year
