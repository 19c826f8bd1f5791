// The Documents view: the documents loaded into the graph (paged, with what each holds and its warnings) and, when
// the server lets editors write, adding one — a file dropped or picked is uploaded and previewed, nothing written
// yet, then loaded or discarded — and removing a loaded one.
import * as api from "../api.js";
import {t, labelName} from "../i18n.js";
import {el, button, chip} from "../dom.js";
import {authorised} from "../credential.js";
import {openDialog} from "../dialog.js";

const PAGE = 20;
const MAX_PAGE = 200;

/** handlers: onChanged() once a document was loaded or removed, so the rest of the explorer reads the graph again. */
export function createDocuments(container, handlers) {
  let listing = null;        // the server's answer, with the documents of every page read so far
  let listError = null;
  let loading = false, loadingMore = false;
  let upload = null;         // {phase: parsing | preview | committing | discarding, file, preview}
  let notice = null;         // the last outcome: {kind: success | info | error, text}
  const removing = new Set();
  const unfolded = new Set(); // documents whose warnings are open, kept across redraws

  const head = el("div", "view-head");
  const writeBox = el("section", "documents-write");
  const noticeBox = el("div");
  const listBox = el("section", "documents-list");
  listBox.dataset.testid = "documents-list";
  container.append(head, writeBox, noticeBox, listBox);
  // a file dropped beside the drop zone would make the browser leave the explorer to show it
  for (const type of ["dragover", "drop"]) container.addEventListener(type, event => event.preventDefault());

  async function show() {
    if (!listing && !loading) await reload();
    else render();
  }

  /** Reads the list again from its start, as many documents as are shown. */
  async function reload() {
    loading = true;
    render();
    try {
      const limit = Math.min(MAX_PAGE, Math.max(PAGE, listing?.documents.length ?? 0));
      listing = await api.get("/api/documents", {skip: 0, limit}, {quiet: true});
      listError = null;
    } catch (error) {
      listError = failure("documents.listFailed", error);
    } finally {
      loading = false;
    }
    render();
  }

  async function more() {
    loadingMore = true;
    renderList();
    try {
      const page = await api.get("/api/documents", {skip: listing.next, limit: PAGE}, {quiet: true});
      listing = {...page, documents: [...listing.documents, ...page.documents]};
    } catch (error) {
      say("error", failure("documents.listFailed", error));
    } finally {
      loadingMore = false;
    }
    renderList();
  }

  // ---- writes

  /** Uploads a file for its preview, once it passed the checks the server would make anyway. */
  async function choose(file, count = 1) {
    if (upload) return;
    const problem = check(file);
    if (problem) {
      say("error", problem);
      return;
    }
    say(count > 1 ? "info" : null, count > 1 ? t("documents.oneAtATime", {name: file.name}) : null);
    try {
      const preview = await authorised(authorization => {
        upload = {phase: "parsing", file: file.name};
        renderWrite();
        const form = new FormData();
        form.append("file", file, file.name);
        return api.write("POST", "/api/documents", {form, authorization}, {quiet: true});
      });
      upload = preview ? {phase: "preview", file: file.name, preview} : null;
    } catch (error) {
      upload = null;
      say("error", failure("documents.uploadFailed", error));
    }
    renderWrite();
    writeBox.querySelector(upload ? "[data-testid=documents-preview] h3" : "[data-testid=documents-dropzone]")?.focus();
  }

  function check(file) {
    const extension = file.name.includes(".") ? file.name.split(".").pop().toLowerCase() : "";
    if (!listing.formats.includes(extension)) {
      return t("documents.badType", {name: file.name, formats: formats()});
    }
    if (file.size > listing.maxUploadBytes) {
      return t("documents.tooLarge", {name: file.name, size: bytes(file.size), limit: bytes(listing.maxUploadBytes)});
    }
    return null;
  }

  async function load() {
    const {preview} = upload;
    upload = {...upload, phase: "committing"};
    renderWrite();
    try {
      const loaded = await authorised(authorization => api.write("POST",
        `/api/documents/${encodeURIComponent(preview.id)}/commit`, {authorization}, {quiet: true}));
      if (!loaded) {
        upload = {...upload, phase: "preview"};
        renderWrite();
        return;
      }
      upload = null;
      say("success", t("documents.loaded", {title: loaded.title ?? preview.title ?? preview.file,
        nodes: sum(loaded.summary?.nodesCreated), rels: sum(loaded.summary?.relationshipsCreated)}));
      handlers.onChanged();
      await reload();
      writeBox.querySelector("[data-testid=documents-dropzone]")?.focus();
    } catch (error) {
      // an expired preview is gone from the server: upload the file again; otherwise the preview stays for a retry
      upload = error.status === 404 ? null : {...upload, phase: "preview"};
      say("error", failure("documents.loadFailed", error));
      renderWrite();
    }
  }

  async function discard() {
    const {preview} = upload;
    upload = {...upload, phase: "discarding"};
    renderWrite();
    try {
      const done = await authorised(authorization => api.write("DELETE",
        `/api/documents/${encodeURIComponent(preview.id)}`, {authorization}, {quiet: true}));
      upload = done ? null : {...upload, phase: "preview"};
      if (done) say("success", t("documents.discarded", {name: preview.file}));
    } catch (error) {
      // 404: it expired on the server already, which is what discarding wanted
      upload = error.status === 404 ? null : {...upload, phase: "preview"};
      if (error.status === 404) say("success", t("documents.discarded", {name: preview.file}));
      else say("error", failure("documents.discardFailed", error));
    }
    renderWrite();
    writeBox.querySelector("[data-testid=documents-dropzone]")?.focus();
  }

  async function remove(doc) {
    const name = titleOf(doc);
    const sure = await openDialog({
      testid: "remove-dialog", title: t("documents.removeTitle"), message: t("documents.removeConfirm", {title: name}),
      confirm: t("documents.remove"), cancel: t("dialog.cancel"), danger: true,
    });
    if (!sure) return;
    removing.add(doc.id);
    renderList();
    try {
      const done = await authorised(authorization => api.write("DELETE",
        `/api/documents/${encodeURIComponent(doc.id)}`, {authorization}, {quiet: true}));
      if (done) {
        say("success", t("documents.removed", {title: name}));
        handlers.onChanged();
        removing.delete(doc.id);
        await reload();
      }
    } catch (error) {
      say("error", failure("documents.removeFailed", error));
    } finally {
      removing.delete(doc.id);
      renderList();
    }
  }

  /** A failure in the page's language: what failed, why when the status says it, then the server's own words. */
  function failure(lead, error) {
    // status 0: the server was not reached (the message says so in the page's language)
    if (!error.status) return `${t(lead)}${error.message}`;
    if (error.status === 503) return `${t(lead)}${t("documents.why.503")}`;
    const why = t(`documents.why.${error.status}`);
    return `${t(lead)}${why === `documents.why.${error.status}` ? "" : why}${error.message} (${error.status})`;
  }

  function say(kind, text) {
    notice = kind && text ? {kind, text} : null;
    renderNotice();
  }

  // ---- drawing

  function render() {
    head.replaceChildren(el("h2", null, t("documents.title")), el("span", "hint", t("documents.hint")));
    renderWrite();
    renderNotice();
    renderList();
  }

  function renderNotice() {
    noticeBox.replaceChildren();
    if (!notice) return;
    const box = el("p", `documents-notice ${notice.kind}`, notice.text);
    box.dataset.testid = "documents-notice";
    box.dataset.kind = notice.kind;
    box.setAttribute("role", notice.kind === "error" ? "alert" : "status");
    noticeBox.append(box);
  }

  function renderWrite() {
    writeBox.replaceChildren();
    if (!listing) return;
    if (!listing.writable) writeBox.append(readOnly());
    else if (!upload) writeBox.append(dropZone());
    else if (upload.phase === "parsing") writeBox.append(busy(t("documents.parsing", {name: upload.file}), "documents-parsing"));
    else writeBox.append(previewCard(upload.preview, upload.phase));
  }

  function readOnly() {
    const box = el("div", "documents-readonly");
    box.dataset.testid = "documents-readonly";
    box.append(el("p", null, t("documents.readOnly")), el("p", "hint", t("documents.readOnlyHow")));
    const how = el("pre", "commands");
    how.textContent = "bin/collabgraph editor-password NAME >> editors.txt\nbin/collabgraph serve --editors editors.txt\n\n"
      + "COLLABGRAPH_EDITOR_TOKEN=… bin/collabgraph serve";
    box.append(how);
    return box;
  }

  function dropZone() {
    const zone = el("div", "drop-zone");
    zone.dataset.testid = "documents-dropzone";
    zone.tabIndex = 0;
    zone.setAttribute("role", "button");
    zone.setAttribute("aria-label", `${t("documents.drop")} ${t("documents.accepts", {formats: formats(), limit: bytes(listing.maxUploadBytes)})}`);
    const input = el("input", "visually-hidden");
    input.type = "file";
    input.accept = listing.formats.map(f => `.${f}`).join(",");
    input.tabIndex = -1;
    input.dataset.testid = "documents-file";
    input.addEventListener("change", () => {
      if (input.files.length) choose(input.files[0], input.files.length);
    });
    zone.append(el("span", "drop-icon"), el("strong", null, t("documents.drop")),
      el("span", "hint", t("documents.accepts", {formats: formats(), limit: bytes(listing.maxUploadBytes)})), input);
    zone.addEventListener("click", event => { if (event.target !== input) input.click(); });
    zone.addEventListener("keydown", event => {
      if (event.key !== "Enter" && event.key !== " ") return;
      event.preventDefault();
      input.click();
    });
    for (const type of ["dragenter", "dragover"]) {
      zone.addEventListener(type, event => {
        event.preventDefault();
        zone.classList.add("over");
      });
    }
    zone.addEventListener("dragleave", () => zone.classList.remove("over"));
    zone.addEventListener("drop", event => {
      event.preventDefault();
      zone.classList.remove("over");
      const files = event.dataTransfer?.files;
      if (files?.length) choose(files[0], files.length);
    });
    return zone;
  }

  function previewCard(preview, phase) {
    const card = el("article", "preview-card");
    card.dataset.testid = "documents-preview";
    card.dataset.status = preview.status;
    const title = el("h3", null, preview.title || preview.file);
    title.tabIndex = -1;
    card.append(el("p", "preview-label", t("documents.preview")), title,
      el("p", "meta", join([preview.number, preview.date, `${preview.file}（${preview.format.toUpperCase()}，${bytes(preview.bytes)}）`])));
    const status = el("p", `preview-status ${preview.status.toLowerCase()}`,
      t(`documents.status.${preview.status}`, {title: preview.loaded ? titleOf(preview.loaded) : ""}));
    status.dataset.testid = "preview-status";
    card.append(status, counts(preview.counts), entityCounts(preview.counts.entities));
    card.append(warnings(preview.warnings, preview.warningCount, "preview-warnings", null));
    card.append(entityList("documents.newEntities", preview.newEntities, preview.newEntityCount, "preview-new-entity"));
    card.append(entityList("documents.mergedEntities", preview.mergedEntities, preview.mergedEntityCount, "preview-merged-entity"));

    const actions = el("div", "preview-actions");
    const working = phase === "committing" || phase === "discarding";
    const loadButton = button(t("documents.load"), () => load(), "documents-load", "primary");
    const discardButton = button(t("documents.discard"), () => discard(), "documents-discard");
    loadButton.disabled = discardButton.disabled = working;
    actions.append(loadButton, discardButton);
    if (working) actions.append(busy(t(phase === "committing" ? "documents.committing" : "documents.discarding"), "documents-working"));
    else actions.append(el("span", "hint", t("documents.kept", {n: Math.max(1, Math.round(preview.keptForSeconds / 60))})));
    card.append(actions);
    return card;
  }

  function counts(c) {
    const list = el("ul", "count-list");
    list.dataset.testid = "preview-counts";
    const item = (key, n, params = {}) => {
      const li = el("li", null, t(`documents.count.${key}`, {n, ...params}));
      li.dataset.count = key;
      li.dataset.value = String(n);
      list.append(li);
    };
    item("sections", c.sections);
    item("tasks", c.tasks, {units: c.tasksWithUnits});
    item("annexRows", c.annexRows, {units: c.annexRowsWithUnits});
    item("indicators", c.indicators);
    item("targets", c.targets);
    item("relationships", c.relationships);
    return list;
  }

  function entityCounts(entities) {
    const box = el("div", "entity-counts");
    box.append(el("span", "k", t("documents.entitiesByType")));
    const named = Object.entries(entities ?? {}).filter(([, n]) => n > 0);
    if (!named.length) box.append(el("span", "hint", t("documents.none")));
    for (const [label, n] of named) {
      const item = el("span", "entity-count");
      item.append(chip(label), document.createTextNode(String(n)));
      box.append(item);
    }
    return box;
  }

  function entityList(key, entities, total, testid) {
    const box = el("section", "entity-list");
    box.dataset.testid = `${testid}s`;
    box.append(el("h4", null, t(key, {n: total})));
    if (!entities.length) {
      box.append(el("p", "hint", t("documents.none")));
      return box;
    }
    const list = el("ul");
    for (const entity of entities) {
      const li = el("li");
      li.dataset.testid = testid;
      li.dataset.name = entity.name;
      li.append(chip(entity.label), el("span", "name", entity.name));
      if (entity.existingName && entity.existingName !== entity.name) {
        li.append(el("span", "merges", t("documents.mergesInto", {name: entity.existingName})));
      }
      list.append(li);
    }
    box.append(list);
    if (total > entities.length) box.append(el("p", "hint", t("documents.listedOf", {n: entities.length, total})));
    return box;
  }

  /** The warnings folded under their count; key keeps a loaded document's open across redraws. */
  function warnings(list, total, testid, key) {
    if (!total) return el("p", "hint", t("documents.noWarnings"));
    const box = el("details", "warnings");
    box.dataset.testid = testid;
    box.open = key != null && unfolded.has(key);
    if (key != null) box.addEventListener("toggle", () => { if (box.open) unfolded.add(key); else unfolded.delete(key); });
    box.append(el("summary", null, t("documents.warnings", {n: total})));
    const items = el("ul");
    for (const warning of list) items.append(el("li", null, warning));
    box.append(items);
    if (total > list.length) box.append(el("p", "hint", t("documents.moreWarnings", {n: total - list.length})));
    return box;
  }

  function renderList() {
    listBox.replaceChildren();
    if (listError) listBox.append(el("p", "documents-notice error", listError));
    if (!listing) {
      if (loading) listBox.append(busy(t("documents.loading"), "documents-loading"));
      return;
    }
    const total = el("h3", null, t("documents.total", {n: listing.total}));
    total.dataset.testid = "documents-total";
    total.dataset.total = String(listing.total);
    listBox.append(total);
    if (!listing.documents.length) {
      const empty = el("p", "placeholder", t("documents.empty"));
      empty.dataset.testid = "documents-empty";
      listBox.append(empty);
      return;
    }
    const list = el("ul", "document-list");
    for (const doc of listing.documents) list.append(row(doc));
    listBox.append(list);
    if (listing.next != null) {
      const rest = listing.total - listing.documents.length;
      const next = button(t("documents.more", {n: rest}), () => more(), "documents-more");
      next.disabled = loadingMore;
      listBox.append(next);
      if (loadingMore) listBox.append(busy(t("documents.loading"), "documents-loading"));
    }
  }

  function row(doc) {
    const li = el("li", "document-card");
    li.dataset.testid = "document";
    li.dataset.id = doc.id;
    const top = el("div", "document-top");
    top.append(el("h4", null, titleOf(doc)));
    if (listing.writable) {
      const busyRemoving = removing.has(doc.id);
      const removeButton = button(t(busyRemoving ? "documents.removing" : "documents.remove"), () => remove(doc),
        "document-remove", "danger-link");
      removeButton.disabled = busyRemoving;
      removeButton.setAttribute("aria-label", `${t("documents.remove")} ${titleOf(doc)}`);
      top.append(removeButton);
    }
    const source = doc.source ? `${doc.source}${doc.format ? `（${doc.format.toUpperCase()}）` : ""}` : null;
    li.append(top, el("p", "meta", join([
      doc.number && `${t("documents.number")} ${doc.number}`,
      doc.date && `${t("documents.date")} ${doc.date}`,
      source && `${t("documents.source")} ${source}`,
      t("documents.characters", {n: doc.characters}),
    ])));
    const figures = el("ul", "count-list");
    for (const key of ["tasks", "annexRows", "indicators", "entities"]) {
      const item = el("li", null, t(`documents.held.${key}`, {n: doc[key]}));
      item.dataset.count = key;
      item.dataset.value = String(doc[key]);
      figures.append(item);
    }
    li.append(figures, warnings(doc.warnings ?? [], doc.warningCount ?? 0, "document-warnings", doc.id));
    return li;
  }

  function busy(text, testid) {
    const box = el("div", "busy");
    box.dataset.testid = testid;
    box.setAttribute("role", "status");
    box.append(el("span", "busy-dot"), el("span", null, text));
    return box;
  }

  const formats = () => listing.formats.map(f => `.${f}`).join(" ");

  return {show, render};
}

const titleOf = d => d.title || d.number || d.source || d.id || "";
const join = parts => parts.filter(Boolean).join(" · ");
const sum = counts => Object.values(counts ?? {}).reduce((a, b) => a + b, 0);

/** A size as people read it: 512 KB, 20 MB. */
function bytes(n) {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${Math.round(n / 1024)} KB`;
  return `${Math.round(n / (1024 * 1024) * 10) / 10} MB`;
}
