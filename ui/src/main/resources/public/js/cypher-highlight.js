// A small Cypher highlighter: the text is cut into tokens by one regular expression and each token becomes a
// <span> with its kind as class, inserted as text. Good enough for reading a query, not a parser.
const KEYWORDS = new Set(`MATCH OPTIONAL WHERE RETURN WITH UNWIND ORDER BY LIMIT SKIP CREATE MERGE DELETE DETACH SET
  REMOVE CALL YIELD AS AND OR XOR NOT IN IS NULL TRUE FALSE DISTINCT CASE WHEN THEN ELSE END ASC DESC ASCENDING
  DESCENDING UNION ALL EXISTS STARTS ENDS CONTAINS LOAD CSV FROM FOREACH ON USE EXPLAIN PROFILE SHOW COUNT
  SHORTESTPATH ALLSHORTESTPATHS`.split(/\s+/).filter(Boolean));

const TOKEN = new RegExp([
  String.raw`(?<comment>\/\/[^\n]*|\/\*[\s\S]*?(?:\*\/|$))`,
  String.raw`(?<string>'(?:[^'\\\n]|\\.)*'?|"(?:[^"\\\n]|\\.)*"?)`,
  String.raw`(?<param>\$[\p{L}_][\p{L}\p{N}_]*|\$\d+)`,
  String.raw`(?<label>[:|]\s*(?:[\p{L}_][\p{L}\p{N}_]*|\x60[^\x60]*\x60))`,
  String.raw`(?<number>\b\d+(?:\.\d+)?(?:[eE][-+]?\d+)?\b)`,
  String.raw`(?<word>[\p{L}_][\p{L}\p{N}_]*|\x60[^\x60]*\x60)`,
].join("|"), "gu");

/**
 * Splits text into [{kind, text}] covering all of it; kind is "" for plain text. A ":Name" is a label or type
 * only inside ( ) or [ ]: inside { } it is a map key's colon, so the brackets passed are tracked.
 */
export function tokens(text) {
  const out = [], open = [];
  let at = 0;
  const plain = part => {
    for (const c of part) {
      if (c === "(" || c === "[" || c === "{") open.push(c);
      else if (c === ")" || c === "]" || c === "}") open.pop();
    }
    out.push({kind: "", text: part});
  };
  for (const match of text.matchAll(TOKEN)) {
    if (match.index > at) plain(text.slice(at, match.index));
    const groups = match.groups;
    let kind = Object.keys(groups).find(k => groups[k] != null);
    if (kind === "word") kind = KEYWORDS.has(match[0].toUpperCase()) ? "keyword" : "";
    if (kind === "label" && !["(", "["].includes(open.at(-1))) {
      plain(match[0][0]);
      at = match.index + 1;
      continue;
    }
    out.push({kind, text: match[0]});
    at = match.index + match[0].length;
  }
  if (at < text.length) plain(text.slice(at));
  return out;
}

/** Fills target with the highlighted text (a trailing newline keeps the last empty line as tall as the editor's). */
export function highlightInto(target, text) {
  const spans = tokens(text).map(({kind, text: part}) => {
    if (!kind) return document.createTextNode(part);
    const span = document.createElement("span");
    span.className = `cy-${kind}`;
    span.textContent = part;
    return span;
  });
  target.replaceChildren(...spans, document.createTextNode(text.endsWith("\n") ? " " : ""));
}
