// Figures for one metric that disagree between the body, the indicator table and the annex, with both quotes.
// @about Gap 7, figures: every figure the document gives (targets in the body, the indicator table by year, and the
// @about figures written in annex rows after a metric the body or the table names) is compared with the others of
// @about the same metric (one name containing the other), in comparable units (万 and 亿 resolved). Two figures
// @about disagree when they are for the same year and differ, or when they differ tenfold or more whatever their
// @about years: one target written in two magnitudes, such as 24件 in the body and 20万件 in the annex.
// @purpose.zh 同一指标在正文、指标表和附件中数值不一致，附两处原文。
// @about.zh 缺口7·数字：文件给出的每个数字（正文目标、按年份的指标表、附件中跟在正文或指标表所列指标后的数字）与同一指标（
// @about.zh 名称相互包含）的其他数字比较，单位换算一致（万、亿）。同一年份数值不同，或无论年份相差十倍以上（如正文24件、附
// @about.zh 件20万件，同一目标写成两个量级），即为不一致。
CALL () {
  MATCH (o)-[:HAS_TARGET]->(g:Target)
  RETURN g.document AS document, g.metric AS metric, 'body: ' + coalesce('task ' + toString(o.number), o.name) AS source,
         CASE WHEN g.year > 0 THEN g.year END AS year, g.value AS value, g.unit AS unit, g.quote AS quote
  UNION ALL
  MATCH (d:Document)-[r:HAS_INDICATOR]->(i:Indicator)
  UNWIND range(0, size(i.values) - 1) AS k
  RETURN d.id AS document, i.name AS metric, 'indicator table' AS source, toInteger(i.values_keys[k]) AS year, i.values[k] AS value,
         i.unit AS unit, i.name + ' ' + i.values_keys[k] + ': ' + toString(i.values[k]) AS quote
  UNION ALL
  // per document, its metrics (targets and indicators, one index seek on document) read once, then every annex row
  // of the document checked against them in memory: never every target of the corpus, nor the same ones per row
  MATCH (d:Document)
  CALL (d) {
    MATCH (g:Node {document: d.id})
    WHERE g:Target OR g:Indicator
    RETURN collect(DISTINCT CASE WHEN g:Target THEN g.metric ELSE g.name END) AS metrics
  }
  MATCH (a:Node {document: d.id})
  WHERE a:AnnexTask
  UNWIND [m IN metrics WHERE m IS NOT NULL AND a.work CONTAINS m] AS metric
  // the figure is the number right after the metric and a verb (达, 超过 …); an increment (新建, 新增 …) is
  // not the stock the body and the table give
  WITH a, metric, split(a.work, metric)[0] AS before, substring(split(a.work, metric)[1], 0, 24) AS after
  WHERE NOT any(w IN ['新建', '新增', '引进', '新认定'] WHERE before ENDS WITH w)
  WITH a, metric, after, [k IN range(0, size(after) - 1) WHERE substring(after, k, 1) IN
       ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9']][0] AS first
  WHERE first IS NOT NULL
    AND substring(after, 0, first) IN ['', '达', '达到', '超过', '突破', '不低于', '不少于', '为', '约', '增至', '提高到']
  WITH a, metric, after, first,
       reduce(acc = {text: '', done: false}, k IN range(first, size(after) - 1) |
         CASE WHEN acc.done THEN acc
              WHEN substring(after, k, 1) IN ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '.']
                THEN {text: acc.text + substring(after, k, 1), done: false}
              ELSE {text: acc.text, done: true} END).text AS number
  WITH a, metric, after, first, number, split(split(split(substring(after, first + size(number)), '，')[0], '。')[0], '、')[0] AS rest
  RETURN a.document AS document, metric, 'annex: task ' + toString(a.number) AS source, a.year AS year, toFloat(number) AS value,
         substring(rest, 0, 3) AS unit, metric + substring(after, 0, first + size(number) + size(rest)) AS quote
}
WITH document, metric, source, year, value, unit, quote,
     value * CASE left(unit, 1) WHEN '万' THEN 10000.0 WHEN '亿' THEN 100000000.0 ELSE 1.0 END AS scaled
WHERE value IS NOT NULL
// figures are compared within their document: a corpus pairs no figure with every other one
WITH document, collect({metric: metric, source: source, year: year, value: value, unit: unit, quote: quote,
                        scaled: scaled}) AS figures
UNWIND range(0, size(figures) - 1) AS i
UNWIND range(i + 1, size(figures) - 1) AS j
WITH document, figures[i] AS a, figures[j] AS b
WHERE (a.metric CONTAINS b.metric OR b.metric CONTAINS a.metric) AND a.quote <> b.quote
  AND a.scaled > 0 AND b.scaled > 0
WITH document, a, b, CASE WHEN a.scaled > b.scaled THEN a.scaled / b.scaled ELSE b.scaled / a.scaled END AS ratio
WITH document, a, b, ratio,
     CASE WHEN ratio >= 10 THEN 'magnitude'
          WHEN a.year IS NOT NULL AND a.year = b.year AND ratio > 1.000001 THEN 'same year' END AS conflict
WHERE conflict IS NOT NULL
RETURN document, a.metric AS metric, conflict, round(ratio, 2) AS ratio,
       a.source AS firstSource, a.year AS firstYear, toString(a.value) + a.unit AS firstFigure, a.quote AS firstQuote,
       b.source AS secondSource, b.year AS secondYear, toString(b.value) + b.unit AS secondFigure, b.quote AS secondQuote
ORDER BY ratio DESC, document, metric
