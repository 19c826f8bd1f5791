// The tasks of the document: responsible units with their roles, targets and the annual plan rows.
import * as api from "../api.js";
import {t} from "../i18n.js";

const el = (name, className, text) => {
  const e = document.createElement(name);
  if (className) e.className = className;
  if (text != null) e.textContent = text;
  return e;
};

let cache = null;

/** The task list (fetched once, shared with the matrix). */
export function loadTasks() {
  cache ??= api.get("/api/tasks").catch(error => { cache = null; throw error; });
  return cache;
}

/** Forgets the task list, which is fetched again when next asked for (the graph changed). */
export function forgetTasks() {
  cache = null;
}

/** handlers: onTask({number, document}), onNode(id). */
export function createTasks(container, handlers) {
  let tasks = null;

  async function show() {
    tasks ??= await loadTasks();
    render();
  }

  function render() {
    if (!tasks) return;
    container.replaceChildren();
    const head = el("div", "view-head");
    head.append(el("h2", null, t("tasks.title")), el("span", "hint", t("tasks.hint")));
    container.append(head);
    const order = (a, b) => String(a.document ?? "").localeCompare(String(b.document ?? "")) || a.number - b.number;
    for (const task of tasks.slice().sort(order)) container.append(card(task));
  }

  function card(task) {
    const box = el("article", "task-card");
    box.dataset.testid = "task";
    box.dataset.number = task.number;
    box.tabIndex = 0;
    const title = el("h3");
    title.append(el("span", "num", `${task.number}`), document.createTextNode(task.title ?? ""));
    if (task.section) title.append(el("span", "section", `§${task.section}`));
    box.append(title);
    if (task.units?.length) box.append(row(t("tasks.units"), task.units.map(unit)));
    if (task.targets?.length) box.append(row(t("tasks.targets"), task.targets.map(target => el("span", "unit", target.name))));
    if (task.annex?.length) box.append(annex(task.annex));
    box.addEventListener("click", event => {
      if (event.target.closest("button")) return;
      handlers.onTask(task);
    });
    box.addEventListener("keydown", event => { if (event.key === "Enter") handlers.onTask(task); });
    return box;
  }

  function unit(u) {
    const b = el("button", `unit ${u.role ?? ""}`, u.role ? `${u.name}（${t(`role.${u.role}`)}）` : u.name);
    b.type = "button";
    b.addEventListener("click", () => handlers.onNode(u.id));
    return b;
  }

  function row(key, items) {
    const r = el("div", "row");
    r.append(el("span", "k", key), ...items);
    return r;
  }

  function annex(rows) {
    const table = el("table", "annex");
    const header = table.createTHead().insertRow();
    header.append(el("th", null, t("tasks.year")), el("th", null, t("tasks.work")), el("th", null, t("tasks.units")));
    const body = table.createTBody();
    for (const a of rows.slice().sort((x, y) => (x.year ?? 0) - (y.year ?? 0))) {
      const r = body.insertRow();
      r.append(el("td", null, a.year != null ? String(a.year) : ""), el("td", null, a.work ?? a.title ?? ""));
      const units = el("td");
      units.append(...(a.units ?? []).map(unit));
      r.append(units);
    }
    const wrap = el("div", "row");
    wrap.append(el("span", "k", t("tasks.annex")), table);
    return wrap;
  }

  return {show, render, reset: () => { tasks = null; }};
}
