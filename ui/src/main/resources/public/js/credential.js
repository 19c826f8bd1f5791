// The editor's credential for writes: asked for on the first write, kept for this tab only (sessionStorage, gone
// when the tab closes), sent as the Authorization header, and asked for again when the server refuses it.
import {t} from "./i18n.js";
import {el} from "./dom.js";
import {openDialog} from "./dialog.js";

const KEY = "collabgraph.editor";

/** The kept Authorization value, or null. */
const kept = () => {
  try { return sessionStorage.getItem(KEY); } catch { return null; }
};

function keep(authorization) {
  try { sessionStorage.setItem(KEY, authorization); } catch { /* storage off: asked again next time */ }
}

export function forget() {
  try { sessionStorage.removeItem(KEY); } catch { /* nothing kept */ }
}

/**
 * Runs send(authorization) with the kept credential, asking for one first when none is kept and again, with the
 * server's reason, when the server refuses it (403 on the Authorization header). Resolves to what send resolves
 * to, or null when the editor cancels the form; other errors are thrown as they come.
 */
export async function authorised(send) {
  let authorization = kept();
  let refusal = null;
  for (;;) {
    authorization ??= await ask(refusal);
    if (!authorization) return null;
    try {
      const answer = await send(authorization);
      keep(authorization);
      return answer;
    } catch (error) {
      if (error.status !== 403 || error.details?.field !== "Authorization") throw error;
      forget();
      authorization = null;
      refusal = `${t("credential.refused")}${error.message}`;
    }
  }
}

/** The credential form: a token, or an editor's name and password. Resolves to an Authorization value or null. */
async function ask(refusal) {
  let way = "token";
  const choice = el("div", "credential-choice");
  choice.setAttribute("role", "radiogroup");
  const token = field("password", "credential.tokenLabel", "credential-token", "off");
  const name = field("text", "credential.name", "credential-name", "username");
  const password = field("password", "credential.password", "credential-password", "current-password");
  const byToken = el("div", "credential-fields");
  byToken.append(token.label);
  const byPassword = el("div", "credential-fields");
  byPassword.append(name.label, password.label);
  byPassword.hidden = true;
  for (const option of ["token", "password"]) {
    const label = el("label");
    const radio = el("input");
    radio.type = "radio";
    radio.name = "credential-way";
    radio.value = option;
    radio.checked = option === way;
    radio.dataset.testid = `credential-way-${option}`;
    radio.addEventListener("change", () => {
      way = option;
      byToken.hidden = way !== "token";
      byPassword.hidden = way !== "password";
      (way === "token" ? token.input : name.input).focus();
    });
    label.append(radio, document.createTextNode(t(`credential.way.${option}`)));
    choice.append(label);
  }
  token.input.autofocus = true;
  const confirmed = await openDialog({
    testid: "credential",
    title: t("credential.title"),
    message: t("credential.intro"),
    fields: [choice, byToken, byPassword],
    confirm: t("credential.submit"),
    cancel: t("dialog.cancel"),
    error: refusal,
    check: () => {
      if (way === "token" && !token.input.value.trim()) return t("credential.missingToken");
      if (way === "password" && (!name.input.value.trim() || !password.input.value)) return t("credential.missingPassword");
      return null;
    },
  });
  if (!confirmed) return null;
  return way === "token" ? `Bearer ${token.input.value.trim()}`
    : `Basic ${base64(`${name.input.value.trim()}:${password.input.value}`)}`;
}

function field(type, key, testid, autocomplete) {
  const label = el("label", "field");
  const input = el("input");
  input.type = type;
  input.autocomplete = autocomplete;
  input.spellcheck = false;
  input.dataset.testid = testid;
  label.append(el("span", null, t(key)), input);
  return {label, input};
}

/** Base64 of the UTF-8 bytes (btoa alone takes only Latin-1, and editors' names may be Chinese). */
function base64(text) {
  return btoa(Array.from(new TextEncoder().encode(text), byte => String.fromCharCode(byte)).join(""));
}

/**
 * The Authorization value for a write that handles its own refusal: the kept one, else asked for and kept at once
 * (the caller calls forget() when the server answers 403). Null when the editor cancels.
 */
export async function authorizationHeader() {
  const authorization = kept() ?? await ask(null);
  if (authorization) keep(authorization);
  return authorization;
}
