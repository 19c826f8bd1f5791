// A path as a chain a planner can read: "A —合作→ B ←提及— C". Each arrow follows its relationship's own direction,
// not the walk: a task that mentions a company reads "徐工集团 ←提及— 任务", never as if the company mentioned the task.
import {t, typeName} from "./i18n.js";
import {el} from "./dom.js";
import {colour} from "./graph.js";

/**
 * One step read as a sentence in the relationship's direction ("任务 提及 徐工集团"), for titles and tests.
 * names: id → name.
 */
export function stepSentence(link, names) {
  return t("path.sentence", {source: names.get(link.source) ?? link.source, type: typeName(link.type),
    target: names.get(link.target) ?? link.target});
}

/**
 * The chain of a path as an element: nodes are [{id, label, name}] in walking order, links the relationships
 * between consecutive nodes ({source, target, type}), in the same order.
 */
export function pathChain(nodes, links) {
  const chain = el("span", "path-chain");
  chain.dataset.testid = "path-chain";
  const names = new Map(nodes.map(n => [n.id, n.name]));
  nodes.forEach((node, i) => {
    if (i > 0) {
      const link = links[i - 1];
      // forward when the relationship starts at the node walked from
      const forward = !link || link.source === nodes[i - 1].id;
      const type = link ? typeName(link.type) : "";
      const hop = el("span", `hop ${forward ? "forward" : "back"}`, forward ? `—${type}→` : `←${type}—`);
      hop.dataset.testid = "path-hop";
      hop.dataset.direction = forward ? "forward" : "back";
      if (link) hop.title = stepSentence(link, names);
      chain.append(hop);
    }
    const name = el("span", "path-node", node.name ?? node.id);
    name.dataset.testid = "path-node";
    name.dataset.id = node.id;
    if (node.label) {
      name.dataset.label = node.label;
      const dot = el("i", "dot");
      dot.style.background = colour(node.label);
      name.prepend(dot);
    }
    chain.append(name);
  });
  return chain;
}
