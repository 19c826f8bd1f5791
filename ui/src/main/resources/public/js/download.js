// Saves a blob or a text as a file through a temporary link, the way a download link would.

/** Downloads blob as name. */
export function downloadBlob(blob, name) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}

/** Downloads text (UTF-8) of the given media type as name; resolves to the blob for inspection. */
export function downloadText(text, name, type) {
  const blob = new Blob([text], {type: `${type};charset=utf-8`});
  downloadBlob(blob, name);
  return blob;
}

/** A timestamp for file names: 2024-05-01-12-30-00. */
export const stamp = () => new Date().toISOString().slice(0, 19).replace(/[:T]/g, "-");
