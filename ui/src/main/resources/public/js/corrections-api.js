// The corrections routes. Writes carry the editor's credential; a 403 forgets it (the next write asks again) and
// says why in the status bar.
import * as api from "./api.js";
import {t} from "./i18n.js";
import {authorizationHeader, forget} from "./credential.js";

/** A page of corrections, newest first: {corrections: [{correction, documents}], next, writable}. */
export const list = (skip = 0, limit = 20) => api.get("/api/corrections", {skip, limit});

/** Whether the server takes corrections (it was started with editors); false when it cannot say. */
export const writable = () => api.get("/api/corrections", {limit: 1}, {quiet: true})
  .then(body => body.writable === true, () => false);

export const exportUrl = "/api/corrections/export";

/** Makes a correction ({kind, reason?, …}); resolves to {correction, documents, conflicts}, or null if cancelled. */
export const correct = body => write("POST", "/api/corrections", body);

/** Undoes correction id; resolves to {correction, documents, conflicts}, or null if cancelled. */
export const undo = id => write("DELETE", `/api/corrections/${encodeURIComponent(id)}`);

/** Imports exported corrections (the file's array); resolves to {imported, skipped, documents, conflicts}. */
export const importAll = corrections => write("POST", "/api/corrections/import", corrections);

async function write(method, path, body) {
  const authorization = await authorizationHeader();
  if (!authorization) return null;
  try {
    return await api.send(method, path, body, {headers: {Authorization: authorization}, quiet: true});
  } catch (error) {
    if (error.status === 403) {
      forget();
      api.showError(new api.ApiError(t("edit.refused", {msg: error.message}), 403, error.details));
    } else if (error.name !== "AbortError") {
      api.showError(error);
    }
    throw error;
  }
}
