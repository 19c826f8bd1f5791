// Exports the current graph view as PNG (the canvas itself) or SVG (a vector rendering of the same view).
const stamp = () => new Date().toISOString().slice(0, 19).replace(/[:T]/g, "-");

function download(blob, name) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}

/** Downloads the view; resolves to {format, bytes, type, name} (kept as window.collabgraph.lastExport). */
export async function exportGraph(graph, format) {
  const blob = format === "png"
    ? await graph.toPNG()
    : new Blob([graph.toSVG()], {type: "image/svg+xml;charset=utf-8"});
  const name = `collabgraph-${stamp()}.${format}`;
  download(blob, name);
  const header = new Uint8Array(await blob.slice(0, 8).arrayBuffer());
  return {format, bytes: blob.size, type: blob.type, name, header: Array.from(header)};
}
