// Partner recommendations for one entity: a ranked list with score bars; each score is calibrated (约 12%: the share
// of pairs scored alike that are partners in the documents), each row explains itself ("why": shared neighbours,
// shared industries, the paths as cards, the evidence quotes), and clicking a row shows its paths in the graph.
import * as api from "../api.js";
import {t, labelName, lang} from "../i18n.js";
import {el, chip, button, downloadLink} from "../dom.js";
import {pathCards} from "../path-cards.js";
import {createSearch} from "./search.js";

/** The labels that take partners (the server's Kinds). */
export const PARTNER_LABELS = ["Enterprise", "University", "Park", "Region", "Platform"];

/**
 * handlers: onNode(id), onPath(entity, item, index?) to show an item's paths (one of them when index is given),
 * onEntity(id|null, kind|null), selection() the node selected in the graph ({id, label, name}) or null.
 */
export function createPartners(container, handlers) {
  let entity = null, kind = null, limit = 10, result = null, request = null;
  const whyOpen = new Set();

  container.replaceChildren();
  const head = el("div", "view-head");
  const title = el("h2");
  const box = el("div", "search partners-search");
  const search = createSearch(box, {onPick: node => open(node), testid: "partners", placeholder: "partners.placeholder", labels: PARTNER_LABELS});
  head.append(title, box);
  const tools = el("div", "view-head");
  const body = el("div");
  container.append(head, tools, body);

  /** Recommends partners of node ({id, label?, name?}); kind narrows the candidates to one label. */
  async function open(node, nextKind = null) {
    entity = node;
    kind = nextKind;
    whyOpen.clear();
    search.set(node);
    await load();
  }

  async function load() {
    if (!entity) return;
    request?.abort();
    request = new AbortController();
    try {
      result = await api.get("/api/recommendations", {for: entity.id, label: kind, limit}, {signal: request.signal});
    } catch (error) {
      if (error.name !== "AbortError") { result = null; render(); }
      return;
    }
    entity = result.entity;
    search.set(entity);
    handlers.onEntity(entity.id, kind);
    render();
  }

  function render() {
    title.textContent = t("partners.title");
    tools.replaceChildren();
    body.replaceChildren();
    if (!result) { body.append(el("p", "placeholder", t("partners.pick"))); return; }
    const kinds = el("select");
    kinds.dataset.testid = "partners-kind";
    kinds.append(new Option(t("partners.anyKind"), ""));
    for (const k of result.offered ?? result.kinds) kinds.append(new Option(labelName(k), k, false, k === kind));
    kinds.addEventListener("change", () => { kind = kinds.value || null; load(); });
    const limits = el("select");
    for (const n of [10, 20, 50]) limits.append(new Option(t("partners.top", {n}), String(n), false, n === limit));
    limits.addEventListener("change", () => { limit = +limits.value; load(); });
    const heading = el("span", "partners-for");
    heading.append(document.createTextNode(t("partners.for")), chip(result.entity.label), document.createTextNode(" "),
      button(result.entity.name, () => handlers.onNode(result.entity.id), null, "linkish"));
    tools.append(heading, kinds, limits,
      downloadLink(t("export.csv"), api.url("/api/recommendations", {for: entity.id, label: kind, limit, format: "csv", lang: lang()}), "partners.csv", "partners-csv"));
    if (!result.items.length) { body.append(el("p", "more", t("partners.none"))); return; }
    const top = Math.max(...result.items.map(i => i.calibrated), 1e-9);
    const list = el("ol", "partner-list");
    list.dataset.testid = "partner-list";
    result.items.forEach((item, i) => list.append(row(item, i, top)));
    body.append(el("p", "hint", t("partners.hint")), list);
  }

  function row(item, rank, top) {
    const li = el("li", "partner");
    li.dataset.testid = "partner";
    li.dataset.id = item.id;
    const line = el("div", "partner-line");
    const bar = el("span", "bar");
    const fill = el("i");
    fill.style.width = `${Math.max(2, 100 * item.calibrated / top).toFixed(1)}%`;
    bar.append(fill);
    const why = button(t("partners.why"), event => {
      event.stopPropagation();
      if (whyOpen.has(item.id)) whyOpen.delete(item.id); else whyOpen.add(item.id);
      explanation.hidden = !whyOpen.has(item.id);
      why.setAttribute("aria-expanded", String(!explanation.hidden));
    }, "partner-why");
    const score = el("span", "score", t("partners.score", {n: percent(item.calibrated)}));
    score.dataset.testid = "partner-score";
    score.title = t("partners.meaning", {n: percent(item.calibrated)});
    line.append(el("span", "rank", `${rank + 1}`), chip(item.label), el("span", "name", item.name), bar, score);
    line.append(el("span", item.linked ? "linked" : null, item.linked ? t("partners.linked") : ""), why);
    const explanation = explain(item);
    explanation.hidden = !whyOpen.has(item.id);
    why.setAttribute("aria-expanded", String(!explanation.hidden));
    const reason = el("div", "partner-reason", reasonText(item));
    reason.dataset.testid = "partner-reason";
    li.append(line, reason, explanation);
    line.addEventListener("click", () => handlers.onPath(result.entity, item));
    return li;
  }

  /**
   * Why, in plain words: the tasks both take part in, what else both are linked with, the industries both belong to
   * (都参与任务『做大做强“双创”平台载体』；同属装备制造产业); a profile's likeness only when nothing is shared.
   */
  function reasonText(item) {
    const x = item.explanation;
    const parts = [];
    const tasks = x.sharedNeighbours.filter(n => n.label === "Task" || n.label === "AnnexTask");
    const others = x.sharedNeighbours.filter(n => !tasks.includes(n) && n.label !== "Industry");
    tasks.slice(0, 2).forEach(n => parts.push(t("reason.task", {name: n.name})));
    others.slice(0, 2).forEach(n => parts.push(t("reason.with", {name: n.name})));
    if (x.sharedIndustries.length) parts.push(t("reason.industry", {names: x.sharedIndustries.slice(0, 3).join("、")}));
    if (!parts.length && x.industryFit > 0) parts.push(t("reason.fit", {fit: x.industryFit.toFixed(2)}));
    if (!parts.length) parts.push(t("reason.paths"));
    return parts.join(t("reason.separator"));
  }

  function explain(item) {
    const x = item.explanation;
    const box = el("div", "explanation");
    box.dataset.testid = "partner-explanation";
    const section = (key, content) => {
      const part = el("div", "why-part");
      part.append(el("span", "k", t(key)), content);
      box.append(part);
    };
    if (x.sharedNeighbours.length) {
      const names = el("span");
      x.sharedNeighbours.forEach((n, i) => {
        if (i > 0) names.append(document.createTextNode("、"));
        const link = button(n.name, () => handlers.onNode(n.id), "shared-neighbour", "linkish");
        link.title = `${labelName(n.label)} · ${t("partners.weight", {w: n.weight.toFixed(3)})}`;
        names.append(link);
      });
      section("partners.shared", names);
    }
    if (x.sharedIndustries.length) section("partners.industries", el("span", null, x.sharedIndustries.join("、")));
    const fit = el("span", null, t("partners.fitMeaning", {fit: x.industryFit.toFixed(2)}));
    fit.dataset.testid = "partner-fit";
    section("partners.fit", fit);
    const meaning = el("span", null, t("partners.meaning", {n: percent(item.calibrated)}) + t("reason.separator")
      + t("partners.raw", {raw: item.score.toFixed(3)}));
    meaning.dataset.testid = "partner-meaning";
    section("partners.likelihood", meaning);
    // the same cards as the paths view: each relation read in its own direction; a click draws that path alone in
    // the graph, zoomed to it, its nodes named and the rest faded
    if (x.paths.length) {
      section("partners.path", pathCards(x.paths, {testid: "partner-path", onPick: i => handlers.onPath(result.entity, item, i)}));
    }
    for (const quote of x.quotes) {
      const q = el("blockquote", "evidence");
      q.dataset.testid = "partner-quote";
      q.append(el("mark", null, quote));
      box.append(q);
    }
    if (!x.sharedNeighbours.length && !x.sharedIndustries.length && !x.quotes.length) box.append(el("p", "more", t("partners.noReason")));
    return box;
  }

  /**
   * Opening the tab takes the entity selected in the graph, when it takes partners and was not offered before: a planner
   * who selected 徐工集团 and opens 合作推荐 means its partners, but one who then chose another here keeps that choice.
   */
  let offered = null;
  async function show() {
    const node = handlers.selection?.();
    if (!node || !PARTNER_LABELS.includes(node.label) || node.id === offered) return;
    offered = node.id;
    if (node.id !== entity?.id) await open(node);
  }

  render();
  return {open, render, show, current: () => entity};
}

/** A share as a percentage read at a glance: 12, 3.4, 0.27 (as the server's Calibration writes it). */
export function percent(share) {
  const p = share * 100;
  return p >= 9.5 ? p.toFixed(0) : p >= 0.95 ? p.toFixed(1) : p.toFixed(2);
}
