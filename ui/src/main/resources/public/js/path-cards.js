// Paths as cards a planner can compare: each names every node on it and reads each relation in plain words of the
// UI language, in the relation's own direction. The cards stack in a narrow panel and stand side by side where
// there is room (the list is a grid of columns at least 16em wide). The paths view and a recommendation's
// explanation both use them.
import {t} from "./i18n.js";
import {el} from "./dom.js";
import {pathChain} from "./path-text.js";

/**
 * The cards of paths [{nodes: [{id, label, name}], links: [{source, target, type}]}], shortest first.
 * options: active (the index of the card picked, or -1), testid (of each card), onPick(i) when a card is clicked or
 * Enter pressed on it, onPreview(i) and onLeave() when the pointer enters and leaves one (optional).
 */
export function pathCards(paths, {active = -1, testid = "path", onPick, onPreview, onLeave} = {}) {
  const list = el("ol", "path-list");
  list.dataset.testid = `${testid}-list`;
  paths.forEach((path, i) => {
    const card = el("li", i === active ? "path-card active" : "path-card");
    card.dataset.testid = testid;
    card.dataset.index = String(i);
    card.tabIndex = 0;
    card.setAttribute("role", "button");
    card.setAttribute("aria-pressed", String(i === active));
    card.append(el("div", "path-card-head", t("paths.card", {n: i + 1, hops: path.links.length})),
      pathChain(path.nodes, path.links));
    if (onPreview) card.addEventListener("mouseenter", () => onPreview(i));
    if (onLeave) card.addEventListener("mouseleave", () => onLeave(i));
    card.addEventListener("click", event => { event.stopPropagation(); onPick?.(i); });
    card.addEventListener("keydown", event => {
      if (event.key === "Enter") { event.preventDefault(); onPick?.(i); }
    });
    list.append(card);
  });
  return list;
}
