// Shortest paths between two entities, drawn into the graph and listed hop by hop.
import * as api from "../api.js";
import {t, typeName} from "../i18n.js";
import {createSearch} from "./search.js";

const el = (name, className, text) => {
  const e = document.createElement(name);
  if (className) e.className = className;
  if (text != null) e.textContent = text;
  return e;
};

/** handlers: onResult({nodes, links}) to merge into the graph, onHighlight(nodeIds, links), onEnds(from, to). */
export function createPaths(panel, handlers) {
  const ends = {from: null, to: null};
  let hops = 4, result = null, active = -1;
  const pickers = {};

  panel.replaceChildren();
  const title = el("h3", null, t("paths.title"));
  panel.append(title);
  for (const which of ["from", "to"]) {
    const field = el("label", "field");
    const caption = el("span", null, t(`paths.${which}`));
    const box = el("div", "search");
    field.append(caption, box);
    panel.append(field);
    pickers[which] = {caption, search: createSearch(box, {testid: `path-${which}`, onPick: node => setEnd(which, node)})};
  }
  const hopField = el("label", "field");
  const hopCaption = el("span", null, t("paths.maxHops"));
  const select = el("select");
  for (let i = 1; i <= 6; i++) select.append(new Option(String(i), String(i), i === hops, i === hops));
  select.addEventListener("change", () => { hops = +select.value; });
  hopField.append(hopCaption, select);
  const find = el("button", null, t("paths.find"));
  find.type = "button";
  find.dataset.testid = "paths-find";
  find.addEventListener("click", run);
  const summary = el("p", "more");
  const list = el("ul", "path-list");
  list.dataset.testid = "path-list";
  panel.append(hopField, find, summary, list);

  function setEnd(which, node) {
    ends[which] = node;
    pickers[which].search.set(node);
    handlers.onEnds(ends.from?.id ?? null, ends.to?.id ?? null, hops);
  }

  async function run() {
    if (!ends.from || !ends.to) { summary.textContent = t("paths.pick"); return; }
    result = await api.get("/api/paths", {from: ends.from.id, to: ends.to.id, maxHops: hops});
    active = -1;
    handlers.onResult({nodes: result.nodes, links: result.links});
    renderList();
    highlight();
  }

  function highlight() {
    if (!result) return;
    const chosen = active >= 0 ? [result.paths[active]] : result.paths;
    handlers.onHighlight(chosen.flatMap(p => p.nodes), chosen.flatMap(p => p.links));
  }

  function renderList() {
    list.replaceChildren();
    if (!result) return;
    summary.textContent = result.paths.length ? t("paths.count", {n: result.paths.length}) : t("paths.none", {n: hops});
    const names = new Map(result.nodes.map(n => [n.id, n.name]));
    result.paths.forEach((path, i) => {
      const li = el("li", i === active ? "active" : null);
      li.dataset.testid = "path";
      path.nodes.forEach((id, j) => {
        if (j > 0) {
          const link = path.links[j - 1];
          li.append(el("span", "hop", `—${link ? typeName(link.type) : ""}→`));
        }
        li.append(document.createTextNode(names.get(id) ?? id));
      });
      li.addEventListener("click", () => { active = active === i ? -1 : i; renderList(); highlight(); });
      list.append(li);
    });
  }

  return {
    setEnd,
    setHops(n) { hops = +n || 4; select.value = String(hops); },
    run,
    highlight,
    render() {
      title.textContent = t("paths.title");
      for (const which of ["from", "to"]) pickers[which].caption.textContent = t(`paths.${which}`);
      hopCaption.textContent = t("paths.maxHops");
      find.textContent = t("paths.find");
      renderList();
    },
  };
}
