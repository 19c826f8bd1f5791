// Corrections made from the details panel: the Edit menu of an entity, × on an alias, "delete this relationship"
// on a relation, and "add relationship from selection" under a quote's sentence. Each asks (with an optional
// reason), sends the correction, says what changed and lets the explorer reload what it shows.
import {t, labelName, typeName} from "./i18n.js";
import {el, button} from "./dom.js";
import {ask, confirmAction} from "./dialog.js";
import {createSearch} from "./views/search.js";
import {documentSelection} from "./text-offsets.js";
import * as corrections from "./corrections-api.js";
import * as api from "./api.js";
import {outcome} from "./correction-text.js";

export const ENTITY_LABELS = ["University", "Enterprise", "Platform", "Park", "Unit", "Industry", "Region"];
export const RELATION_TYPES = ["PARTNERS_WITH", "RELIES_ON", "HOSTS", "LOCATED_IN", "CLUSTER_IN", "FOCUSES_ON",
  "SUPPORTS", "CO_PARTICIPATES", "LEADS", "PART_OF"];

/**
 * onCorrected({select, removed}): a correction changed the graph; select is the node to show now (null: none),
 * removed the node that no longer exists.
 */
export function createEditing({onCorrected}) {
  let canWrite = false;

  /** Asks the server whether it takes corrections; resolves to that. */
  async function load() {
    canWrite = await corrections.writable();
    return canWrite;
  }

  const editable = node => canWrite && ENTITY_LABELS.includes(node?.label);

  async function send(body, then) {
    let answer;
    try {
      answer = await corrections.correct(body);
    } catch {
      return;  // already shown in the status bar
    }
    if (!answer) return;
    api.showInfo(outcome("correction.done", answer));
    onCorrected(then(answer));
  }

  const reasonField = () => ({name: "reason", label: t("edit.reason")});

  async function rename(node) {
    const v = await ask({title: t("edit.rename"), testid: "edit-dialog", fields: [
      {name: "value", label: t("edit.newName"), value: node.name, required: true}, reasonField()],
    check: values => values.value === node.name ? t("edit.sameName") : null});
    if (v) await send({kind: "RENAME", entity: node.id, value: v.value, reason: v.reason}, () => ({select: node.id}));
  }

  async function addAlias(node) {
    const v = await ask({title: t("edit.addAlias"), testid: "edit-dialog", fields: [
      {name: "value", label: t("edit.alias"), required: true}, reasonField()]});
    if (v) await send({kind: "ADD_ALIAS", entity: node.id, value: v.value, reason: v.reason}, () => ({select: node.id}));
  }

  async function removeAlias(node, alias) {
    const v = await confirmAction(t("edit.removeAliasConfirm", {alias, name: node.name}), {testid: "edit-dialog"});
    if (v) await send({kind: "REMOVE_ALIAS", entity: node.id, value: alias, reason: v.reason}, () => ({select: node.id}));
  }

  async function retype(node) {
    const options = ENTITY_LABELS.filter(l => l !== node.label).map(l => ({value: l, text: labelName(l)}));
    const v = await ask({title: t("edit.retype"), message: t("edit.retypeHint", {name: node.name, label: labelName(node.label)}),
      testid: "edit-dialog", fields: [{name: "label", label: t("edit.newType"), type: "select", options}, reasonField()]});
    if (v) {
      await send({kind: "RETYPE", entity: node.id, label: v.label, reason: v.reason},
        answer => ({select: answer.correction.target ?? null, removed: node.id}));
    }
  }

  async function merge(node) {
    const picker = entityPicker("merge-target", node.id);
    const picked = await ask({title: t("edit.merge"), message: t("edit.mergeHint", {name: node.name}), testid: "edit-dialog",
      fields: [{name: "target", label: t("edit.mergeInto"), type: "custom", element: picker.element, read: picker.read,
        required: true}]});
    if (!picked) return;
    const target = picked.target;
    const v = await confirmAction(t("edit.mergeConfirm", {name: node.name, target: target.name}), {testid: "confirm-dialog"});
    if (v) {
      await send({kind: "MERGE", entity: node.id, target: target.id, reason: v.reason},
        () => ({select: target.id, removed: node.id}));
    }
  }

  async function deleteEntity(node) {
    const v = await confirmAction(t("edit.deleteConfirm", {name: node.name}), {testid: "confirm-dialog"});
    if (v) await send({kind: "DELETE_ENTITY", entity: node.id, reason: v.reason}, () => ({select: null, removed: node.id}));
  }

  async function deleteRelation(node, relation) {
    const [from, to] = relation.direction === "in" ? [relation.node, node] : [node, relation.node];
    const v = await confirmAction(t("edit.deleteRelationConfirm", {from: from.name, type: typeName(relation.type), to: to.name}),
      {testid: "confirm-dialog"});
    if (v) {
      await send({kind: "DELETE_RELATIONSHIP", from: from.id, type: relation.type, to: to.id, reason: v.reason},
        () => ({select: node.id}));
    }
  }

  /** The form for a relationship between node and an entity to pick, with the selected text as its evidence. */
  async function addRelation(node, chosen) {
    const picker = entityPicker("relation-other", node.id);
    const v = await ask({title: t("edit.addRelation"), message: t("edit.addRelationHint", {quote: chosen.text}),
      testid: "relation-dialog", fields: [
        {name: "type", label: t("edit.type"), type: "select", options: RELATION_TYPES.map(r => ({value: r, text: typeName(r)}))},
        {name: "other", label: t("edit.other"), type: "custom", element: picker.element, read: picker.read, required: true},
        {name: "direction", label: t("edit.direction"), type: "select", options: [
          {value: "out", text: t("edit.directionOut", {name: node.name})},
          {value: "in", text: t("edit.directionIn", {name: node.name})}]},
        reasonField()]});
    if (!v) return;
    const [from, to] = v.direction === "in" ? [v.other.id, node.id] : [node.id, v.other.id];
    await send({kind: "ADD_RELATIONSHIP", from, type: v.type, to, document: chosen.document, start: chosen.start,
      end: chosen.end, reason: v.reason}, () => ({select: node.id}));
  }

  /** A search box limited to entities; read() gives the picked {id, name, …} or null. */
  function entityPicker(testid, excluded) {
    const box = el("div", "search modal-search");
    let picked = null;
    const search = createSearch(box, {testid, labels: ENTITY_LABELS, placeholder: "edit.searchEntity",
      onPick: result => { picked = result.id === excluded ? null : result; if (!picked) search.set(null); }});
    search.input.addEventListener("input", () => { picked = null; });
    return {element: box, read: () => picked};
  }

  /** The Edit menu of an entity's details, or null when the server takes no corrections. */
  function menu(node) {
    if (!editable(node)) return null;
    const box = el("details", "edit-menu");
    box.dataset.testid = "edit-menu";
    box.append(el("summary", null, t("edit.menu")));
    const actions = el("div", "edit-actions");
    const item = (key, action, testid, className) => button(t(key), () => { box.open = false; action(node); }, testid, className);
    actions.append(
      item("edit.rename", rename, "edit-rename"),
      item("edit.addAlias", addAlias, "edit-add-alias"),
      item("edit.retype", retype, "edit-retype"),
      item("edit.merge", merge, "edit-merge"),
      item("edit.delete", deleteEntity, "edit-delete", "danger"));
    box.append(actions);
    return box;
  }

  /** The aliases, each with × to remove it; null when not editable (the panel shows them as plain text). */
  function aliases(node) {
    if (!editable(node) || !node.aliases?.length) return null;
    const box = el("div", "aliases");
    box.append(el("span", null, t("edit.aliases")));
    for (const alias of node.aliases) {
      const chip = el("span", "alias-chip", alias);
      chip.dataset.testid = "alias";
      const remove = button("×", () => removeAlias(node, alias), "alias-remove", "alias-remove");
      remove.setAttribute("aria-label", t("edit.removeAlias", {alias}));
      remove.title = t("edit.removeAlias", {alias});
      chip.append(remove);
      box.append(chip);
    }
    return box;
  }

  /** "Delete this relationship" for a relation row, or null. */
  function relationDelete(node, relation) {
    if (!editable(node)) return null;
    return button(t("edit.deleteRelation"), () => deleteRelation(node, relation), "relation-delete", "linkish danger-link");
  }

  /**
   * Watches text selections in the panel: a selection inside one quote's sentence gets an "add relationship from
   * selection" button under it. currentNode() is the node the panel shows.
   */
  function watch(panel, currentNode) {
    let shown = null;
    const update = event => {
      if (event?.target?.closest?.("[data-testid=add-from-selection]")) return;
      shown?.remove();
      shown = null;
      const node = currentNode();
      if (!editable(node)) return;
      const chosen = documentSelection(window.getSelection());
      if (!chosen || !panel.contains(chosen.sentence) || !chosen.text.trim()) return;
      shown = button(t("edit.addFromSelection"), () => { shown?.remove(); shown = null; addRelation(node, chosen); },
        "add-from-selection", "add-from-selection");
      // keeps the selection visible while the button is pressed
      shown.addEventListener("mousedown", e => e.preventDefault());
      chosen.sentence.after(shown);
    };
    panel.addEventListener("mouseup", update);
    panel.addEventListener("keyup", update);
  }

  return {load, writable: () => canWrite, menu, aliases, relationDelete, watch};
}
