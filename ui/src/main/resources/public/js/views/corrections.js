// The Corrections view: every correction, newest first (what, who, when, why, how many loaded documents it changes,
// a conflict when none), with undo, export and import for editors; read-only for readers.
import * as api from "../api.js";
import * as corrections from "../corrections-api.js";
import {t, lang} from "../i18n.js";
import {el, button, downloadLink} from "../dom.js";
import {confirmAction} from "../dialog.js";
import {describe, outcome} from "../correction-text.js";

const PAGE = 20;

/** handlers: onChanged() after an undo or an import changed the graph. */
export function createCorrections(container, handlers) {
  let items = null, next = null, writable = false, loading = false;

  /** Shown: asked again each time, since corrections are also made from the details panel. */
  async function show() {
    loading = true;
    render();
    try {
      const body = await corrections.list(0, PAGE);
      items = body.corrections ?? [];
      next = body.next ?? null;
      writable = body.writable === true;
    } finally {
      loading = false;
      render();
    }
  }

  async function more() {
    loading = true;
    render();
    try {
      const body = await corrections.list(next, PAGE);
      items = [...items, ...(body.corrections ?? [])];
      next = body.next ?? null;
    } finally {
      loading = false;
      render();
    }
  }

  function render() {
    container.replaceChildren();
    const head = el("div", "view-head");
    head.append(el("h2", null, t("corrections.title")),
      downloadLink(t("corrections.export"), corrections.exportUrl, "collabgraph-corrections.json", "corrections-export"));
    if (writable) head.append(importButton());
    head.append(el("span", "hint", t(writable ? "corrections.hint" : "corrections.readOnly")));
    container.append(head);
    if (items == null) {
      if (loading) container.append(spinner());
      return;
    }
    if (!items.length) {
      const empty = el("p", "placeholder", t("corrections.empty"));
      empty.dataset.testid = "corrections-empty";
      container.append(empty);
      return;
    }
    const table = el("table", "data corrections");
    table.dataset.testid = "corrections-table";
    const header = table.createTHead().insertRow();
    for (const key of ["what", "who", "when", "why", "documents"]) header.append(el("th", null, t(`corrections.col.${key}`)));
    if (writable) header.append(el("th"));
    const body = table.createTBody();
    for (const item of items) body.append(row(item));
    const scroll = el("div", "table-scroll");
    scroll.append(table);
    container.append(scroll);
    if (loading) container.append(spinner());
    else if (next != null) container.append(button(t("corrections.more"), more, "corrections-more"));
  }

  function row({correction: c, documents}) {
    const tr = el("tr");
    tr.dataset.testid = "correction-row";
    tr.dataset.id = c.id;
    tr.dataset.kind = c.kind;
    const what = el("td", null, describe(c));
    what.dataset.testid = "correction-what";
    const changed = el("td", "num");
    if (documents > 0) changed.textContent = t("corrections.documents", {n: documents});
    else {
      const badge = el("span", "conflict-badge", t("corrections.conflict"));
      badge.dataset.testid = "correction-conflict";
      badge.title = t("corrections.conflictHint");
      changed.append(badge);
    }
    tr.append(what, el("td", null, c.editor ?? ""), el("td", "num", when(c.at)), el("td", null, c.reason ?? ""), changed);
    if (writable) {
      const cell = el("td");
      cell.append(button(t("corrections.undo"), () => undo(c), "correction-undo"));
      tr.append(cell);
    }
    return tr;
  }

  async function undo(c) {
    if (!await confirmAction(t("corrections.undoConfirm", {what: describe(c)}), {reason: false, testid: "confirm-dialog",
      ok: t("corrections.undo")})) return;
    let answer;
    try {
      answer = await corrections.undo(c.id);
    } catch {
      return;
    }
    if (!answer) return;
    api.showInfo(outcome("correction.undone", answer));
    handlers.onChanged();
    await show().catch(() => {});
  }

  /** A file picker that imports the chosen export. */
  function importButton() {
    const label = el("label", "button-link file-button", t("corrections.import"));
    const input = el("input", "file-input");
    input.type = "file";
    input.accept = ".json,application/json";
    input.dataset.testid = "corrections-import-file";
    input.addEventListener("change", async () => {
      const file = input.files?.[0];
      input.value = "";
      if (file) await importFile(file);
    });
    label.append(input);
    return label;
  }

  async function importFile(file) {
    let list;
    try {
      list = JSON.parse(await file.text());
      if (!Array.isArray(list)) throw new Error("not an array");
    } catch {
      api.showError(new api.ApiError(t("corrections.badFile", {name: file.name}), 0, {}));
      return;
    }
    let answer;
    try {
      answer = await corrections.importAll(list);
    } catch {
      return;
    }
    if (!answer) return;
    api.showInfo(t("corrections.imported", {imported: answer.imported, skipped: answer.skipped,
      documents: answer.documents?.length ?? 0, conflicts: answer.conflicts?.length ?? 0}));
    handlers.onChanged();
    await show().catch(() => {});
  }

  function spinner() {
    const box = el("div", "view-spinner");
    box.dataset.testid = "corrections-loading";
    box.append(el("span"));
    return box;
  }

  const when = at => at ? new Date(at).toLocaleString(lang() === "en" ? "en-GB" : "zh-CN") : "";

  return {show, render};
}
