// The details panel: what a node is, which tasks it carries, and every relation with its evidence,
// the quote highlighted inside its sentence. Document text goes in through textContent only.
import {t, lang, labelName, typeName, propName, ruleName} from "../i18n.js";
import {documentName} from "../document-names.js";
import {colour} from "../graph.js";
import {PARTNER_LABELS} from "./partners.js";
import * as api from "../api.js";
import {sentenceStart} from "../text-offsets.js";
import {evidenceGrade, strongestGrade} from "../evidence-grade.js";

/** Nodes that are themselves work items: their details list what they relate to, not tasks. */
const TASK_LABELS = ["Task", "AnnexTask"];
const SHOWN_EVIDENCE = 2;
const GUIDE_STEPS = ["guide.search", "guide.details", "guide.views", "guide.partners", "guide.analysts"];
const GUIDE_SEEN = "collabgraph.guideSeen";

/** Whether this browser has shown the guide before (a private window or blocked storage counts as a first visit). */
function guideSeen() {
  try {
    return localStorage.getItem(GUIDE_SEEN) === "1";
  } catch {
    return false;
  }
}

function markGuideSeen() {
  try {
    localStorage.setItem(GUIDE_SEEN, "1");
  } catch {
    // storage refused: the guide opens again next time, which does no harm
  }
}

const el = (name, className, text) => {
  const e = document.createElement(name);
  if (className) e.className = className;
  if (text != null) e.textContent = text;
  return e;
};

/**
 * handlers: onNode(id), onExpand(id), onHide(id), onPathEnd("from"|"to", {id, label, name}), onPartners(node) for
 * the kinds that take partner recommendations, onTable() whether a table view is shown beside the panel and
 * onShowInGraph(id) to leave it for the graph; editing
 * (optional, from createEditing) adds the editor's corrections.
 */
export function createDetails(panel, handlers) {
  let current = null;
  // a first visit shows the guide open for as long as the page lives; later visits fold it
  let guideOpen = !guideSeen();
  markGuideSeen();

  /**
   * Nothing selected: a line on what the panel shows and the guide to the explorer, open on a first visit (and when
   * asked for with the Guide button), folded afterwards so that it stays one click away without filling the panel.
   */
  function placeholder(openGuide = false) {
    const guide = el("details", "guide");
    guide.dataset.testid = "guide";
    guide.open = openGuide || guideOpen;
    const summary = el("summary", null, t("guide.title"));
    const steps = el("ol");
    for (const key of GUIDE_STEPS) steps.append(el("li", null, t(key)));
    guide.append(summary, steps);
    // folded by the reader: it stays folded when the panel is drawn again (another language, a cleared selection)
    guide.addEventListener("toggle", () => { guideOpen = guide.open; });
    const hint = el("p", "placeholder", t(handlers.onTable?.() ? "details.placeholderTable" : "details.placeholder"));
    hint.dataset.testid = "details-hint";
    panel.replaceChildren(hint, guide);
    delete panel.dataset.nodeId;
  }

  function render(node) {
    current = node;
    if (!node) return placeholder();
    panel.replaceChildren();
    panel.dataset.nodeId = node.id;
    const chip = el("span", "chip", labelName(node.label));
    chip.style.background = colour(node.label);
    const name = el("h2", null, node.name);
    name.dataset.testid = "details-name";
    panel.append(chip, name);
    const editableAliases = handlers.editing?.aliases(node);
    if (editableAliases) panel.append(editableAliases);
    else if (node.aliases?.length) panel.append(el("div", "aliases", t("details.aliases", {list: node.aliases.join("、")})));
    if (node.sameName?.length) panel.append(sameName(node));
    const degree = Object.values(node.degree ?? {}).reduce((a, b) => a + b, 0);
    panel.append(el("div", "more", t("details.degree", {n: degree})));

    const actions = el("div", "actions");
    actions.append(
      button(t("details.expand"), () => handlers.onExpand(node.id), "details-expand"),
      button(t("details.hide"), () => handlers.onHide(node.id)),
      button(t("details.pathFrom"), () => handlers.onPathEnd("from", node)),
      button(t("details.pathTo"), () => handlers.onPathEnd("to", node)));
    if (PARTNER_LABELS.includes(node.label)) {
      actions.append(button(t("details.partners"), () => handlers.onPartners(node), "details-partners"));
    }
    // beside a table the details stand alone: one click takes the node to the graph, centred
    const inGraph = button(t("details.showInGraph"), () => handlers.onShowInGraph(node.id), "details-show-in-graph");
    inGraph.hidden = !handlers.onTable?.();
    actions.prepend(inGraph);
    const edit = handlers.editing?.menu(node);
    if (edit) actions.append(edit);
    panel.append(actions);

    properties(node.properties ?? {});
    // a task's or annex row's own details list what it relates to, not "no tasks" about itself
    if (!TASK_LABELS.includes(node.label)) tasks(node);
    relations(node);
  }

  /** The other nodes of this name, and why one name may stand for two things (a park and its committee). */
  function sameName(node) {
    const box = el("div", "same-name");
    box.dataset.testid = "same-name";
    box.append(document.createTextNode(t("details.sameName")));
    node.sameName.forEach((other, i) => {
      if (i > 0) box.append(document.createTextNode("、"));
      const link = button(`${labelName(other.label)}「${other.name}」`, () => handlers.onNode(other.id));
      link.className = "linkish";
      box.append(link);
    });
    const labels = new Set([node.label, ...node.sameName.map(o => o.label)]);
    if (labels.has("Park") && labels.has("Unit")) box.append(el("div", "more", t("details.sameName.parkUnit")));
    else if (labels.has("Task") && labels.has("AnnexTask")) box.append(el("div", "more", t("details.sameName.taskAnnex")));
    return box;
  }

  function button(text, onClick, testid) {
    const b = el("button", null, text);
    b.type = "button";
    if (testid) b.dataset.testid = testid;
    b.addEventListener("click", onClick);
    return b;
  }

  function properties(props) {
    const entries = Object.entries(props).filter(([, v]) => v != null && v !== "");
    if (!entries.length) return;
    panel.append(el("h3", null, t("details.properties")));
    const table = el("table", "props");
    for (const [key, value] of entries) {
      const row = table.insertRow();
      row.append(el("th", null, propName(key)));
      const text = key === "document" ? documentName(value)
        : key === "documents" && Array.isArray(value) ? value.map(documentName).join(lang() === "en" ? ", " : "、")
          : typeof value === "object" ? format(value) : String(value);
      row.append(el("td", text.length > 80 ? "long" : null, text));
    }
    panel.append(table);
  }

  function format(value) {
    if (Array.isArray(value)) return value.join("、");
    return Object.entries(value).map(([k, v]) => `${k}: ${v}`).join("，");
  }

  /**
   * The body's tasks and the annex's rows apart (a task and its annex row share a number and a title); the first page
   * comes with the details, the rest a page at a time when asked for.
   */
  function tasks(node) {
    const list = node.tasks ?? [];
    const total = node.tasksTotal ?? 0;
    panel.append(el("h3", null, t("details.tasks")));
    if (!list.length) return panel.append(el("p", "more", t("details.noTasks")));
    const shown = el("p", "more");
    panel.append(shown);
    const box = el("div", "task-kinds");
    panel.append(box);
    const lists = new Map();
    let count = 0;
    const append = (page, next) => {
      count += page.length;
      shown.textContent = total > count ? t("details.tasksShown", {n: count, total}) : "";
      const kinds = d3.group(page, task => task.label === "AnnexTask" ? "AnnexTask" : "Task");
      for (const kind of ["Task", "AnnexTask"]) {
        const ofKind = kinds.get(kind);
        if (!ofKind) continue;
        if (!lists.has(kind)) {
          const heading = el("h4", "task-kind");
          heading.dataset.testid = `task-kind-${kind}`;
          const ul = el("ul", "task-list");
          ul.dataset.kind = kind;
          // the body's tasks above the annex's rows, whichever page brought them first
          if (kind === "Task" && lists.has("AnnexTask")) box.prepend(heading, ul);
          else box.append(heading, ul);
          lists.set(kind, {heading, ul, n: 0});
        }
        const entry = lists.get(kind);
        entry.n += ofKind.length;
        entry.heading.textContent = `${t(`taskKind.${kind}`)}（${entry.n}）`;
        for (const task of ofKind.slice().sort((a, b) => (a.number ?? 0) - (b.number ?? 0))) entry.ul.append(taskItem(task));
      }
      if (next == null) return;
      const more = button(t("details.moreTasks", {n: total - next}), async () => {
        more.disabled = true;
        const page = await api.get(`/api/nodes/${encodeURIComponent(node.id)}/tasks`, {skip: next});
        more.remove();
        if (current?.id === node.id) append(page.tasks ?? [], page.next);
      }, "details-more-tasks");
      more.className = "linkish";
      box.after(more);
    };
    append(list, node.tasksNext);
  }

  function taskItem(task) {
    const li = el("li");
    li.append(el("span", "num", task.number != null ? `${task.number}.` : ""));
    const role = task.role ?? (task.via === "MENTIONS" ? "mention" : "resp");
    if (role) li.append(el("span", `role ${role}`, t(`role.${role}`)));
    const link = button(task.title ?? task.id, () => handlers.onNode(task.id));
    link.className = "linkish";
    li.append(link);
    if (task.evidence) {
      const grade = evidenceGrade(task.evidence.rule);
      if (grade !== "stated") li.classList.add(`grade-${grade}`);
      li.append(quote(task.evidence));
    }
    return li;
  }

  /** Relations grouped by type; a page at a time (the server sends 20 partners), more on demand. */
  function relations(node) {
    panel.append(el("h3", null, t("details.relations")));
    const list = node.relations ?? [];
    if (!list.length) return panel.append(el("p", "more", t("details.noRelations")));
    const box = el("div", "rel-groups");
    panel.append(box);
    appendRelations(box, node, list, node.relationsNext);
  }

  function appendRelations(box, node, list, next) {
    for (const [type, members] of d3.group(list, r => r.type)) {
      const group = el("div", "rel-group");
      group.append(el("div", "rel-type", `${typeName(type)}（${members.length}）`));
      const ul = el("ul", "rel-list");
      for (const relation of members) ul.append(relationItem(node, relation));
      group.append(ul);
      box.append(group);
    }
    if (next == null) return;
    const more = button(t("details.moreRelations", {n: node.relationsTotal - next}), async () => {
      more.disabled = true;
      const page = await api.get(`/api/nodes/${encodeURIComponent(node.id)}`, {skip: next});
      more.remove();
      if (current?.id === node.id) appendRelations(box, node, page.relations ?? [], page.relationsNext);
    }, "details-more-relations");
    more.className = "linkish";
    box.append(more);
  }

  function relationItem(node, relation) {
    const li = el("li");
    li.dataset.testid = "relation";
    const head = el("div", "rel-head");
    head.append(el("span", "dir", t(`dir.${relation.direction}`)));
    const chip = el("span", "chip", labelName(relation.node.label));
    chip.style.background = colour(relation.node.label);
    const link = button(relation.node.name, () => handlers.onNode(relation.node.id));
    link.className = "linkish";
    head.append(chip, link);
    if (relation.relationships > 1) head.append(el("span", "more", t("details.documents", {n: relation.relationships})));
    const remove = handlers.editing?.relationDelete(node, relation);
    if (remove) head.append(remove);
    li.append(head);
    const evidence = relation.evidence ?? [];
    // a link no sentence states is not shown as fact: its weakest grounds are said
    const grade = strongestGrade(evidence.map(e => e.rule));
    if (grade !== "stated") {
      li.classList.add(`grade-${grade}`);
      const note = el("div", `grade-note ${grade}`, t(`grade.${grade}.note`));
      note.dataset.testid = "grade-note";
      li.append(note);
    }
    evidence.slice(0, SHOWN_EVIDENCE).forEach(e => li.append(quote(e)));
    const hidden = (relation.quoteCount ?? evidence.length) - Math.min(evidence.length, SHOWN_EVIDENCE);
    if (hidden > 0) {
      const more = el("details", "more");
      more.append(el("summary", null, t("details.moreEvidence", {n: hidden})));
      more.addEventListener("toggle", () => loadEvidence(node, relation, more), {once: true});
      li.append(more);
    }
    return li;
  }

  /** The quotes behind a relation, fetched when the reader opens them, a page of 20 at a time. */
  async function loadEvidence(node, relation, box, skip = 0) {
    const other = relation.node.id;
    const page = await api.get(`/api/nodes/${encodeURIComponent(node.id)}/evidence`,
      {other, type: relation.type, skip});
    const shown = new Set((relation.evidence ?? []).slice(0, SHOWN_EVIDENCE).map(e => `${e.document}|${e.start}`));
    for (const e of page.evidence ?? []) if (!shown.has(`${e.document}|${e.start}`)) box.append(quote(e));
    if (page.next != null) {
      const more = button(t("details.moreEvidence", {n: page.total - page.next}), () => {
        more.remove();
        loadEvidence(node, relation, box, page.next);
      });
      more.className = "linkish";
      box.append(more);
    }
  }

  /**
   * The sentence with the quote marked: text before, <mark>quote</mark>, text after. Where the sentence's place in
   * its document is known exactly, it carries data-document and data-start, so that an editor's selection in it
   * maps to document offsets.
   */
  function quote(evidence) {
    const box = el("blockquote", "evidence");
    box.dataset.testid = "evidence";
    const context = evidence.context ?? "";
    const at = evidence.quote ? context.indexOf(evidence.quote) : -1;
    const mark = el("mark", null, evidence.quote ?? "");
    mark.dataset.testid = "evidence-quote";
    const sentence = el("span", "sentence");
    sentence.dataset.testid = "evidence-sentence";
    box.append(sentence);
    let start = null;
    if (at >= 0) {
      sentence.append(document.createTextNode(context.slice(0, at)), mark, document.createTextNode(context.slice(at + evidence.quote.length)));
      start = sentenceStart(evidence);
    } else {
      sentence.append(mark);
      if (context) box.append(document.createTextNode(` — ${context}`));
      start = Number.isInteger(evidence.start) && evidence.start >= 0 && evidence.quote ? evidence.start : null;
    }
    if (start != null && evidence.document) {
      sentence.dataset.start = String(start);
      sentence.dataset.document = evidence.document;
    }
    const grade = evidenceGrade(evidence.rule);
    box.dataset.grade = grade;
    if (grade !== "stated") {
      box.classList.add(`grade-${grade}`);
      box.append(el("span", `grade ${grade}`, t(`grade.${grade}`)));
    }
    if (evidence.rule) box.append(el("span", "rule", ruleName(evidence.rule)));
    return box;
  }

  placeholder();
  handlers.editing?.watch(panel, () => current);
  return {
    render,
    current: () => current,
    refresh: () => render(current),
    /** The view beside the panel changed: its hint and actions follow (nothing is fetched again). */
    viewChanged: () => {
      const table = Boolean(handlers.onTable?.());
      const inGraph = panel.querySelector("[data-testid=details-show-in-graph]");
      if (inGraph) inGraph.hidden = !table;
      const hint = panel.querySelector("[data-testid=details-hint]");
      if (hint) hint.textContent = t(table ? "details.placeholderTable" : "details.placeholder");
    },
    /** The guide, open, in place of whatever was shown (the selection itself stays). */
    showGuide: () => {
      current = null;
      placeholder(true);
    },
  };
}
