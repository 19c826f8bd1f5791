// One small line chart per indicator over the years; ▲ marks the years whose value is an "at least".
import * as api from "../api.js";
import {lang, t} from "../i18n.js";

const W = 300, H = 150, M = {top: 22, right: 18, bottom: 24, left: 40};

/**
 * An axis number in the reader's language: 2万 and 1.5亿 in Chinese, 20,000 in English. Never SI's 8k, which beside
 * a unit such as 万元/平方公里 reads as thousands of that unit.
 */
export function axisNumber(value, language = lang()) {
  const round = v => String(+v.toFixed(2));
  if (language !== "zh") return value.toLocaleString("en", {maximumFractionDigits: 2});
  const size = Math.abs(value);
  if (size >= 1e8) return round(value / 1e8) + "亿";
  if (size >= 1e4) return round(value / 1e4) + "万";
  return round(value);
}

export function createIndicators(container) {
  let indicators = null;

  async function show() {
    indicators ??= await api.get("/api/indicators");
    render();
  }

  function render() {
    if (!indicators) return;
    container.replaceChildren();
    const head = document.createElement("div");
    head.className = "view-head";
    const title = document.createElement("h2");
    title.textContent = t("indicators.title");
    const hint = document.createElement("span");
    hint.className = "hint";
    hint.textContent = t("indicators.atLeast");
    head.append(title, hint);
    const grid = document.createElement("div");
    grid.className = "charts";
    container.append(head, grid);
    for (const indicator of indicators) grid.append(chart(indicator));
  }

  function chart(indicator) {
    const box = document.createElement("figure");
    box.className = "chart";
    box.dataset.testid = "indicator";
    box.style.margin = "0";
    const name = document.createElement("h3");
    name.textContent = indicator.name;
    const unit = document.createElement("span");
    unit.className = "unit-label";
    unit.textContent = indicator.unit ? `（${indicator.unit}）` : "";
    name.append(unit);
    box.append(name);

    const atLeast = new Set((indicator.atLeastYears ?? []).map(String));
    const data = Object.entries(indicator.values ?? {})
      .map(([year, value]) => ({year, value: +value, atLeast: atLeast.has(year)}))
      .filter(d => Number.isFinite(d.value))
      .sort((a, b) => a.year.localeCompare(b.year));
    const x = d3.scalePoint(data.map(d => d.year), [M.left, W - M.right]).padding(0.3);
    const [lo, hi] = d3.extent(data, d => d.value);
    const y = d3.scaleLinear([Math.min(0, lo ?? 0), (hi ?? 1) * 1.15 || 1], [H - M.bottom, M.top]).nice();
    const svg = d3.create("svg").attr("viewBox", `0 0 ${W} ${H}`).attr("width", "100%");
    svg.append("g").attr("transform", `translate(0,${H - M.bottom})`).call(d3.axisBottom(x).tickSizeOuter(0))
      .call(g => g.select(".domain").attr("stroke", "#cbd2d9"));
    svg.append("g").attr("transform", `translate(${M.left},0)`).call(d3.axisLeft(y).ticks(4).tickFormat(v => axisNumber(v)))
      .call(g => g.select(".domain").remove())
      .call(g => g.selectAll(".tick line").attr("x2", W - M.left - M.right).attr("stroke", "#eef0f3"));
    svg.append("path").attr("class", "line").attr("d", d3.line(d => x(d.year), d => y(d.value))(data));
    svg.append("g").selectAll("circle").data(data, d => d.year).join("circle")
      .attr("class", "dot").attr("cx", d => x(d.year)).attr("cy", d => y(d.value)).attr("r", 3.5)
      .append("title").text(d => `${d.year}: ${d.atLeast ? "≥ " : ""}${d.value}${indicator.unit ?? ""}`);
    svg.append("g").selectAll("text").data(data, d => d.year).join("text")
      .attr("class", "value").attr("x", d => x(d.year)).attr("y", d => y(d.value) - 9).attr("text-anchor", "middle")
      .text(d => `${d.atLeast ? "≥" : ""}${d.value}`);
    svg.append("g").selectAll("path").data(data.filter(d => d.atLeast), d => d.year).join("path")
      .attr("class", "atleast").attr("data-testid", "at-least")
      .attr("transform", d => `translate(${x(d.year)},${y(d.value) + 12})`)
      .attr("d", d3.symbol(d3.symbolTriangle, 40));
    box.append(svg.node());
    return box;
  }

  return {show, render, reset: () => { indicators = null; }};
}
