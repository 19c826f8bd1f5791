// Where selected text lies in a document: the sentence shown around a quote starts at a known offset of the
// document's text, and a selection inside it is counted in characters (UTF-16 units, as the server's Java counts).

/**
 * The document offset of the first character of evidence.context: the server's contextStart; else, from the quote's
 * place in it, or null when that cannot be known exactly (a quote found twice in its sentence could be either).
 */
export function sentenceStart(evidence) {
  const {context, quote, start, contextStart} = evidence ?? {};
  if (typeof context === "string" && Number.isInteger(contextStart)) return contextStart;
  if (typeof context !== "string" || !quote || !Number.isInteger(start) || start < 0) return null;
  const at = context.indexOf(quote);
  if (at < 0 || context.indexOf(quote, at + 1) >= 0) return null;
  return start - at;
}

/** The number of text characters in root before the DOM boundary point (node, offset). */
export function textOffset(root, node, offset) {
  const range = document.createRange();
  range.selectNodeContents(root);
  range.setEnd(node, offset);
  return range.toString().length;
}

/**
 * The selection range as [start, end) offsets in the text of root, or null when it is empty or does not lie
 * wholly inside root.
 */
export function rangeInside(root, range) {
  if (!range || range.collapsed) return null;
  if (!root.contains(range.startContainer) || !root.contains(range.endContainer)) return null;
  const start = textOffset(root, range.startContainer, range.startOffset);
  const end = textOffset(root, range.endContainer, range.endOffset);
  return end > start ? {start, end, text: root.textContent.slice(start, end)} : null;
}

/**
 * The selection inside an element that carries data-start (its text's document offset) and data-document, as
 * document offsets: {document, start, end, text}; null when the selection is elsewhere or spans two sentences.
 */
export function documentSelection(selection, sentenceSelector = "[data-start][data-document]") {
  if (!selection || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  const container = range.commonAncestorContainer;
  const element = container.nodeType === Node.ELEMENT_NODE ? container : container.parentElement;
  const sentence = element?.closest(sentenceSelector);
  if (!sentence) return null;
  const inside = rangeInside(sentence, range);
  if (!inside) return null;
  const base = Number(sentence.dataset.start);
  return {document: sentence.dataset.document, start: base + inside.start, end: base + inside.end, text: inside.text,
    sentence};
}
