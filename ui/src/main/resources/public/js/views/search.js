// A search box with suggestions as you type: debounced, cancellable, keyboard navigable.
import * as api from "../api.js";
import {t, labelName, onLangChange} from "../i18n.js";
import {colour} from "../graph.js";

let instances = 0;

/** Builds a search box in container; onPick(result) gets {id, label, name, aliases}. */
export function createSearch(container, {onPick, testid = "search", placeholder = "search.placeholder", labels} = {}) {
  const listId = `suggestions-${++instances}`;
  const input = document.createElement("input");
  input.type = "search";
  input.autocomplete = "off";
  input.spellcheck = false;
  input.dataset.testid = `${testid}-input`;
  input.dataset.i18nPlaceholder = placeholder;
  input.placeholder = t(placeholder);
  input.setAttribute("role", "combobox");
  input.setAttribute("aria-controls", listId);
  input.setAttribute("aria-expanded", "false");
  const list = document.createElement("ul");
  list.className = "suggestions";
  list.id = listId;
  list.setAttribute("role", "listbox");
  list.hidden = true;
  container.append(input, list);

  let results = [], active = -1, timer = null, controller = null;

  input.addEventListener("input", () => {
    clearTimeout(timer);
    timer = setTimeout(lookUp, 160);
  });
  input.addEventListener("keydown", event => {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      if (list.hidden) return;
      const step = event.key === "ArrowDown" ? 1 : -1;
      setActive((active + step + results.length) % Math.max(1, results.length));
    } else if (event.key === "Enter") {
      event.preventDefault();
      if (results.length) pick(results[Math.max(0, active)]);
    } else if (event.key === "Escape") {
      close();
    }
  });
  input.addEventListener("blur", () => setTimeout(close, 150));
  input.addEventListener("focus", () => { if (results.length) open(); });
  onLangChange(() => { input.placeholder = t(placeholder); });

  async function lookUp() {
    const q = input.value.trim();
    controller?.abort();
    if (!q) { results = []; close(); return; }
    controller = new AbortController();
    try {
      const body = await api.get("/api/search", {q, labels, limit: 12}, {signal: controller.signal});
      results = body.results ?? [];
      render(q);
    } catch (error) {
      if (error.name !== "AbortError") close();
    }
  }

  function render(q) {
    list.replaceChildren();
    active = -1;
    if (!results.length) {
      const li = document.createElement("li");
      li.className = "empty";
      li.textContent = t("search.none", {q});
      list.append(li);
    }
    results.forEach((result, i) => {
      const li = document.createElement("li");
      li.setAttribute("role", "option");
      li.dataset.testid = `${testid}-suggestion`;
      li.dataset.id = result.id;
      const chip = document.createElement("span");
      chip.className = "chip";
      chip.style.background = colour(result.label);
      chip.textContent = labelName(result.label);
      const name = document.createElement("span");
      name.className = "name";
      name.textContent = result.name;
      li.append(chip, name);
      if (result.aliases?.length) {
        const aliases = document.createElement("span");
        aliases.className = "aliases";
        aliases.textContent = result.aliases.join("、");
        li.append(aliases);
      }
      li.addEventListener("mousedown", event => { event.preventDefault(); pick(result); });
      li.addEventListener("mousemove", () => setActive(i));
      list.append(li);
    });
    open();
  }

  function setActive(i) {
    active = i;
    [...list.children].forEach((li, j) => li.setAttribute("aria-selected", String(j === i)));
    list.children[i]?.scrollIntoView({block: "nearest"});
  }

  function open() {
    list.hidden = false;
    input.setAttribute("aria-expanded", "true");
  }

  function close() {
    list.hidden = true;
    input.setAttribute("aria-expanded", "false");
  }

  function pick(result) {
    input.value = result.name;
    close();
    onPick(result);
  }

  return {
    input,
    set(result) { input.value = result?.name ?? ""; },
  };
}
