// Element helpers for the views: every text goes in through textContent, never as markup.
import {labelName} from "./i18n.js";
import {colour} from "./graph.js";

/** An element with an optional class and text. */
export function el(name, className, text) {
  const e = document.createElement(name);
  if (className) e.className = className;
  if (text != null) e.textContent = text;
  return e;
}

/** A button with text, a click handler and an optional data-testid. */
export function button(text, onClick, testid, className) {
  const b = el("button", className, text);
  b.type = "button";
  if (testid) b.dataset.testid = testid;
  b.addEventListener("click", onClick);
  return b;
}

/** The coloured label chip used across the explorer. */
export function chip(label) {
  const c = el("span", "chip", labelName(label));
  c.style.background = colour(label);
  return c;
}

/** A real download link (the server sends the file), with a data-testid. */
export function downloadLink(text, href, name, testid) {
  const a = el("a", "button-link", text);
  a.href = href;
  a.download = name;
  if (testid) a.dataset.testid = testid;
  return a;
}
