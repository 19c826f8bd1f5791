// Wiring: state from the URL, the graph, the search box, the details panel and the views.
import * as api from "./api.js";
import * as state from "./state.js";
import {t, labelName, typeName, setLang, lang, onLangChange, applyTo} from "./i18n.js";
import {createGraph, colour} from "./graph.js";
import {syntheticGraph} from "./synthetic.js";
import {exportGraph} from "./export.js";
import {setDocuments} from "./document-names.js";
import {createSearch} from "./views/search.js";
import {createDetails} from "./views/details.js";
import {createTasks, forgetTasks} from "./views/tasks.js";
import {createMatrix} from "./views/matrix.js";
import {createIndicators} from "./views/indicators.js";
import {createPaths} from "./views/paths.js";
import {createGaps} from "./views/gaps.js";
import {createLinks} from "./views/links.js";
import {createPartners} from "./views/partners.js";
import {createConsole} from "./views/console.js";
import {createDocuments} from "./views/documents.js";
import {createCorrections} from "./views/corrections.js";
import {createEditing} from "./corrections-actions.js";

const $ = id => document.getElementById(id);
const VIEWS = ["graph", "tasks", "matrix", "indicators", "paths", "gaps", "links", "partners", "documents",
  "corrections", "console"];
const ENTITY_LABELS = ["University", "Enterprise", "Platform", "Park", "Unit", "Industry", "Region"];

let stats = null;
let mode = "overview";      // overview | task | query | synthetic
// Each replacement of the whole graph takes the next number: an answer that arrives after a later replacement began
// (a slow overview after a console result) is dropped instead of replacing what the planner asked for since.
let graphGeneration = 0;
let detailsRequest = null;
let pathWasShown = false;   // whether the graph showed paths when last looked at (see pathShown)

const graph = createGraph($("graph-canvas"), {
  onSelect: id => selectNode(id),
  onExpand: id => expand(id),
  onChange: () => { renderLegend(); renderNote(); pathShown(); },
  // ?layout=page keeps the force layout on the page (to compare with the worker in benchmarks)
  layout: state.get().layout === "page" ? "page" : "worker",
});
const editing = createEditing({onCorrected: change => afterCorrection(change)});
const details = createDetails($("details"), {
  editing,
  onNode: id => selectNode(id, {centre: true, ensure: true}),
  onExpand: id => expand(id),
  onHide: id => { graph.hide(id); selectNode(null); },
  onPathEnd: (which, node) => { paths.setEnd(which, node); showView("paths"); },
  onPartners: node => { showView("partners"); partners.open(node).catch(() => {}); },
  onTable: () => !["graph", "paths"].includes(state.get().view ?? "graph"),
  onShowInGraph: id => openNode(id),
});
const tasks = createTasks($("view-tasks"), {onTask: task => showTask(task.number, task.document), onNode: id => peekNode(id)});
const matrix = createMatrix($("view-matrix"), {onTask: task => showTask(task.number, task.document), onNode: id => peekNode(id)});
const indicators = createIndicators($("view-indicators"));
const paths = createPaths($("paths-panel"), {
  onResult: data => graph.merge(data),
  onHighlight: (nodeIds, links, {focus}) => showPath(nodeIds, links, focus),
  onClear: () => clearPath(),
  onEnds: (from, to, hops, through) => state.update({from, to, hops: String(hops), through}),
});
const gaps = createGaps($("view-gaps"), {
  onNode: id => peekNode(id),
  onTask: (number, document) => showTask(number, document),
  onOpen: name => state.update({gap: name}),
});
const links = createLinks($("view-links"), {
  onNode: id => peekNode(id),
  onFilter: ({industry, university}) => state.update({industry, university}),
});
const partners = createPartners($("view-partners"), {
  onNode: id => peekNode(id),
  onPath: (entity, item, index) => showPartnerPaths(entity, item, index),
  onEntity: (id, kind) => state.update({for: id, kind}),
  selection: () => { const id = graph.selected(); return id == null ? null : graph.node(id) ?? null; },
});
const cypher = createConsole($("view-console"), {
  onNode: id => peekNode(id),
  onGraph: data => showQueryGraph(data),
  onExport: info => { window.collabgraph.lastExport = info; },
});
const documents = createDocuments($("view-documents"), {onChanged: () => graphDataChanged()});
const corrections = createCorrections($("view-corrections"), {onChanged: () => afterCorrection({})});
/** The views drawn outside the graph, each shown by its show(); reset() forgets what a view read of the graph. */
const pages = {tasks, matrix, indicators, gaps, links, partners, documents, corrections, console: cypher};
createSearch($("search"), {onPick: result => openNode(result.id)});

// note: a text, or a function giving it in the current language
let omitted = 0, note = "";
// the graph's first data has not arrived yet: the note says it is coming instead of "nothing to show"
let graphLoading = true;
// every node label and relationship type the graph has held: what the filter panel offers
const seen = {labels: new Set(), types: new Set()};

function renderNote() {
  if (graphLoading && graph.nodeCount() === 0 && mode !== "synthetic") {
    $("graph-note").textContent = t("graph.loading");
    $("graph-note").dataset.state = "loading";
    return;
  }
  delete $("graph-note").dataset.state;
  const parts = [t("graph.count", {nodes: graph.nodeCount(), links: graph.linkCount()})];
  if (note) parts.unshift(typeof note === "function" ? note() : note);
  // the overview draws the best connected nodes up to its cap: the rest are counted, not hidden silently
  if (omitted) parts.push(t(mode === "overview" ? "graph.capped" : "graph.omitted", {n: omitted}));
  if (mode === "overview") parts.push(...notDrawn());
  if (graph.nodeCount() === 0 && mode !== "synthetic") parts.push(t("graph.empty"));
  $("graph-note").textContent = parts.join(" · ");
}

/**
 * Why the overview holds fewer nodes than the header counts: the kinds it never draws (the document's structure,
 * annex rows, indicators and targets), named with their number. Kinds left out by a filter are the filter's doing.
 */
function notDrawn() {
  if (!stats?.nodes) return [];
  const drawn = graph.counts();
  const chosen = state.get().labels;
  const missing = Object.entries(stats.nodes)
    .filter(([label, n]) => n > 0 && !drawn.has(label) && !ENTITY_LABELS.includes(label) && label !== "Task"
      && (!chosen || chosen.includes(label)));
  if (!missing.length) return [];
  const n = missing.reduce((sum, [, count]) => sum + count, 0);
  return [t("graph.notDrawn", {kinds: missing.map(([label]) => labelName(label)).join(lang() === "en" ? ", " : "、"), n})];
}

function renderLegend() {
  const legend = $("legend");
  legend.replaceChildren();
  const active = state.get().labels;
  const counts = [...graph.counts()].sort((a, b) => b[1] - a[1]);
  for (const [label] of counts) seen.labels.add(label);
  for (const type of graph.types()) seen.types.add(type);
  // on a narrow screen the legend folds behind one button, so that it takes a line, not the graph
  const toggle = document.createElement("button");
  toggle.type = "button";
  toggle.className = "legend-toggle";
  toggle.dataset.testid = "legend-toggle";
  toggle.textContent = t("legend.toggle", {n: counts.length});
  toggle.setAttribute("aria-expanded", String(legend.classList.contains("open")));
  toggle.addEventListener("click", () => {
    legend.classList.toggle("open");
    toggle.setAttribute("aria-expanded", String(legend.classList.contains("open")));
  });
  legend.append(toggle);
  for (const [label, count] of counts) {
    const item = document.createElement("button");
    item.type = "button";
    item.dataset.label = label;
    item.className = active && !active.includes(label) ? "off" : "";
    const swatch = document.createElement("span");
    swatch.className = "swatch";
    swatch.style.background = colour(label);
    const name = document.createElement("span");
    name.textContent = labelName(label);
    const n = document.createElement("span");
    n.className = "count";
    n.textContent = String(count);
    item.append(swatch, name, n);
    item.addEventListener("click", () => {
      const all = counts.map(([l]) => l);
      const current = new Set(active ?? all);
      if (current.has(label)) current.delete(label); else current.add(label);
      const next = [...current];
      applyFilters(next.length === all.length && !active ? null : next, state.get().types ?? null, {refetch: false});
    });
    legend.append(item);
  }
}

function renderFilters() {
  const box = $("filters");
  box.replaceChildren();
  // only what the graph can draw: the kinds it has held (and those chosen now), never the document's structure
  const labels = [...new Set([...seen.labels, ...graph.counts().keys(), ...(state.get().labels ?? [])])];
  const types = [...new Set([...seen.types, ...graph.types(), ...(state.get().types ?? [])])];
  const chosen = {labels: new Set(state.get().labels ?? labels), types: new Set(state.get().types ?? types)};
  for (const [kind, values, name] of [["labels", labels, labelName], ["types", types, typeName]]) {
    const h = document.createElement("h4");
    h.textContent = t(`filters.${kind}`);
    const grid = document.createElement("div");
    grid.className = "grid";
    for (const value of values) {
      const label = document.createElement("label");
      const check = document.createElement("input");
      check.type = "checkbox";
      check.checked = chosen[kind].has(value);
      check.dataset.kind = kind;
      check.value = value;
      label.append(check, document.createTextNode(name(value)));
      grid.append(label);
    }
    box.append(h, grid);
  }
  const actions = document.createElement("div");
  actions.className = "actions";
  const button = (key, onClick) => {
    const b = document.createElement("button");
    b.type = "button";
    b.textContent = t(key);
    b.addEventListener("click", onClick);
    actions.append(b);
  };
  const checks = () => [...box.querySelectorAll("input[type=checkbox]")];
  button("filters.all", () => checks().forEach(c => { c.checked = true; }));
  button("filters.none", () => checks().forEach(c => { c.checked = false; }));
  button("filters.apply", () => {
    const pick = kind => checks().filter(c => c.dataset.kind === kind);
    // nothing chosen would read as "no filter" and show everything: it is refused, saying why
    if (["labels", "types"].some(kind => !pick(kind).some(c => c.checked))) {
      refused.hidden = false;
      return;
    }
    const value = kind => pick(kind).every(c => c.checked) ? null : pick(kind).filter(c => c.checked).map(c => c.value);
    applyFilters(value("labels"), value("types"), {refetch: true});
    box.hidden = true;
  });
  button("filters.close", () => { box.hidden = true; });
  const refused = document.createElement("p");
  refused.className = "filters-refused";
  refused.dataset.testid = "filters-refused";
  refused.setAttribute("role", "alert");
  refused.textContent = t("filters.pickOne");
  refused.hidden = true;
  box.addEventListener("change", () => { refused.hidden = true; });
  box.append(actions, refused);
}

async function applyFilters(labels, types, {refetch}) {
  state.update({labels, types});
  if (refetch && mode === "overview") await loadOverview();
  graph.setFilters({labels, types});
}

async function loadOverview() {
  const generation = ++graphGeneration;
  mode = "overview";
  note = "";
  omitted = 0;
  state.update({task: null, doc: null});
  const {labels, types} = state.get();
  let data;
  try {
    data = await api.get("/api/graph", {labels, types});
  } finally {
    if (generation === graphGeneration) graphLoading = false;
  }
  if (generation !== graphGeneration) return;
  omitted = data.omitted ?? 0;
  graph.setData(data);
  graph.setFilters({labels, types});
}

/** Shows the subgraph of a task; document tells tasks of the same number in different documents apart. */
async function showTask(number, document) {
  const generation = ++graphGeneration;
  const task = await api.get(`/api/tasks/${encodeURIComponent(number)}`, {document});
  if (generation !== graphGeneration) return;
  mode = "task";
  note = t("graph.task", {n: task.number});
  state.update({task: String(task.number), doc: task.document ?? document ?? null});
  const subgraph = task.graph ?? {nodes: [], links: []};
  // the subgraph lists the task's neighbours; the task itself is its centre
  const centre = {id: task.id, label: "Task", name: task.title ?? String(task.number)};
  graph.setData({nodes: [centre, ...subgraph.nodes.filter(n => n.id !== task.id)], links: subgraph.links});
  omitted = subgraph.omitted ?? 0;
  graph.setFilters({labels: state.get().labels, types: state.get().types});
  showView("graph");
  selectNode(task.id);
}

/**
 * Adds a node's neighbours (at most 50) around it; the node itself is added when the graph lacks it. Unless quiet,
 * says how many were added, or that there was nothing new (the layout then stays as it is).
 */
async function expand(id, {quiet = false} = {}) {
  const body = await api.get(`${api.node(id)}/neighbors`, {limit: 50});
  if (!graph.has(id) && !body.nodes.some(n => n.id === id)) {
    const node = await api.get(api.node(id));
    const degree = Object.values(node.degree ?? {}).reduce((a, b) => a + b, 0);
    body.nodes = [{id: node.id, label: node.label, name: node.name, degree}, ...body.nodes];
  }
  const fresh = body.nodes.filter(n => !graph.has(n.id)).length;
  const name = graph.node(id)?.name ?? body.nodes.find(n => n.id === id)?.name ?? id;
  graph.merge(body, fresh ? id : undefined);
  omitted = body.omitted ?? 0;
  renderNote();
  if (!quiet) api.showInfo(fresh ? t("graph.expanded", {name, n: fresh}) : t("graph.nothingNew", {name}));
  return fresh;
}

/** Selects a node in the graph (adding it with its neighbours if ensure and it is missing) and shows its details. */
async function selectNode(id, {centre = false, ensure = false} = {}) {
  state.update({sel: id});
  if (id == null) {
    graph.select(null);
    details.render(null);
    return;
  }
  if (ensure && !graph.has(id) && mode !== "synthetic") await expand(id, {quiet: true}).catch(() => {});
  graph.select(id, {centre});
  if (mode === "synthetic") return;
  detailsRequest?.abort();
  detailsRequest = new AbortController();
  try {
    details.render(await api.get(api.node(id), {}, {signal: detailsRequest.signal}));
  } catch (error) {
    if (error.name !== "AbortError") details.render(null);
  }
}

/**
 * After a correction or an undo: the graph shown again (the overview reloaded, a removed node hidden) and
 * the details of select (undefined: the node selected now, if it still exists; null: none).
 */
async function afterCorrection({select, removed} = {}) {
  if (removed && graph.has(removed)) graph.hide(removed);
  if (mode === "overview") await loadOverview().catch(() => {});
  // what the table views read of the graph may have changed with it
  forgetTasks();
  for (const [name, page] of Object.entries(pages)) if (name !== "corrections") page.reset?.();
  loadStats();
  const id = select === undefined ? state.get().sel : select;
  const exists = id != null && await api.get(api.node(id), {}, {quiet: true}).then(() => true, () => false);
  await selectNode(exists ? id : null, {ensure: exists});
}

function openNode(id) {
  showView("graph");
  return selectNode(id, {centre: true, ensure: true});
}

/**
 * A name clicked in a table view: its details beside the table, which stays (the details' "show in graph" takes it
 * there); the graph selects it meanwhile. Elsewhere it opens in the graph.
 */
function peekNode(id) {
  const view = state.get().view;
  if (!view || view === "paths") return openNode(id);
  return selectNode(id, {ensure: true});
}

function showView(view) {
  if (!VIEWS.includes(view)) view = "graph";
  state.update({view: view === "graph" ? null : view});
  for (const button of document.querySelectorAll("#tabs button")) {
    button.setAttribute("aria-selected", String(button.dataset.view === view));
  }
  details.viewChanged();
  const graphLike = view === "graph" || view === "paths";
  $("view-graph").hidden = !graphLike;
  $("paths-panel").hidden = view !== "paths";
  for (const [name, page] of Object.entries(pages)) {
    $(`view-${name}`).hidden = view !== name;
    if (view !== name) continue;
    const placeholder = loadingPlaceholder(name);
    page.show().then(() => clearRetry(name), () => offerRetry(name)).finally(() => placeholder?.remove());
  }
}

/**
 * A view shown before its data has ever arrived (a first visit; a cold server answers gaps in seconds) says it is
 * loading instead of staying blank; the view's own content replaces or follows it.
 */
function loadingPlaceholder(name) {
  const container = $(`view-${name}`);
  if ([...container.children].some(c => !c.classList.contains("retry-box"))) return null;
  const box = document.createElement("div");
  box.className = "view-loading";
  box.dataset.testid = "view-loading";
  const spin = document.createElement("span");
  spin.className = "view-spinner";
  spin.append(document.createElement("span"));
  const text = document.createElement("span");
  text.textContent = t("view.loading");
  box.append(spin, text);
  container.append(box);
  return box;
}

/**
 * A view whose data did not arrive (offline, server down) says so with a retry button instead of staying blank; the
 * error itself was already shown as a toast by the API layer.
 */
function offerRetry(name) {
  const container = $(`view-${name}`);
  clearRetry(name);
  const box = document.createElement("div");
  box.className = "retry-box";
  box.dataset.testid = "retry";
  const message = document.createElement("p");
  message.textContent = t("retry.failed");
  const button = document.createElement("button");
  button.type = "button";
  button.textContent = t("retry.button");
  button.addEventListener("click", () => showView(name));
  box.append(message, button);
  container.prepend(box);
}

function clearRetry(name) {
  $(`view-${name}`)?.querySelector(":scope > .retry-box")?.remove();
}

/** Shows the graph of a console result in the explorer's graph, where it selects and expands like any other. */
function showQueryGraph(data) {
  graphGeneration++;
  mode = "query";
  note = t("graph.query");
  omitted = 0;
  state.update({task: null, doc: null});
  graph.setData({nodes: data.nodes, links: data.links});
  graph.setFilters({labels: null, types: null});
  state.update({labels: null, types: null});
  showView("graph");
}

/**
 * Draws paths into the graph: thick, every node named, the rest faded; focus moves the view to them, clear of the
 * paths panel when it is open.
 */
function showPath(nodeIds, links, focus) {
  const panel = $("paths-panel");
  // the panel covers the graph's right side where it floats over it; on a phone it stands above the graph
  const covers = !panel.hidden && getComputedStyle(panel).position === "absolute";
  graph.highlight(nodeIds, links, {focus, right: covers ? panel.offsetWidth + 10 : 0});
  pathShown();
}

/** Keeps the toolbar's "clear" and the paths view in step with the graph, which forgets paths when replaced. */
function pathShown() {
  const now = graph.showsPath();
  if (pathWasShown && !now) paths.cleared();
  pathWasShown = now;
  $("clear-path").hidden = !now;
}

/** Ends the paths drawn (the paths view's "clear", the toolbar's, or Esc): the graph as it was. */
function clearPath() {
  graph.clearPath();
  paths.cleared();
  pathShown();
  if (typeof note === "function") { note = ""; renderNote(); }
}

/** Adds the paths that explain a recommendation (or its path number index) to the graph and shows them. */
async function showPartnerPaths(entity, item, index) {
  const nodes = new Map([[entity.id, entity], [item.id, {id: item.id, label: item.label, name: item.name}]]);
  const pathLinks = [];
  const chosen = index == null ? item.explanation.paths : [item.explanation.paths[index]];
  for (const path of chosen) {
    for (const n of path.nodes) nodes.set(n.id, {id: n.id, label: n.label, name: n.name});
    pathLinks.push(...path.links.map(l => ({source: l.source, target: l.target, type: l.type, evidence: []})));
  }
  graph.merge({nodes: [...nodes.values()], links: pathLinks}, graph.has(entity.id) ? entity.id : undefined);
  note = () => t("graph.partner", {a: entity.name, b: item.name});
  showView("graph");
  showPath([...nodes.keys()], pathLinks, true);
  renderNote();
  detailsRequest?.abort();
  detailsRequest = new AbortController();
  details.render(await api.get(api.node(item.id), {}, {signal: detailsRequest.signal}).catch(() => null));
}

/** The Neo4j Browser link in the header and the Bolt URI in the console, when the server offers them. */
function showServerLinks(body) {
  const browser = $("neo4j-browser");
  browser.hidden = !body?.neo4jBrowser;
  if (body?.neo4jBrowser) browser.href = body.neo4jBrowser;
  cypher.setLinks(body);
}

function loadStats() {
  return api.get("/api/stats").then(body => { stats = body; setDocuments(body.documents); renderStats(); renderNote(); })
    .catch(() => {});
}

/**
 * A document was loaded or removed: the header's counts, the overview and what the views read are read again
 * (each view when it is next shown); a task's subgraph or a query result stays as the planner asked for it.
 */
function graphDataChanged() {
  forgetTasks();
  for (const page of Object.values(pages)) page.reset?.();
  loadStats();
  if (mode === "overview") loadOverview().catch(() => {});
}

function renderStats() {
  const documents = stats?.documents ?? [];
  const count = stats?.documentCount ?? documents.length;
  // one document: its number and title; a corpus: the newest, and how many more
  const first = documents.length ? `${documents[0].number ?? ""} ${documents[0].title ?? ""}`.trim() : "";
  $("doc-title").textContent = count > 1 ? t("stats.newest", {title: first, n: count - 1}) : first;
  const sum = o => Object.values(o ?? {}).reduce((a, b) => a + b, 0);
  $("stats").textContent = stats ? t("stats.summary", {nodes: sum(stats.nodes), rels: sum(stats.relationships), docs: count}) : "";
}

function renderLanguage() {
  $("lang").textContent = t("lang.switch");
  renderStats();
  renderLegend();
  renderNote();
  if (!$("filters").hidden) renderFilters();
  details.refresh();
  for (const page of Object.values(pages)) page.render();
  paths.render();
}

async function start() {
  const initial = state.get();
  setLang(initial.lang === "en" ? "en" : "zh");
  onLangChange(renderLanguage);
  renderLanguage();
  applyTo(document);

  $("guide").addEventListener("click", () => details.showGuide());
  $("lang").addEventListener("click", () => {
    const next = lang() === "zh" ? "en" : "zh";
    state.update({lang: next === "zh" ? null : next});
    setLang(next);
  });
  for (const button of document.querySelectorAll("#tabs button")) {
    button.addEventListener("click", () => showView(button.dataset.view));
  }
  $("fit").addEventListener("click", () => graph.fit());
  $("clear-path").addEventListener("click", () => clearPath());
  document.addEventListener("keydown", event => {
    // Esc in a text field or a dialog belongs to it (closing suggestions, cancelling)
    if (event.key !== "Escape" || event.defaultPrevented || !graph.showsPath()) return;
    if (event.target.closest?.("input:not([type=checkbox]), textarea, select, dialog")) return;
    clearPath();
  });
  $("overview").addEventListener("click", () => { if (mode !== "synthetic") loadOverview().catch(() => {}); });
  $("filters-toggle").addEventListener("click", () => {
    const box = $("filters");
    if (box.hidden) renderFilters();
    box.hidden = !box.hidden;
  });
  for (const format of ["png", "svg"]) {
    $(`export-${format}`).addEventListener("click", async () => {
      window.collabgraph.lastExport = await exportGraph(graph, format);
    });
  }

  if (initial.industry || initial.university) links.filter(initial);
  showView(initial.view ?? "graph");

  const synthetic = Number(initial.synthetic);
  if (synthetic > 0) {
    mode = "synthetic";
    graphGeneration++;
    graph.setData(syntheticGraph(Math.min(synthetic, 50000)));
    return;
  }
  loadStats();
  editing.load().then(writable => { if (writable) details.refresh(); });
  api.get("/api/links", {}, {quiet: true}).then(showServerLinks).catch(() => {});
  if (initial.gap) gaps.select(initial.gap).catch(() => {});
  if (initial.for) partners.open({id: initial.for}, initial.kind ?? null).catch(() => {});
  try {
    if (initial.task) await showTask(initial.task, initial.doc);
    else await loadOverview();
  } catch {
    return;
  }
  if (initial.sel) await selectNode(initial.sel, {ensure: true, centre: true});
  if (initial.hops) paths.setHops(initial.hops);
  if (initial.through) paths.setThrough(initial.through);
  if (initial.from && initial.to) {
    const [from, to] = await Promise.all([initial.from, initial.to].map(id => api.get(api.node(id)).catch(() => null)));
    if (from && to) {
      paths.setEnd("from", from);
      paths.setEnd("to", to);
      if (initial.view === "paths") paths.run().catch(() => {});
    }
  }
  if (initial.view && initial.view !== "graph" && initial.view !== "paths") showView(initial.view);
}

/** Hooks for tests and benchmarks: canvas nodes are not DOM elements, so they are reached through here. */
window.collabgraph = {
  fps: () => graph.fps(),
  get drawnAt() { return graph.hooks.drawnAt; },
  get frames() { return graph.hooks.frames; },
  get firstDrawMs() { return graph.hooks.firstDrawMs; },
  get nodeCount() { return graph.nodeCount(); },
  get linkCount() { return graph.linkCount(); },
  selected: () => graph.selected(),
  highlighted: () => graph.highlighted(),
  /** The ids of the nodes named in the last frame, whether a node is drawn faded, the zoom transform. */
  labelled: () => graph.labelled(),
  labelBoxes: () => graph.labelBoxes(),
  faded: id => graph.faded(id),
  transform: () => graph.transform(),
  /** The view as an SVG document (what "export SVG" downloads). */
  svg: () => graph.toSVG(),
  select: id => selectNode(id, {centre: true, ensure: true}),
  expand: id => expand(id),
  /** What the graph note says now. */
  note: () => $("graph-note").textContent,
  has: id => graph.has(id),
  screenPosition: id => graph.screenPosition(id),
  alpha: () => graph.alpha(),
  /** Where the force layout runs: "worker", "page" (no worker, or ?layout=page), "pending" while a worker starts. */
  get layoutRunsIn() { return graph.layoutRunsIn(); },
  profile: rounds => graph.profile(rounds),
  lastExport: null,
  /**
   * Drags node id (default: the first in the data) in a circle for ms milliseconds like a pointer would; resolves
   * to {fps: frames drawn per second, layoutFps: layout updates per second, longTasks, longTaskMs: the page's
   * tasks over 50 ms meanwhile, as the browser reports them}.
   */
  benchDrag(ms = 3000, id = graph.firstId()) {
    const at = graph.position(id);
    if (!at) return Promise.resolve({fps: 0, layoutFps: 0, longTasks: 0, longTaskMs: 0});
    const longTasks = [];
    const observer = typeof PerformanceObserver === "function"
      && PerformanceObserver.supportedEntryTypes?.includes("longtask")
      ? new PerformanceObserver(list => longTasks.push(...list.getEntries())) : null;
    observer?.observe({type: "longtask"});
    const start = performance.now(), frames0 = graph.hooks.frames, updates0 = graph.hooks.layoutUpdates;
    graph.drag.start(id);
    return new Promise(resolve => {
      const step = now => {
        const a = (now - start) / 400;
        graph.drag.to(id, at.x + 60 * Math.cos(a), at.y + 60 * Math.sin(a));
        if (now - start < ms) requestAnimationFrame(step);
        else {
          graph.drag.end(id);
          observer?.disconnect();
          const seconds = (performance.now() - start) / 1000;
          resolve({
            fps: (graph.hooks.frames - frames0) / seconds,
            layoutFps: (graph.hooks.layoutUpdates - updates0) / seconds,
            longTasks: longTasks.length,
            longTaskMs: longTasks.reduce((sum, task) => sum + task.duration, 0),
          });
        }
      };
      requestAnimationFrame(step);
    });
  },
};

start();
