/**
 * Extraction quality against the hand-checked gold corpus ({@code corpus/README.md}): tasks, titles,
 * responsibilities, annex rows, indicator values, entities by type and industry–academia links, per document and
 * per split (dev / held-out). No database: extraction only.
 */
package dev.collabgraph.bench.eval;
