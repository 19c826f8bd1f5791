// Windows of documents' texts around quotes, so that evidence can be shown in its sentence without sending whole
// documents: for each span, the text from $reach characters before its start to $reach after its end.
// @param $spans List<Map> — {key, document, start, end} per quote; key is handed back
// @param $reach Integer — characters of context on either side
UNWIND $spans AS span
MATCH (d:Document {id: span.document})
WITH span, d, CASE WHEN span.start > $reach THEN span.start - $reach ELSE 0 END AS from
RETURN span.key AS key, from, substring(d.text, from, span.end + $reach - from) AS window
