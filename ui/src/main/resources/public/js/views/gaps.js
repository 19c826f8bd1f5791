// The coverage gaps: each named gap with its definition and how many rows it finds now; opening one shows its
// rows, where names of entities and task numbers link into the graph, and downloads them as CSV.
import * as api from "../api.js";
import {onLangChange, t} from "../i18n.js";
import {el, button, downloadLink} from "../dom.js";

/** Columns whose values name entities of a label; key: the column holding the graph's name when another does. */
const ENTITY_COLUMNS = {
  unit: {label: "Unit"}, units: {label: "Unit"}, annexUnits: {label: "Unit"}, added: {label: "Unit"},
  dropped: {label: "Unit"}, park: {label: "Park"}, university: {label: "University"}, platform: {label: "Platform"},
  industry: {label: "Industry"}, clusters: {label: "Industry"}, regions: {label: "Region"},
  division: {label: "Region", key: "name"},
};
const TASK_COLUMNS = new Set(["task", "tasks", "taskNumbers"]);

/** handlers: onNode(id), onTask(number, document), onOpen(name|null) when the open gap changes. */
export function createGaps(container, handlers) {
  let gaps = null, open = null, request = null;
  // the server words each gap's title and definition in the page's language: asked again when it changes
  onLangChange(() => {
    if (!gaps) return;
    gaps = null;
    show();
    if (open) select(open.name);
  });

  async function show() {
    gaps ??= (await api.get("/api/gaps")).gaps;
    render();
  }

  /** Opens the gap called name (null closes it). */
  async function select(name) {
    request?.abort();
    if (!name) { open = null; handlers.onOpen(null); render(); return; }
    request = new AbortController();
    try {
      open = await api.get(`/api/gaps/${encodeURIComponent(name)}`, {}, {signal: request.signal});
    } catch (error) {
      if (error.name !== "AbortError") { open = null; handlers.onOpen(null); render(); }
      return;
    }
    handlers.onOpen(open.name);
    render();
  }

  function render() {
    if (!gaps) return;
    container.replaceChildren();
    const head = el("div", "view-head");
    head.append(el("h2", null, t("gaps.title")), el("span", "hint", t("gaps.hint")));
    const layout = el("div", "split");
    const list = el("ul", "gap-list");
    list.dataset.testid = "gap-list";
    for (const gap of gaps) list.append(card(gap));
    const detail = el("section", "gap-detail");
    detail.dataset.testid = "gap-detail";
    if (open) fillDetail(detail);
    else detail.append(el("p", "placeholder", t("gaps.pick")));
    layout.append(list, detail);
    container.append(head, layout);
  }

  function card(gap) {
    const li = el("li", `gap-card${open?.name === gap.name ? " active" : ""}`);
    li.dataset.testid = "gap";
    li.dataset.name = gap.name;
    const title = el("h3");
    // null: still being counted on a large graph, or too slow to count
    // a tally (countUnitLoad: every unit's load) lists rows, it does not count problems: its badge says rows
    const tally = gap.name.startsWith("count");
    const count = el("span", `count${tally ? " tally" : gap.count ? "" : " zero"}`,
      gap.count == null ? "…" : tally ? t("gaps.rows", {n: gap.count}) : String(gap.count));
    count.dataset.testid = "gap-count";
    count.title = gap.count == null ? t("gaps.counting") : t(tally ? "gaps.tallyHint" : "gaps.problemsHint", {n: gap.count});
    title.append(el("span", "gap-name", gapName(gap)), count);
    li.append(title, el("p", "gap-title", gap.title));
    const about = el("p", "gap-about", gap.about);
    about.dataset.testid = "gap-about";
    li.append(about);
    li.addEventListener("click", () => select(gap.name));
    return li;
  }

  function fillDetail(detail) {
    const head = el("div", "view-head");
    head.append(el("h3", null, gapName(open)),
      downloadLink(t("export.csv"), `/api/gaps/${encodeURIComponent(open.name)}?format=csv`, `gap-${open.name}.csv`, "gap-csv"),
      el("span", "hint", t(open.truncated ? "gaps.rowsFirst" : "gaps.rows", {n: open.rows.length})));
    detail.append(head, el("p", "gap-title", open.title));
    if (!open.rows.length) { detail.append(el("p", "more", t("gaps.none"))); return; }
    // a load of 牵头 0 / 配合 0 everywhere means the documents give no roles, not that no unit leads
    const lead = open.columns.indexOf("lead"), co = open.columns.indexOf("co");
    if (lead >= 0 && co >= 0 && open.rows.every(r => !Number(r[lead]) && !Number(r[co]))) {
      const note = el("p", "hint roles-note", t("gaps.noRoles"));
      note.dataset.testid = "gap-roles-note";
      detail.append(note);
    }
    const table = el("table", "data");
    table.dataset.testid = "gap-table";
    const header = table.createTHead().insertRow();
    for (const column of open.columns) header.append(el("th", null, columnName(column)));
    const body = table.createTBody();
    for (const row of open.rows) {
      const tr = body.insertRow();
      tr.dataset.testid = "gap-row";
      const byName = Object.fromEntries(open.columns.map((c, i) => [c, row[i]]));
      open.columns.forEach((column, i) => tr.append(cell(column, row[i], byName)));
    }
    const scroll = el("div", "table-scroll");
    scroll.append(table);
    detail.append(scroll);
  }

  function cell(column, value, row) {
    const td = el("td");
    const values = Array.isArray(value) ? value : [value];
    values.forEach((v, i) => {
      if (i > 0) td.append(document.createTextNode("、"));
      td.append(item(column, v, row));
    });
    return td;
  }

  function item(column, value, row) {
    if (value == null) return document.createTextNode("");
    const entity = ENTITY_COLUMNS[column];
    if (entity && typeof value === "string") {
      const name = entity.key && typeof row[entity.key] === "string" ? row[entity.key] : value;
      return button(value, () => openByName(name, entity.label), "gap-link", "linkish");
    }
    if (TASK_COLUMNS.has(column) && Number.isInteger(value)) {
      return button(String(value), () => handlers.onTask(value, row.document ?? undefined), "gap-task", "linkish");
    }
    if (typeof value === "boolean") return document.createTextNode(value ? "✓" : "");
    if (column === "missing") return document.createTextNode(valueName(`missing.${value}`, value));
    if (typeof value === "object") return document.createTextNode(JSON.stringify(value));
    return document.createTextNode(String(value));
  }

  /** Finds the node a gap names (rows carry names, not ids) and opens it; the exact name wins. */
  async function openByName(name, label) {
    const {results} = await api.get("/api/search", {q: name, labels: label, limit: 5});
    const exact = results.find(r => r.name === name) ?? results.find(r => r.aliases?.includes(name)) ?? results[0];
    if (exact) handlers.onNode(exact.id);
    else api.showInfo(t("gaps.notInGraph", {name}));
  }

  const gapName = gap => {
    const key = `gap.${gap.name}`;
    return t(key) === key ? gap.title : t(key);
  };

  const valueName = (key, fallback) => t(key) === key ? fallback : t(key);
  const columnName = column => valueName(`col.${column}`, column);

  return {show, select, render, reset: () => { gaps = null; }, current: () => open?.name ?? null};
}
