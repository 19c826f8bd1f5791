// The responsibility matrix: units × tasks, lead and co in different colours and sizes, sortable by load.
import {t} from "../i18n.js";
import {loadTasks} from "./tasks.js";

const CELL = 20, LEFT = 150, TOP = 34, RIGHT = 70;

/** handlers: onNode(id), onTask({number, document}). */
export function createMatrix(container, handlers) {
  let tasks = null, sort = "load";

  async function show() {
    tasks ??= await loadTasks();
    render();
  }

  function render() {
    if (!tasks) return;
    const columns = tasks.slice().sort((a, b) => String(a.document ?? "").localeCompare(String(b.document ?? "")) || a.number - b.number);
    const units = new Map();
    for (const task of columns) {
      for (const u of task.units ?? []) {
        const row = units.get(u.id) ?? units.set(u.id, {id: u.id, name: u.name, lead: 0, load: 0, cells: []}).get(u.id);
        const role = u.role === "lead" || u.role === "co" ? u.role : "resp";
        row.cells.push({key: `${u.id}|${task.id}`, unit: u.id, task, role});
        row.load++;
        if (role === "lead") row.lead++;
      }
    }
    // units of different cities share names (科技局): name the city when a name repeats
    const named = d3.rollup([...units.values()], v => v.length, d => d.name);
    for (const row of units.values()) {
      const city = row.id.split(":").length > 2 ? row.id.split(":")[1] : "";
      if (named.get(row.name) > 1 && city) row.name = `${row.name}（${city}）`;
    }
    const rows = [...units.values()].sort(sort === "load"
      ? (a, b) => b.load - a.load || b.lead - a.lead || a.name.localeCompare(b.name, "zh")
      : (a, b) => a.name.localeCompare(b.name, "zh"));

    container.replaceChildren();
    const head = document.createElement("div");
    head.className = "view-head";
    const title = document.createElement("h2");
    title.textContent = t("matrix.title");
    const toggle = document.createElement("button");
    toggle.type = "button";
    toggle.dataset.testid = "matrix-sort";
    toggle.textContent = sort === "load" ? t("matrix.sortName") : t("matrix.sortLoad");
    toggle.addEventListener("click", () => { sort = sort === "load" ? "name" : "load"; render(); });
    const legend = document.createElement("span");
    legend.className = "matrix-legend";
    for (const role of ["lead", "resp", "co"]) {
      const item = document.createElement("span");
      const swatch = document.createElement("i");
      swatch.style.background = `var(--${role})`;
      if (role === "co") swatch.style.transform = "scale(.65)";
      item.append(swatch, document.createTextNode(t(`matrix.${role}`)));
      legend.append(item);
    }
    const hint = document.createElement("span");
    hint.className = "hint";
    hint.textContent = t("matrix.hint");
    head.append(title, toggle, legend, hint);
    container.append(head);
    // a document that names no lead or co unit shows every duty as "responsible": say so, not leave it to be guessed
    const byDocument = d3.rollup(columns.flatMap(task => (task.units ?? []).map(u => ({document: task.document, role: u.role}))),
      v => v.some(u => u.role === "lead" || u.role === "co"), d => d.document ?? "");
    const unroled = [...byDocument.values()].filter(roled => !roled).length;
    if (unroled > 0) {
      const note = document.createElement("p");
      note.className = "hint roles-note";
      note.dataset.testid = "matrix-roles-note";
      note.textContent = unroled === byDocument.size ? t("matrix.noRoles") : t("matrix.someNoRoles", {n: unroled});
      container.append(note);
    }

    const width = LEFT + columns.length * CELL + RIGHT, height = TOP + rows.length * CELL + 10;
    const x = d3.scaleBand(columns.map(d => d.id), [LEFT, LEFT + columns.length * CELL]).padding(0.08);
    const y = d3.scaleBand(rows.map(d => d.id), [TOP, TOP + rows.length * CELL]).padding(0.08);
    const svg = d3.create("svg").attr("class", "matrix").attr("width", width).attr("height", height)
      .attr("data-testid", "matrix");

    svg.append("g").attr("class", "col")
      .selectAll("text")
      .data(columns, d => d.id)
      .join("text")
      .attr("x", d => x(d.id) + x.bandwidth() / 2)
      .attr("y", TOP - 8)
      .attr("text-anchor", "middle")
      .style("cursor", "pointer")
      .text(d => d.number)
      .on("click", (event, d) => handlers.onTask(d))
      .append("title").text(d => `${d.number}. ${d.title}`);

    const row = svg.append("g")
      .selectAll("g")
      .data(rows, d => d.id)
      .join("g")
      .attr("class", "row")
      .attr("data-testid", "matrix-row")
      .attr("transform", d => `translate(0,${y(d.id)})`);
    row.append("rect").attr("class", "bg").attr("x", LEFT).attr("width", columns.length * CELL).attr("height", y.bandwidth()).attr("opacity", (d, i) => i % 2 ? 0.5 : 1);
    row.append("text").attr("class", "unit-name").attr("x", LEFT - 8).attr("y", y.bandwidth() / 2).attr("dy", "0.35em")
      .attr("text-anchor", "end").text(d => d.name)
      .on("click", (event, d) => handlers.onNode(d.id));
    row.append("text").attr("class", "load").attr("x", LEFT + columns.length * CELL + 8).attr("y", y.bandwidth() / 2).attr("dy", "0.35em")
      .text(d => `${t("matrix.load", {n: d.load})}`);
    row.selectAll("rect.cell")
      .data(d => d.cells, d => d.key)
      .join("rect")
      .attr("class", d => `cell ${d.role}`)
      .attr("data-role", d => d.role)
      .attr("x", d => x(d.task.id) + (d.role === "co" ? x.bandwidth() * 0.18 : 0))
      .attr("y", d => d.role === "co" ? y.bandwidth() * 0.18 : 0)
      .attr("width", d => x.bandwidth() * (d.role === "co" ? 0.64 : 1))
      .attr("height", d => y.bandwidth() * (d.role === "co" ? 0.64 : 1))
      .attr("rx", 2)
      .style("cursor", "pointer")
      .on("click", (event, d) => handlers.onTask(d.task))
      .append("title").text(d => `${d.task.number}. ${d.task.title} — ${t(`role.${d.role}`)}`);
    container.append(svg.node());
  }

  return {show, render, reset: () => { tasks = null; }};
}
