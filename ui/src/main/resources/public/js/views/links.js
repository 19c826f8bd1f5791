// Industry–academia links: universities on the left, their enterprise, platform and park partners on the right
// (an SVG drawn with keyed joins), then the same links as a table with the evidence quote; filters by industry
// and university, whose choices come from the links themselves.
import * as api from "../api.js";
import {t, labelName, typeName, ruleName} from "../i18n.js";
import {documentName} from "../document-names.js";
import {colour} from "../graph.js";
import {el, chip, button, downloadLink} from "../dom.js";

const ROW = 26, LEFT = 200, GAP = 320, WIDTH = 2 * LEFT + GAP + 40;
const keyOf = l => `${l.universityId}|${l.type}|${l.partnerId}`;

/** handlers: onNode(id), onFilter({industry, university}) when the filters change. */
export function createLinks(container, handlers) {
  let all = null, links = null, filters = {industry: null, university: null}, request = null;

  async function show() {
    all ??= (await api.get("/api/links/industry-academia")).links;
    if (!links) await load();
    render();
  }

  /** Sets the filters (null: any) and reloads. */
  async function filter(next) {
    filters = {industry: next.industry ?? null, university: next.university ?? null};
    handlers.onFilter(filters);
    if (all) { await load(); render(); }
  }

  async function load() {
    request?.abort();
    request = new AbortController();
    links = (await api.get("/api/links/industry-academia", filters, {signal: request.signal})).links;
  }

  function render() {
    if (!all || !links) return;
    container.replaceChildren();
    const head = el("div", "view-head");
    head.append(el("h2", null, t("links.title")),
      select("industry", [...new Set(all.flatMap(l => l.industries))].sort((a, b) => a.localeCompare(b, "zh"))),
      select("university", [...new Set(all.map(l => l.university))].sort((a, b) => a.localeCompare(b, "zh"))),
      downloadLink(t("export.csv"), api.url("/api/links/industry-academia", {...filters, format: "csv"}),
        "industry-academia.csv", "links-csv"),
      el("span", "hint", t("links.count", {n: links.length})));
    container.append(head, legend(), bipartite(), table());
  }

  function select(kind, values) {
    const label = el("label", "filter");
    const box = el("select");
    box.dataset.testid = `links-${kind}`;
    box.append(new Option(t(`links.any.${kind}`), ""));
    for (const value of values) box.append(new Option(value, value, false, value === filters[kind]));
    box.addEventListener("change", () => filter({...filters, [kind]: box.value || null}));
    label.append(el("span", null, t(`links.${kind}`)), box);
    return label;
  }

  function legend() {
    const box = el("div", "matrix-legend");
    for (const label of [...new Set(links.map(l => l.partnerLabel))]) {
      const item = el("span");
      const swatch = el("i");
      swatch.style.background = colour(label);
      item.append(swatch, document.createTextNode(labelName(label)));
      box.append(item);
    }
    return box;
  }

  /** The bipartite drawing: one <g> per layer, every element keyed by its id. */
  function bipartite() {
    const left = [...new Map(links.map(l => [l.universityId, {id: l.universityId, name: l.university, label: "University"}])).values()];
    const right = [...new Map(links.map(l => [l.partnerId, {id: l.partnerId, name: l.partner, label: l.partnerLabel}])).values()];
    // partners in the mean order of their universities, which keeps most curves from crossing
    const rank = new Map(left.map((d, i) => [d.id, i]));
    const mean = id => d3.mean(links.filter(l => l.partnerId === id), l => rank.get(l.universityId));
    right.sort((a, b) => mean(a.id) - mean(b.id) || a.name.localeCompare(b.name, "zh"));
    const height = Math.max(left.length, right.length, 1) * ROW + 20;
    const y = (list, i) => 10 + (Math.max(left.length, right.length) - list.length) * ROW / 2 + i * ROW + ROW / 2;
    const place = new Map([...left.map((d, i) => [d.id, {x: LEFT, y: y(left, i)}]), ...right.map((d, i) => [d.id, {x: LEFT + GAP, y: y(right, i)}])]);
    const svg = d3.create("svg").attr("class", "bipartite").attr("width", WIDTH).attr("height", height)
      .attr("data-testid", "links-graph");
    svg.append("g").attr("class", "edges")
      .selectAll("path")
      .data(links, keyOf)
      .join("path")
      .attr("d", l => {
        const a = place.get(l.universityId), b = place.get(l.partnerId), mid = (a.x + b.x) / 2;
        return `M${a.x},${a.y}C${mid},${a.y} ${mid},${b.y} ${b.x},${b.y}`;
      })
      .attr("stroke", l => colour(l.partnerLabel))
      .append("title").text(l => `${l.university} ${l.outgoing ? "→" : "←"} ${typeName(l.type)} ${l.partner}`);
    for (const [side, list] of [["left", left], ["right", right]]) {
      const g = svg.append("g").attr("class", `side ${side}`)
        .selectAll("g")
        .data(list, d => d.id)
        .join("g")
        .attr("data-id", d => d.id)
        .attr("transform", d => `translate(${place.get(d.id).x},${place.get(d.id).y})`)
        .on("click", (event, d) => handlers.onNode(d.id));
      g.append("circle").attr("r", 6).attr("fill", d => colour(d.label));
      g.append("text").attr("x", side === "left" ? -10 : 10).attr("dy", "0.35em")
        .attr("text-anchor", side === "left" ? "end" : "start").text(d => d.name);
    }
    const scroll = el("div", "svg-scroll");
    scroll.append(svg.node());
    return scroll;
  }

  function table() {
    const tableEl = el("table", "data");
    tableEl.dataset.testid = "links-table";
    const header = tableEl.createTHead().insertRow();
    for (const key of ["university", "relation", "partner", "industries", "evidence"]) header.append(el("th", null, t(`links.col.${key}`)));
    const body = tableEl.createTBody();
    for (const link of links) {
      const tr = body.insertRow();
      tr.dataset.testid = "link-row";
      const university = el("td");
      university.append(button(link.university, () => handlers.onNode(link.universityId), null, "linkish"));
      const partner = el("td");
      partner.append(chip(link.partnerLabel), document.createTextNode(" "),
        button(link.partner, () => handlers.onNode(link.partnerId), null, "linkish"));
      const evidence = el("td", "quotes");
      for (const e of link.evidence) {
        const quote = el("blockquote", "evidence", e.quote);
        quote.append(el("span", "rule", [e.document && documentName(e.document), e.rule && ruleName(e.rule)].filter(Boolean).join(" · ")));
        evidence.append(quote);
      }
      tr.append(university, el("td", "relation", `${link.outgoing ? "→" : "←"} ${typeName(link.type)}`), partner,
        el("td", null, link.industries.join("、")), evidence);
    }
    return tableEl;
  }

  return {show, filter, render, reset: () => { all = null; links = null; }, filters: () => filters};
}
