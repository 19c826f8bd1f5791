// CSV in the form the server writes, so that spreadsheets open both alike: a byte-order mark (Excel needs it for
// Chinese), every field quoted with quotes doubled, CRLF line ends; nodes print as their names, lists joined
// with "; ", maps as JSON.

/** The text of one value in a cell. */
export function cellText(value) {
  if (value == null) return "";
  if (Array.isArray(value)) return value.map(cellText).join("; ");
  if (typeof value === "object") {
    if ("name" in value && "label" in value) return String(value.name);
    if (Array.isArray(value.nodes) && Array.isArray(value.relationships)) return value.nodes.map(cellText).join(" → ");
    if ("type" in value && "source" in value && "target" in value) return `:${value.type}`;
    return JSON.stringify(value);
  }
  return String(value);
}

const field = value => `"${cellText(value).replace(/"/g, '""')}"`;

/** The whole table as CSV text, starting with the byte-order mark. */
export function toCsv(columns, rows) {
  const lines = [columns, ...rows].map(row => row.map(field).join(","));
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}
