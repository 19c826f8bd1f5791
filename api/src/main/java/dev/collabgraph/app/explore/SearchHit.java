package dev.collabgraph.app.explore;

import java.util.List;

/** A search result, best first: {@code score} orders exact names before aliases, prefixes, substrings and pinyin. */
public record SearchHit(String id, String label, String name, List<String> aliases, double score, long degree) {
}
