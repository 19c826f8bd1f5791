// Windows of documents' texts around quotes, so that evidence can be shown in its sentence without sending whole
// documents: for each span, the text from $reach characters before its start to $reach after its end.
// @purpose.zh 原文中围绕各引文的片段，用于在句中显示证据而不必传送整份文件。
// @param $spans List<Map> — {key, document, start, end} per quote; key is handed back
// @param.zh $spans 每条引文的 {key, document, start, end}；key 原样返回
// @param $reach Integer — characters of context on either side
// @param.zh $reach 引文两侧各取的字符数
// USING INDEX SEEK: the planner, reading the statistics of an index not yet sampled after a large write, may
// otherwise scan the whole index once per row of the list.
UNWIND $spans AS span
MATCH (d:Document {id: span.document}) USING INDEX SEEK d:Document(id)
WITH span, d, CASE WHEN span.start > $reach THEN span.start - $reach ELSE 0 END AS from
RETURN span.key AS key, from, substring(d.text, from, span.end + $reach - from) AS window
