package dev.collabgraph.app.explore;

import dev.collabgraph.app.reference.ReferenceData;
import dev.collabgraph.loader.extract.Extractor;
import dev.collabgraph.store.CypherFiles;
import dev.collabgraph.store.CypherStatement;
import dev.collabgraph.store.EmbeddedNeo4j;
import dev.collabgraph.store.EmbeddedSettings;
import dev.collabgraph.store.GraphStore;
import dev.collabgraph.store.GraphWriter;
import dev.collabgraph.store.Schema;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bounded path search against real Neo4j on the seed document: for pairs of its busiest entities and units, with
 * the default labels and with every label, it finds the same routes as Neo4j's {@code SHORTEST 50} search it replaced
 * ({@code findAlternativePaths}, kept for this comparison), in the same order, wherever that search's answer was
 * determined: every route shorter than the longest it listed. At that longest length {@code SHORTEST 50} keeps
 * whichever paths it met before its bound (the seed's units reach an industry by dozens of four-step routes), where
 * the search takes the first in id order; the routes shown then differ in which of those equally long detours they
 * list.
 */
class PathSearchIT {
    private static final CypherStatement SHORTEST = CypherFiles.load("queries/explore/findAlternativePaths");
    private static final int LIMIT = 3;
    private static final int MAX_HOPS = 4;
    private static final int CANDIDATES = LIMIT * AlternativePaths.CANDIDATES_PER_PATH;

    @TempDir
    static Path directory;
    private static EmbeddedNeo4j dbms;
    private static GraphStore store;

    @BeforeAll
    static void start() {
        dbms = EmbeddedNeo4j.start(directory, EmbeddedSettings.defaults());
        store = dbms.openStore();
        Schema.apply(store);
        GraphWriter.write(store, Extractor.extract(Path.of("..", "data", "xuzhou-2018-20.txt")));
        ReferenceData.load(store);
    }

    @AfterAll
    static void stop() {
        store.close();
        dbms.close();
    }

    @Test
    void theSearchPicksTheRoutesTheShortestPathSearchPicked() {
        List<String> ends = store.readAdHoc("MATCH (n) WHERE n:University OR n:Enterprise OR n:Platform OR n:Park "
                + "OR n:Industry OR n:Unit RETURN n.id ORDER BY COUNT { (n)--() } DESC, n.id LIMIT 16", Map.of(),
                Duration.ofSeconds(30), 100).rows().stream().map(r -> r.get(0).asString()).toList();
        assertThat(ends).hasSize(16);
        int compared = 0;
        int withPaths = 0;
        int sameShown = 0;
        List<String> differences = new ArrayList<>();
        for (int i = 0; i < ends.size(); i++) {
            for (int j = i + 1; j < ends.size(); j++) {
                for (List<String> through : List.of(PathTypes.DEFAULT, PathTypes.ALL)) {
                    List<List<String>> before = shortest(ends.get(i), ends.get(j), through);
                    // the equivalence, not the time budget, is what this compares: a slow machine must not cut it
                    List<List<String>> after = PathSearch.find(store, ends.get(i), ends.get(j), MAX_HOPS, through,
                            CANDIDATES, System.nanoTime() + Duration.ofMinutes(1).toNanos()).routes();
                    compared++;
                    withPaths += before.isEmpty() ? 0 : 1;
                    int longest = before.stream().mapToInt(List::size).max().orElse(Integer.MAX_VALUE);
                    // a list that ended before the bound holds every route up to maxHops
                    int determined = before.size() < CANDIDATES && after.size() < CANDIDATES ? Integer.MAX_VALUE : longest;
                    if (!shorter(before, determined).equals(shorter(after, determined))) {
                        differences.add(ends.get(i) + " → " + ends.get(j) + " " + through.size() + ": " + before
                                + " ≠ " + after);
                    }
                    sameShown += chosen(before).equals(chosen(after)) ? 1 : 0;
                }
            }
        }
        assertThat(withPaths).as("pairs joined by a path").isGreaterThan(compared / 2);
        assertThat(differences).isEmpty();
        // most answers are the very same paths; the others differ only in equally long detours
        assertThat(sameShown).as("answers showing the same paths, of " + compared).isGreaterThan(compared * 3 / 4);
    }

    @Test
    void theTimeBudgetLeavesSmallLevelsAlone() {
        String from = "enterprise:徐工集团";
        String to = "university:中国矿业大学";
        PathSearch.Routes enough = PathSearch.find(store, from, to, MAX_HOPS, PathTypes.ALL, CANDIDATES,
                System.nanoTime() + Duration.ofMinutes(1).toNanos());
        assertThat(enough.routes()).isNotEmpty();
        assertThat(enough.cut()).isFalse();
        // on a city's store every level is small: read whatever the clock says, so a cold start still finds paths
        PathSearch.Routes late = PathSearch.find(store, from, to, MAX_HOPS, PathTypes.ALL, CANDIDATES, System.nanoTime());
        assertThat(late.routes()).isEqualTo(enough.routes());
        assertThat(late.cut()).isFalse();
    }

    private static List<List<String>> shorter(List<List<String>> routes, int nodes) {
        return routes.stream().filter(r -> r.size() < nodes).toList();
    }

    /** The routes the explorer shows and whether one more was found, as {@link ExploreQueries} chooses them. */
    private static List<List<String>> chosen(List<List<String>> candidates) {
        return AlternativePaths.choose(candidates.stream().map(r -> new PathsPayload.Path(r, List.of())).toList(),
                LIMIT + 1).stream().map(PathsPayload.Path::nodes).toList();
    }

    private static List<List<String>> shortest(String from, String to, List<String> through) {
        return store.read(SHORTEST, Map.of("from", from, "to", to, "maxHops", MAX_HOPS,
                "candidates", CANDIDATES, "through", through),
                r -> r.get("nodes").asList(n -> n.get("id").asString()));
    }
}
