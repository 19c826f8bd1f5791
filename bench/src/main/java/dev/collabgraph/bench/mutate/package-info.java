/**
 * Layout mutations of a document's text that keep its meaning and its gold: hard line wraps, page footers, another
 * numbering family, another form of responsibility note, CRLF and full-width characters, blank lines. Each rewrites
 * the gold's anchors where it changes them, so that {@code eval corpus --mutate NAME} can score what a layout
 * change alone loses (metamorphic testing of the loader).
 */
package dev.collabgraph.bench.mutate;
