// How a document is named to a reader: its 文号 (or title), never its internal id (xwf-2018-20).
import {t} from "./i18n.js";

const names = new Map();
/** The gazetteers of divisions the loader reads regions from are documents of their own: reference:徐州市. */
const REFERENCE = "reference:";

/** Keeps the names of the documents the header's statistics list ({id, number, title}). */
export function setDocuments(documents) {
  names.clear();
  for (const d of documents ?? []) names.set(d.id, d.number || d.title || d.id);
}

/** The document's 文号 or title; the id only for a document the statistics do not list. */
export function documentName(id) {
  if (names.has(id)) return names.get(id);
  if (String(id).startsWith(REFERENCE)) return t("details.reference", {name: String(id).slice(REFERENCE.length)});
  return id;
}
