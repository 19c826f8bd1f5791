// The details panel: what a node is, which tasks it carries, and every relation with its evidence,
// the quote highlighted inside its sentence. Document text goes in through textContent only.
import {t, labelName, typeName, propName} from "../i18n.js";
import {colour} from "../graph.js";
import {PARTNER_LABELS} from "./partners.js";

const SHOWN_EVIDENCE = 2;

const el = (name, className, text) => {
  const e = document.createElement(name);
  if (className) e.className = className;
  if (text != null) e.textContent = text;
  return e;
};

/**
 * handlers: onNode(id), onExpand(id), onHide(id), onPathEnd("from"|"to", {id, label, name}), onPartners(node) for
 * the kinds that take partner recommendations.
 */
export function createDetails(panel, handlers) {
  let current = null;

  function placeholder() {
    panel.replaceChildren(el("p", "placeholder", t("details.placeholder")));
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
    if (node.aliases?.length) panel.append(el("div", "aliases", t("details.aliases", {list: node.aliases.join("、")})));
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
    panel.append(actions);

    properties(node.properties ?? {});
    tasks(node.tasks ?? []);
    relations(node.relations ?? []);
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
      const text = typeof value === "object" ? format(value) : String(value);
      row.append(el("td", text.length > 80 ? "long" : null, text));
    }
    panel.append(table);
  }

  function format(value) {
    if (Array.isArray(value)) return value.join("、");
    return Object.entries(value).map(([k, v]) => `${k}: ${v}`).join("，");
  }

  function tasks(list) {
    panel.append(el("h3", null, t("details.tasks")));
    if (!list.length) return panel.append(el("p", "more", t("details.noTasks")));
    const ul = el("ul", "task-list");
    const sorted = list.slice().sort((a, b) => (a.number ?? 0) - (b.number ?? 0));
    for (const task of sorted) {
      const li = el("li");
      li.append(el("span", "num", task.number != null ? `${task.number}.` : ""));
      const role = task.role ?? (task.via === "MENTIONS" ? "mention" : "resp");
      if (role) li.append(el("span", `role ${role}`, t(`role.${role}`)));
      const link = button(task.title ?? task.id, () => handlers.onNode(task.id));
      link.className = "linkish";
      li.append(link);
      ul.append(li);
    }
    panel.append(ul);
  }

  function relations(list) {
    panel.append(el("h3", null, t("details.relations")));
    if (!list.length) return panel.append(el("p", "more", t("details.noRelations")));
    const byType = d3.group(list, r => r.type);
    for (const [type, members] of byType) {
      const group = el("div", "rel-group");
      group.append(el("div", "rel-type", `${typeName(type)}（${members.length}）`));
      const ul = el("ul", "rel-list");
      for (const relation of members) ul.append(relationItem(relation));
      group.append(ul);
      panel.append(group);
    }
  }

  function relationItem(relation) {
    const li = el("li");
    li.dataset.testid = "relation";
    const head = el("div", "rel-head");
    head.append(el("span", "dir", t(`dir.${relation.direction}`)));
    const chip = el("span", "chip", labelName(relation.node.label));
    chip.style.background = colour(relation.node.label);
    const link = button(relation.node.name, () => handlers.onNode(relation.node.id));
    link.className = "linkish";
    head.append(chip, link);
    li.append(head);
    const evidence = relation.evidence ?? [];
    evidence.slice(0, SHOWN_EVIDENCE).forEach(e => li.append(quote(e)));
    if (evidence.length > SHOWN_EVIDENCE) {
      const more = el("details", "more");
      more.append(el("summary", null, t("details.moreEvidence", {n: evidence.length - SHOWN_EVIDENCE})));
      evidence.slice(SHOWN_EVIDENCE).forEach(e => more.append(quote(e)));
      li.append(more);
    }
    return li;
  }

  /** The sentence with the quote marked: text before, <mark>quote</mark>, text after. */
  function quote(evidence) {
    const box = el("blockquote", "evidence");
    box.dataset.testid = "evidence";
    const context = evidence.context ?? "";
    const at = evidence.quote ? context.indexOf(evidence.quote) : -1;
    const mark = el("mark", null, evidence.quote ?? "");
    mark.dataset.testid = "evidence-quote";
    if (at >= 0) {
      box.append(document.createTextNode(context.slice(0, at)), mark, document.createTextNode(context.slice(at + evidence.quote.length)));
    } else {
      box.append(mark);
      if (context) box.append(document.createTextNode(` — ${context}`));
    }
    if (evidence.rule) box.append(el("span", "rule", evidence.rule));
    return box;
  }

  placeholder();
  return {
    render,
    current: () => current,
    refresh: () => render(current),
  };
}
