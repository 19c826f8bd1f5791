// The editor's credential for write routes: asked once (a token, or a name and password), kept for this tab only
// (sessionStorage), forgotten when the server refuses it so that the next write asks again.
import {t} from "./i18n.js";
import {ask} from "./dialog.js";

const KEY = "collabgraph.authorization";

/** "Bearer …" or "Basic …" for the Authorization header; asks when none is kept; null when the editor cancels. */
export async function authorizationHeader() {
  const kept = sessionStorage.getItem(KEY);
  if (kept) return kept;
  const values = await ask({
    title: t("credential.title"),
    message: t("credential.hint"),
    testid: "credential",
    ok: t("credential.ok"),
    fields: [
      {name: "token", label: t("credential.token"), type: "password"},
      {name: "name", label: t("credential.name")},
      {name: "password", label: t("credential.password"), type: "password"},
    ],
    check: v => v.token || (v.name && v.password) ? null : t("credential.missing"),
  });
  if (!values) return null;
  const header = values.token ? `Bearer ${values.token}` : `Basic ${base64(`${values.name}:${values.password}`)}`;
  sessionStorage.setItem(KEY, header);
  return header;
}

/** Drops the kept credential (the server answered 403). */
export function forget() {
  sessionStorage.removeItem(KEY);
}

/** Base64 of the UTF-8 bytes (btoa alone takes Latin-1 only, and editors' names may be Chinese). */
function base64(text) {
  return btoa(String.fromCharCode(...new TextEncoder().encode(text)));
}
