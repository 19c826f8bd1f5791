// A query result as the console shows it: a summary (rows, time, truncation), actions (show in the graph, export
// CSV and JSON) and a table where nodes are compact chips that select the node.
import {t, typeName} from "../i18n.js";
import {el, chip, button} from "../dom.js";
import {toCsv} from "../csv.js";
import {downloadText, stamp} from "../download.js";

const SHOWN_ROWS = 500;

const isNode = v => v && typeof v === "object" && "id" in v && "label" in v && "name" in v;
const isRelationship = v => v && typeof v === "object" && "type" in v && "source" in v && "target" in v;
const isPath = v => v && typeof v === "object" && Array.isArray(v.nodes) && Array.isArray(v.relationships);

/**
 * Renders result into box. handlers: onNode(id), onGraph(graph) to show the result graph, onExport({format,
 * name, bytes, text}) after a download.
 */
export function renderResult(box, result, title, handlers) {
  box.replaceChildren();
  const head = el("div", "result-head");
  head.append(el("strong", null, title),
    el("span", "hint", t("console.summary", {rows: result.rows.length, ms: result.elapsedMs})));
  if (result.truncated) {
    const notice = el("span", "notice", t("console.truncated", {n: result.maxRows}));
    notice.dataset.testid = "cypher-truncated";
    head.append(notice);
  }
  const actions = el("span", "actions");
  if (result.graph?.nodes?.length) {
    actions.append(button(t("console.showGraph"), () => handlers.onGraph(result.graph), "cypher-show-graph"));
  }
  actions.append(
    button(t("export.csv"), () => save("csv", toCsv(result.columns, result.rows), "text/csv"), "cypher-csv"),
    button(t("export.json"), () => save("json", JSON.stringify({columns: result.columns, rows: result.rows}, null, 2), "application/json"), "cypher-json"));
  head.append(actions);
  box.append(head);

  function save(format, text, type) {
    const name = `query-${stamp()}.${format}`;
    const blob = downloadText(text, name, type);
    handlers.onExport({format, name, bytes: blob.size, text: text.slice(0, 200)});
  }

  if (!result.columns.length) { box.append(el("p", "more", t("console.noColumns"))); return; }
  const table = el("table", "data");
  table.dataset.testid = "cypher-table";
  const header = table.createTHead().insertRow();
  for (const column of result.columns) header.append(el("th", null, column));
  const body = table.createTBody();
  for (const row of result.rows.slice(0, SHOWN_ROWS)) {
    const tr = body.insertRow();
    tr.dataset.testid = "cypher-row";
    for (const value of row) {
      const td = el("td");
      td.append(render(value));
      tr.append(td);
    }
  }
  const scroll = el("div", "table-scroll");
  scroll.append(table);
  box.append(scroll);
  if (result.rows.length > SHOWN_ROWS) box.append(el("p", "more", t("console.shown", {n: SHOWN_ROWS})));

  function render(value) {
    if (value == null) return el("span", "null", "null");
    if (isPath(value)) {
      const span = el("span", "path-value");
      value.nodes.forEach((n, i) => {
        if (i > 0) span.append(el("span", "rel", `—${value.relationships[i - 1]?.type ?? ""}—`));
        span.append(render(n));
      });
      return span;
    }
    if (isNode(value)) {
      const span = el("span", "node-value");
      span.append(chip(value.label), button(value.name, () => handlers.onNode(value.id), "cypher-node", "linkish"));
      span.title = value.id;
      return span;
    }
    if (isRelationship(value)) {
      const span = el("span", "rel", `:${value.type}`);
      span.title = typeName(value.type);
      return span;
    }
    if (Array.isArray(value)) {
      const span = el("span", "list-value");
      value.forEach((v, i) => {
        if (i > 0) span.append(document.createTextNode(", "));
        span.append(render(v));
      });
      span.prepend("[");
      span.append("]");
      return span;
    }
    if (typeof value === "object") return el("span", "map-value", JSON.stringify(value));
    return el("span", typeof value === "string" ? "str" : "num", String(value));
  }
}
