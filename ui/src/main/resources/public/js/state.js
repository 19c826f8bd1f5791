// The URL is the state that matters to a reader: selection, filters, view, language, task, path ends and the types a
// path may pass through, the open gap, the entity partners are recommended for, the link filters (never the
// console's query text).
// Every change is written back with replaceState, so the address bar is always a shareable link.
const keys = ["view", "sel", "labels", "types", "lang", "task", "doc", "from", "to", "hops", "synthetic",
  "gap", "for", "kind", "industry", "university", "layout", "through"];
const lists = new Set(["labels", "types", "through"]);
const listeners = new Set();

function read() {
  const params = new URLSearchParams(location.search);
  const state = {};
  for (const key of keys) {
    const value = params.get(key);
    if (value == null || value === "") continue;
    state[key] = lists.has(key) ? value.split(",").filter(Boolean) : value;
  }
  return state;
}

let state = read();

export const get = () => state;

/** Merges patch into the state (null or undefined removes a key) and updates the address bar. */
export function update(patch) {
  const next = {...state};
  for (const [key, value] of Object.entries(patch)) {
    if (value == null || (Array.isArray(value) && value.length === 0)) delete next[key];
    else next[key] = value;
  }
  state = next;
  const params = new URLSearchParams();
  for (const key of keys) {
    if (state[key] == null) continue;
    params.set(key, lists.has(key) ? state[key].join(",") : state[key]);
  }
  const query = params.toString();
  history.replaceState(null, "", query ? `?${query}` : location.pathname);
  for (const listener of listeners) listener(state);
}

export function onChange(listener) {
  listeners.add(listener);
}
