// The named queries of cypher/queries, one click away: each opens a small form for its parameters and runs
// through GET /api/queries/{name}, which answers like the console.
import * as api from "../api.js";
import {t} from "../i18n.js";
import {el, button} from "../dom.js";

/** Fills list with the saved queries; onRun(name, args) runs one. */
export async function createSavedQueries(list, {onRun}) {
  const {queries} = await api.get("/api/queries");
  list.replaceChildren();
  const groups = new Map();
  for (const query of queries) {
    const area = query.name.split("/")[0];
    if (!groups.has(area)) groups.set(area, []);
    groups.get(area).push(query);
  }
  for (const [area, members] of groups) {
    const group = el("details", "saved-group");
    group.open = area === "gaps" || area === "stats";
    const areaName = t(`saved.area.${area}`) === `saved.area.${area}` ? area : t(`saved.area.${area}`);
    group.append(el("summary", null, t("saved.group", {area: areaName, n: members.length})));
    for (const query of members) group.append(item(query));
    list.append(group);
  }

  function item(query) {
    const box = el("div", "saved-query");
    box.dataset.testid = "saved-query";
    box.dataset.name = query.name;
    // the query's name is code (what an analyst types), shown as such in either language
    const head = button("", () => { form.hidden = !form.hidden; }, "saved-open", "linkish");
    head.append(el("code", null, query.name.split("/").pop()));
    head.title = query.purpose;
    const form = el("form", "saved-form");
    form.hidden = true;
    form.append(el("p", "more", query.purpose));
    const inputs = query.parameters.map(p => {
      const label = el("label");
      const input = el("input");
      input.name = p.name;
      input.placeholder = p.type;
      input.title = p.meaning ?? "";
      input.dataset.testid = `saved-param-${p.name}`;
      label.append(el("span", null, `$${p.name}`), input);
      form.append(label);
      return input;
    });
    const run = el("button", null, t("console.runSaved"));
    run.type = "submit";
    run.dataset.testid = "saved-run";
    form.append(run);
    form.addEventListener("submit", event => {
      event.preventDefault();
      onRun(query.name, Object.fromEntries(inputs.map(i => [i.name, i.value.trim()])));
    });
    box.append(head, form);
    return box;
  }
}

/** The URL of a saved query's run: each path segment encoded, the slashes between them kept. */
export const savedQueryPath = name => `/api/queries/${name.split("/").map(encodeURIComponent).join("/")}`;
