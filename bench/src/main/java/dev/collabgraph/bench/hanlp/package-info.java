/**
 * HanLP (com.hankcs:hanlp portable, Apache-2.0) evaluated as a source of entity names and word boundaries
 * (issue 8): its segmentation and organisation/place recognition, and the ways they could join our extraction
 * ({@link dev.collabgraph.bench.hanlp.HanlpMode}). Dev tooling: nothing here is in the product jar.
 */
package dev.collabgraph.bench.hanlp;
