// Paths between two entities: which types a path may pass through, then up to three paths as cards (the shortest
// first, then alternatives through other nodes), each a chain read in its relationships' directions. The paths are
// drawn into the graph; hovering or clicking a card shows that path alone, "clear" (or Esc) ends it.
import * as api from "../api.js";
import {t, labelName} from "../i18n.js";
import {el, button} from "../dom.js";
import {pathCards} from "../path-cards.js";
import {createSearch} from "./search.js";

/** The labels a path may pass through, in the order offered; the first ones are the server's default. */
export const THROUGH_LABELS = ["University", "Enterprise", "Platform", "Park", "Industry", "Unit", "Region", "Task",
  "AnnexTask", "Indicator", "Target"];
/** The server's default (not through units, regions or tasks while another path exists): sent as no list at all. */
export const DEFAULT_THROUGH = ["University", "Enterprise", "Platform", "Park", "Industry"];

/**
 * handlers: onResult({nodes, links}) to merge into the graph, onHighlight(nodeIds, links, {focus}) to draw paths,
 * onClear() to end them, onEnds(from, to, hops, through) when the question changes (for the address bar).
 */
export function createPaths(panel, handlers) {
  const ends = {from: null, to: null};
  let hops = 4, result = null, active = -1, request = null;
  let shown = false;   // whether the graph shows this view's paths (Esc or "clear" ends them)
  let through = new Set(DEFAULT_THROUGH);
  const pickers = {};

  panel.replaceChildren();
  panel.dataset.testid = "paths-panel";
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
  select.dataset.testid = "paths-hops";
  for (let i = 1; i <= 6; i++) select.append(new Option(String(i), String(i), i === hops, i === hops));
  select.addEventListener("change", () => { hops = +select.value; changed(); });
  hopField.append(hopCaption, select);

  const throughBox = el("fieldset", "path-through");
  throughBox.dataset.testid = "paths-through";
  const throughCaption = el("legend", null, t("paths.through"));
  throughBox.append(throughCaption);
  const throughNames = new Map();
  for (const label of THROUGH_LABELS) {
    const item = el("label");
    const check = el("input");
    check.type = "checkbox";
    check.value = label;
    check.checked = through.has(label);
    check.dataset.testid = `through-${label}`;
    check.addEventListener("change", () => {
      if (check.checked) through.add(label); else through.delete(label);
      changed();
    });
    const name = el("span", null, labelName(label));
    throughNames.set(label, name);
    item.append(check, name);
    throughBox.append(item);
  }

  const actions = el("div", "path-actions");
  const find = button(t("paths.find"), () => run().catch(() => {}), "paths-find");
  const clear = button(t("paths.clear"), () => clearPaths(), "paths-clear");
  actions.append(find, clear);
  const summary = el("p", "more");
  summary.dataset.testid = "paths-summary";
  const relaxedNote = el("p", "path-relaxed");
  relaxedNote.dataset.testid = "paths-relaxed";
  relaxedNote.hidden = true;
  const hint = el("p", "hint", t("paths.hint"));
  hint.hidden = true;
  const list = el("div");
  panel.append(hopField, throughBox, actions, summary, relaxedNote, hint, list);

  /** The labels to send: none when they are the default, so that the server may relax it. */
  function throughParam() {
    const chosen = THROUGH_LABELS.filter(l => through.has(l));
    const isDefault = chosen.length === DEFAULT_THROUGH.length && DEFAULT_THROUGH.every(l => through.has(l));
    return isDefault ? null : chosen;
  }

  function changed() {
    handlers.onEnds(ends.from?.id ?? null, ends.to?.id ?? null, hops, throughParam());
  }

  function setEnd(which, node) {
    ends[which] = node;
    pickers[which].search.set(node);
    changed();
  }

  async function run() {
    if (!ends.from || !ends.to) { summary.textContent = t("paths.pick"); return; }
    const chosen = throughParam();
    // no type ticked: nothing may lie between the two, so only a direct link joins them (an empty list would be
    // read as the default)
    const direct = chosen !== null && chosen.length === 0;
    request?.abort();
    request = new AbortController();
    try {
      result = await api.get("/api/paths", {from: ends.from.id, to: ends.to.id, maxHops: direct ? 1 : hops,
        through: direct ? DEFAULT_THROUGH : chosen}, {signal: request.signal});
    } catch (error) {
      if (error.name !== "AbortError") {
        result = null;
        renderList();
        summary.textContent = t("paths.failed", {msg: error.message});
      }
      throw error;
    }
    active = -1;
    renderList();
    highlight({focus: true});
  }

  function syncChecks() {
    for (const check of throughBox.querySelectorAll("input[type=checkbox]")) check.checked = through.has(check.value);
  }

  /** Draws the active path (or every path when none is active) into the graph. */
  function highlight({focus = false} = {}) {
    shown = !!result && result.paths.length > 0;
    if (!shown) { handlers.onClear(); return; }
    show(active >= 0 ? [result.paths[active]] : result.paths, focus);
  }

  function show(chosen, focus) {
    // the graph may have been replaced since (the overview reloaded): the paths' nodes go in again first
    handlers.onResult({nodes: result.nodes, links: result.links});
    handlers.onHighlight(chosen.flatMap(p => p.nodes), chosen.flatMap(p => p.links), {focus});
  }

  function clearPaths() {
    active = -1;
    shown = false;
    handlers.onClear();
    renderList();
  }

  function renderList() {
    list.replaceChildren();
    relaxedNote.hidden = true;
    hint.hidden = true;
    if (!result) return;
    const n = result.paths.length;
    summary.textContent = !n ? t("paths.none", {n: hops})
      : t("paths.count", {n}) + (n > 1 ? t("paths.order") : "") + (result.truncated ? t("paths.truncated") : "");
    if (result.relaxed) {
      relaxedNote.hidden = false;
      relaxedNote.textContent = t("paths.relaxed", {types: DEFAULT_THROUGH.map(labelName).join(t("list.sep"))});
    }
    hint.hidden = result.paths.length === 0;
    const byId = new Map(result.nodes.map(n => [n.id, n]));
    const paths = result.paths.map(path => ({nodes: path.nodes.map(id => byId.get(id) ?? {id, name: id}),
      links: path.links}));
    list.append(pathCards(paths, {
      active,
      // hovering previews a path without moving the view; a click keeps it and moves there
      onPreview: i => show([result.paths[i]], false),
      onLeave: () => { if (shown) highlight(); else handlers.onClear(); },
      onPick: i => { active = active === i ? -1 : i; renderList(); highlight({focus: true}); },
    }));
  }

  return {
    setEnd,
    setHops(n) { hops = +n || 4; select.value = String(hops); },
    /** The labels a path may pass through (from a shared link); unknown ones are left out. */
    setThrough(labels) {
      const known = (labels ?? []).filter(l => THROUGH_LABELS.includes(l));
      through = new Set(known.length ? known : DEFAULT_THROUGH);
      syncChecks();
    },
    run,
    highlight,
    /** Forgets which card is active (the graph's paths were cleared elsewhere, by Esc or the toolbar). */
    cleared() {
      if (!shown && active < 0) return;
      active = -1;
      shown = false;
      renderList();
    },
    render() {
      title.textContent = t("paths.title");
      for (const which of ["from", "to"]) pickers[which].caption.textContent = t(`paths.${which}`);
      hopCaption.textContent = t("paths.maxHops");
      throughCaption.textContent = t("paths.through");
      for (const [label, name] of throughNames) name.textContent = labelName(label);
      find.textContent = t("paths.find");
      clear.textContent = t("paths.clear");
      hint.textContent = t("paths.hint");
      renderList();
    },
  };
}
