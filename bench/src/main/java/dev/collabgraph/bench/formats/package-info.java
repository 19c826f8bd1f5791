/**
 * Copies of a plain-text document in the formats users load (Word, PDF, a web page), rendered the way publishing
 * tools lay them out, so that {@code eval --as FORMAT} can score what the format alone loses against the same gold.
 */
package dev.collabgraph.bench.formats;
