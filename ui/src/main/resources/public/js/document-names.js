// How a document is named to a reader: its 文号 (or title), never its internal id (xwf-2018-20).
const names = new Map();

/** Keeps the names of the documents the header's statistics list ({id, number, title}). */
export function setDocuments(documents) {
  names.clear();
  for (const d of documents ?? []) names.set(d.id, d.number || d.title || d.id);
}

/** The document's 文号 or title; the id only for a document the statistics do not list. */
export function documentName(id) {
  return names.get(id) ?? id;
}
