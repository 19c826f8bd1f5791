package dev.collabgraph.app.explore;

import dev.collabgraph.store.CypherFiles;
import dev.collabgraph.store.CypherStatement;
import dev.collabgraph.store.GraphStore;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Search over names, aliases and pinyin, backed by the fulltext indexes (and the text index for one character).
 * The indexes find candidates; the ranking here puts exact names first, then exact aliases, prefixes, substrings
 * and pinyin matches, and breaks ties by how connected a node is.
 */
final class Search {
    private static final CypherStatement SEARCH = CypherFiles.load("queries/explore/searchNames");
    private static final CypherStatement CONTAINING = CypherFiles.load("queries/explore/searchNamesContaining");
    private static final Pattern PINYIN = Pattern.compile("[a-z0-9]+");
    private static final Pattern LUCENE_SPECIAL = Pattern.compile("([+\\-&|!(){}\\[\\]^\"~*?:\\\\/])");

    private final GraphStore store;

    Search(GraphStore store) {
        this.store = store;
    }

    List<SearchHit> search(String query, List<String> labels, int limit) {
        String q = query.strip();
        String lower = q.toLowerCase(Locale.ROOT);
        List<SearchHit> candidates;
        if (q.codePointCount(0, q.length()) == 1) {
            candidates = store.read(CONTAINING, Map.of("text", q, "labels", labels, "limit", limit * 5), Search::hit);
        } else {
            String pinyin = PINYIN.matcher(lower).matches() ? lower + "*" : "__no_pinyin__";
            candidates = store.read(SEARCH, Map.of("query", "\"" + LUCENE_SPECIAL.matcher(q).replaceAll("\\\\$1") + "\"",
                    "pinyinQuery", pinyin, "labels", labels, "limit", limit * 5), Search::hit);
        }
        Map<String, SearchHit> ranked = new LinkedHashMap<>();
        for (SearchHit hit : candidates) {
            ranked.putIfAbsent(hit.id(), new SearchHit(hit.id(), hit.label(), hit.name(), hit.aliases(),
                    rank(hit, q, lower), hit.degree()));
        }
        return ranked.values().stream()
                .sorted(Comparator.comparingDouble(SearchHit::score).reversed().thenComparing(SearchHit::name))
                .limit(limit)
                .toList();
    }

    /** Tier of the best way the query matches (100 exact name … 40 pinyin) plus a little for connectedness. */
    private static double rank(SearchHit hit, String q, String lower) {
        double tier = 40;
        String name = hit.name().toLowerCase(Locale.ROOT);
        if (name.equals(lower)) {
            tier = 100;
        } else if (hit.aliases().stream().anyMatch(a -> a.equalsIgnoreCase(q))) {
            tier = 90;
        } else if (name.startsWith(lower)) {
            tier = 80;
        } else if (hit.aliases().stream().anyMatch(a -> a.toLowerCase(Locale.ROOT).startsWith(lower))) {
            tier = 70;
        } else if (name.contains(lower)) {
            tier = 60;
        } else if (hit.aliases().stream().anyMatch(a -> a.toLowerCase(Locale.ROOT).contains(lower))) {
            tier = 50;
        }
        double shortness = 1.0 / (1 + name.length());
        return tier + Math.min(5, Math.log1p(hit.degree())) + shortness;
    }

    private static SearchHit hit(Record row) {
        return new SearchHit(row.get("id").asString(), row.get("label").asString(), row.get("name").asString(""),
                row.get("aliases").asList(Value::asString), row.get("score").asDouble(), row.get("degree").asLong());
    }
}
