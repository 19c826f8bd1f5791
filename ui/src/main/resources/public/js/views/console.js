// The Cypher console: an editor with highlighting (a textarea over a highlighted <pre>, kept in sync), JSON
// parameters checked before sending, row and time limits, the session's history, the saved queries, and where to
// reach the graph with cypher-shell. Queries are read-only: the server refuses anything else.
import * as api from "../api.js";
import {t} from "../i18n.js";
import {el, button} from "../dom.js";
import {highlightInto} from "../cypher-highlight.js";
import {renderResult} from "./query-result.js";
import {createSavedQueries, savedQueryPath} from "./saved-queries.js";

const HISTORY_KEY = "collabgraph.cypherHistory";
const HISTORY_SIZE = 30;
const EXAMPLE = "MATCH (u:University)-[r]-(m)\nRETURN u, r, m\nLIMIT 25";

/** handlers: onNode(id), onGraph(graph), onExport(info). */
export function createConsole(container, handlers) {
  let links = {bolt: null}, result = null, resultTitle = "", savedLoaded = false;

  container.replaceChildren();
  const layout = el("div", "console");
  const main = el("div", "console-main");
  const side = el("aside", "console-side");
  layout.append(main, side);
  container.append(layout);

  const title = el("h2");
  const editor = el("div", "editor");
  const highlighted = el("pre", "cy-highlight");
  highlighted.setAttribute("aria-hidden", "true");
  const input = el("textarea");
  input.dataset.testid = "cypher-input";
  input.spellcheck = false;
  input.autocapitalize = "off";
  input.value = EXAMPLE;
  editor.append(highlighted, input);

  const options = el("div", "console-options");
  const params = el("textarea", "params");
  params.dataset.testid = "cypher-params";
  params.rows = 2;
  params.spellcheck = false;
  params.value = "{}";
  const limit = number("cypher-limit", 1000, 1, 10000);
  const timeout = number("cypher-timeout", 5, 1, 30);
  const captions = {params: el("span"), limit: el("span"), timeout: el("span")};
  const field = (key, control) => {
    const label = el("label", `field field-${key}`);
    label.append(captions[key], control);
    return label;
  };
  const run = button("", () => runEditor(), "cypher-run", "primary");
  options.append(field("params", params), field("limit", limit), field("timeout", timeout), run);
  const error = el("div", "console-error");
  error.dataset.testid = "cypher-error";
  error.setAttribute("role", "alert");
  error.hidden = true;
  const output = el("div", "console-result");
  output.dataset.testid = "cypher-result";
  main.append(title, editor, options, error, output);

  const boltBox = el("section", "side-box bolt");
  boltBox.dataset.testid = "bolt-box";
  boltBox.hidden = true;
  const savedTitle = el("h3"), saved = el("div", "saved-list");
  saved.dataset.testid = "saved-queries";
  const historyTitle = el("h3"), history = el("ol", "history");
  history.dataset.testid = "history";
  side.append(boltBox, savedTitle, saved, historyTitle, history);

  function number(testid, value, min, max) {
    const box = el("input");
    box.type = "number";
    box.value = String(value);
    box.min = String(min);
    box.max = String(max);
    box.dataset.testid = testid;
    return box;
  }

  input.addEventListener("input", sync);
  input.addEventListener("scroll", () => {
    highlighted.scrollTop = input.scrollTop;
    highlighted.scrollLeft = input.scrollLeft;
  });
  for (const box of [input, params]) {
    box.addEventListener("keydown", event => {
      if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
        event.preventDefault();
        runEditor();
      }
    });
  }

  function sync() {
    highlightInto(highlighted, input.value);
    highlighted.scrollTop = input.scrollTop;
  }

  /** The request from the form, or null after showing what is wrong with it. */
  function request() {
    const query = input.value.trim();
    if (!query) return fail(t("console.empty"));
    let parsed;
    try {
      parsed = params.value.trim() ? JSON.parse(params.value) : {};
    } catch (e) {
      return fail(t("console.badParams", {msg: e.message}));
    }
    if (parsed == null || typeof parsed !== "object" || Array.isArray(parsed)) return fail(t("console.paramsObject"));
    const rows = Number(limit.value), seconds = Number(timeout.value);
    if (!Number.isInteger(rows) || rows < 1 || rows > 10000) return fail(t("console.badLimit"));
    if (!Number.isInteger(seconds) || seconds < 1 || seconds > 30) return fail(t("console.badTimeout"));
    return {query, params: parsed, limit: rows, timeout: seconds};
  }

  function fail(message, detail) {
    error.replaceChildren(el("strong", null, message));
    if (detail) error.append(el("span", "detail", detail));
    error.hidden = false;
    return null;
  }

  async function runEditor() {
    const body = request();
    if (!body) return;
    remember(body.query, params.value.trim());
    await show(() => api.post("/api/cypher", body, {quiet: true}), t("console.resultOf"));
  }

  async function runSaved(name, args) {
    await show(() => api.get(savedQueryPath(name), args, {quiet: true}), name);
  }

  async function show(call, heading) {
    error.hidden = true;
    run.disabled = true;
    try {
      result = await call();
      resultTitle = heading;
      renderOutput();
    } catch (e) {
      // a refused query must not look as if it had returned the previous result
      result = null;
      renderOutput();
      const field = e.details?.field;
      // the field by the name its box carries here, not the API's (query, params)
      const named = {query: "console.queryField", params: "console.params", limit: "console.limit", timeout: "console.timeout"};
      const fieldName = named[field] ? t(named[field]) : field;
      fail(t("console.failed"), field ? `${e.message}（${t("console.field", {field: fieldName})}）` : e.message);
    } finally {
      run.disabled = false;
    }
  }

  function renderOutput() {
    if (result) renderResult(output, result, resultTitle, handlers);
    else output.replaceChildren(el("p", "more", t("console.hint")));
  }

  function remember(query, paramText) {
    const entries = readHistory().filter(h => h.query !== query);
    entries.unshift({query, params: paramText || "{}", at: Date.now()});
    try {
      localStorage.setItem(HISTORY_KEY, JSON.stringify(entries.slice(0, HISTORY_SIZE)));
    } catch {
      // storage full or refused: the history is a convenience
    }
    renderHistory();
  }

  function readHistory() {
    try {
      const parsed = JSON.parse(localStorage.getItem(HISTORY_KEY) ?? "[]");
      return Array.isArray(parsed) ? parsed.filter(h => typeof h?.query === "string") : [];
    } catch {
      return [];
    }
  }

  function renderHistory() {
    history.replaceChildren();
    const entries = readHistory();
    if (!entries.length) history.append(el("li", "more", t("console.noHistory")));
    for (const entry of entries) {
      const li = el("li");
      const use = button("", () => {
        input.value = entry.query;
        params.value = entry.params ?? "{}";
        sync();
        input.focus();
      }, "history-item", "linkish mono");
      use.append(el("code", null, entry.query));
      use.title = t("console.reuse");
      li.append(use);
      history.append(li);
    }
  }

  function renderBolt() {
    boltBox.replaceChildren();
    boltBox.hidden = !links.bolt;
    if (!links.bolt) return;
    const uri = el("code", null, links.bolt);
    uri.dataset.testid = "bolt-uri";
    const copy = button(t("console.copy"), async () => {
      try {
        await navigator.clipboard.writeText(links.bolt);
        copy.textContent = t("console.copied");
      } catch {
        window.getSelection().selectAllChildren(uri);
      }
    }, "bolt-copy");
    const example = el("code", "shell", `cypher-shell -a ${links.bolt} -u neo4j`);
    example.dataset.testid = "bolt-example";
    boltBox.append(el("h3", null, t("console.bolt")), uri, copy, el("p", "more", t("console.shell")), example);
  }

  async function loadSaved() {
    if (savedLoaded) return;
    savedLoaded = true;
    try {
      await createSavedQueries(saved, {onRun: runSaved});
    } catch {
      savedLoaded = false;
    }
  }

  function render() {
    title.textContent = t("console.title");
    run.textContent = t("console.run");
    captions.params.textContent = t("console.params");
    captions.limit.textContent = t("console.limit");
    captions.timeout.textContent = t("console.timeout");
    savedTitle.textContent = t("console.saved");
    historyTitle.textContent = t("console.history");
    renderBolt();
    renderHistory();
    renderOutput();
    if (savedLoaded) { savedLoaded = false; loadSaved(); }
  }

  sync();
  render();
  return {
    render,
    show: () => loadSaved(),
    setLinks(next) { links = next ?? {bolt: null}; renderBolt(); },
    /** Puts query into the editor (for tests and links from elsewhere). */
    setQuery(query) { input.value = query; sync(); },
    run: runEditor,
  };
}
