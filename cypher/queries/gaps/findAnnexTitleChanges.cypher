// Annex rows whose title differs from the title of the task they detail.
// @about Gap 6, annex titles: an annex row is a gap when its 主要任务 is not worded as the body's task title
// @about (加强关键技术的突破研发 in the body, 加强关键技术攻关 in the annex): the two may be read as different work.
// @purpose.zh 附件任务名称与其对应正文任务标题不一致。
// @about.zh 缺口6·附件标题：附件中的“主要任务”与正文任务标题措辞不同（如正文“加强关键技术的突破研发”、附件“加强关键技
// @about.zh 术攻关”），两者可能被理解为不同的工作。
MATCH (a:AnnexTask)-[:DETAILS]->(t:Task)
WHERE a.title <> t.title
RETURN t.document AS document, t.number AS task, a.year AS year, t.title AS bodyTitle, a.title AS annexTitle
ORDER BY document, task, year
