/**
 * Benchmarks run from the command line ({@code collabgraph bench …}), not from tests: a deterministic corpus of
 * seed-document variants ({@link dev.collabgraph.bench.Corpus}), extraction throughput against a plain
 * read-and-split of the same files, and load throughput against per-row and bare batched Cypher, each baseline
 * measured in the same run as our code.
 */
package dev.collabgraph.bench;
