// Exports the current graph view as PNG (the canvas itself) or SVG (a vector rendering of the same view).
import {downloadBlob, stamp} from "./download.js";

/** Downloads the view; resolves to {format, bytes, type, name} (kept as window.collabgraph.lastExport). */
export async function exportGraph(graph, format) {
  const blob = format === "png"
    ? await graph.toPNG()
    : new Blob([graph.toSVG()], {type: "image/svg+xml;charset=utf-8"});
  const name = `collabgraph-${stamp()}.${format}`;
  downloadBlob(blob, name);
  const header = new Uint8Array(await blob.slice(0, 8).arrayBuffer());
  return {format, bytes: blob.size, type: blob.type, name, header: Array.from(header)};
}
