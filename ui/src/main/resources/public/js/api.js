// Fetch wrappers for the JSON API. Errors come back as {title, status, details}; they are shown in #status.
import {lang, t} from "./i18n.js";

let pending = 0;
const spinner = () => document.getElementById("spinner");
const status = () => document.getElementById("status");

export class ApiError extends Error {
  constructor(title, status, details) {
    super(title);
    this.status = status;
    this.details = details;
  }
}

function busy(delta) {
  pending += delta;
  spinner().hidden = pending === 0;
}

/** GETs path with the given query parameters (arrays are joined with commas, empty values left out). */
export function get(path, params = {}, options = {}) {
  return request(url(path, params), {headers: {Accept: "application/json"}}, options);
}

/** POSTs body as JSON to path. */
export function post(path, body, options = {}) {
  return request(path, {method: "POST", headers: {Accept: "application/json", "Content-Type": "application/json"},
    body: JSON.stringify(body)}, options);
}

/**
 * Sends a write (POST or DELETE) with the editor's Authorization: form is a FormData (an upload) or absent; a write
 * without a form still names JSON as its type, which the server wants of every write that is not an upload.
 */
export function write(method, path, {form, authorization} = {}, options = {}) {
  const headers = {Accept: "application/json"};
  if (authorization) headers.Authorization = authorization;
  if (!form) headers["Content-Type"] = "application/json";
  return request(path, {method, headers, body: form}, options);
}

/** Sends body (when given) as JSON with method to path; headers are added (an editor's Authorization). */
export function send(method, path, body, {headers = {}, ...options} = {}) {
  return request(path, {method, headers: {Accept: "application/json", "Content-Type": "application/json", ...headers},
    body: body === undefined ? undefined : JSON.stringify(body)}, options);
}

/** path with the query parameters that have a value. */
export function url(path, params = {}) {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value == null || value === "" || (Array.isArray(value) && value.length === 0)) continue;
    query.set(key, Array.isArray(value) ? value.join(",") : String(value));
  }
  return query.toString() ? `${path}?${query}` : path;
}

async function request(target, init, {signal, quiet = false} = {}) {
  busy(+1);
  try {
    let response;
    for (let attempt = 0; ; attempt++) {
      try {
        // the server answers its own texts (gap titles and definitions) in the page's language
        const headers = {...init.headers, "Accept-Language": lang() === "en" ? "en" : "zh-CN"};
        response = await fetch(target, {...init, headers, signal});
      } catch (error) {
        if (error.name === "AbortError") throw error;
        throw new ApiError(t("status.network"), 0, {url: target});
      }
      // a busy server sheds a request with 503 and Retry-After: a read is asked again, a few times, after that wait
      if (response.status !== 503 || init.method === "POST" || attempt >= 3) break;
      const wait = Math.min(5, Number(response.headers.get("Retry-After")) || 1);
      await new Promise(resolve => setTimeout(resolve, wait * 1000));
    }
    const body = await response.json().catch(() => null);
    if (!response.ok) {
      throw new ApiError(body?.title ?? response.statusText, response.status, body?.details ?? {});
    }
    return body;
  } catch (error) {
    if (!quiet && error.name !== "AbortError") showError(error);
    throw error;
  } finally {
    busy(-1);
  }
}

export const node = id => `/api/nodes/${encodeURIComponent(id)}`;

/** Shows an error (or a plain message) in the status bar; text only. */
export function showError(error) {
  const detail = error.status ? ` (${error.status})` : "";
  show(t("status.error", {msg: `${error.message}${detail}`}), "error");
}

export function showInfo(message) {
  show(message, "info");
}

function show(message, kind) {
  const box = status();
  box.replaceChildren();
  box.className = `status ${kind}`;
  const text = document.createElement("span");
  text.textContent = message;
  const close = document.createElement("button");
  close.type = "button";
  close.className = "close";
  close.textContent = "×";
  close.setAttribute("aria-label", t("status.close"));
  close.addEventListener("click", () => { box.hidden = true; });
  box.append(text, close);
  box.hidden = false;
  if (kind === "info") setTimeout(() => { if (box.firstChild === text) box.hidden = true; }, 5000);
}
