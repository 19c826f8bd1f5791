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
import dev.collabgraph.store.Walks;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.neo4j.driver.exceptions.ClientException;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The direct walks in process give the rows of the statements run over a driver, on three documents (the seed and
 * two of other cities, so that entities are shared across documents): the path search's levels, and so the same
 * routes in process as over Bolt; and every node's neighbours.
 */
class DirectWalksIT {
    private static final CypherStatement EXPAND = CypherFiles.load("queries/explore/expandPathFrontier");
    private static final CypherStatement EXPAND_LINKS = CypherFiles.load("queries/explore/expandPathLinks");
    private static final CypherStatement NEIGHBOURS = CypherFiles.load("queries/explore/expandNeighbors");
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    @TempDir
    static Path directory;
    private static EmbeddedNeo4j dbms;
    private static GraphStore store;
    private static GraphStore bolt;
    private static Walks walks;

    @BeforeAll
    static void start() {
        dbms = EmbeddedNeo4j.start(directory, EmbeddedSettings.defaults().withBoltPort(0));
        store = dbms.openStore();
        Schema.apply(store);
        GraphWriter.write(store, Extractor.extract(Path.of("..", "data", "xuzhou-2018-20.txt")));
        GraphWriter.write(store, Extractor.extract(Path.of("..", "corpus", "01-second-city.txt")));
        GraphWriter.write(store, Extractor.extract(Path.of("..", "corpus", "02-third-city.txt")));
        ReferenceData.load(store);
        bolt = dbms.openBoltStore();
        walks = store.walks().orElseThrow();
    }

    @AfterAll
    static void stop() {
        bolt.close();
        store.close();
        dbms.close();
    }

    @Test
    void overADriverThereAreNoWalks() {
        assertThat(bolt.walks()).isEmpty();
    }

    @Test
    void everyLevelIsTheStatementsRows() {
        List<String> ids = store.readAdHoc("MATCH (n:Node) RETURN n.id ORDER BY n.id", Map.of(), TIMEOUT, 100_000)
                .rows().stream().map(r -> r.get(0).asString()).toList();
        assertThat(ids).hasSizeGreaterThan(500);
        List<String> ends = List.of(ids.get(0), ids.get(ids.size() / 2));
        List<String> differences = new ArrayList<>();
        int steps = 0;
        for (List<String> through : List.of(PathTypes.DEFAULT, PathTypes.ALL)) {
            for (boolean linksOnly : List.of(false, true)) {
                // one node at a time, and whole frontiers (a node reached from several, a node listed twice)
                List<List<String>> frontiers = new ArrayList<>(ids.stream().map(List::of).toList());
                frontiers.add(ids);
                frontiers.add(ids.subList(0, 40));
                frontiers.add(List.of(ids.get(7), ids.get(7), "no:such-node"));
                for (List<String> frontier : frontiers) {
                    Set<Walks.PathStep> walked = sorted(walks.pathLevel(frontier, through, ends, linksOnly, TIMEOUT));
                    Set<Walks.PathStep> stated = sorted(statement(frontier, through, ends, linksOnly));
                    steps += walked.size();
                    if (!walked.equals(stated)) {
                        differences.add(frontier.size() + " from " + frontier.get(0) + " " + through.size() + " "
                                + linksOnly + ": " + walked + " ≠ " + stated);
                    }
                }
            }
        }
        assertThat(differences).isEmpty();
        assertThat(steps).as("neighbours compared").isGreaterThan(3_000);
    }

    @Test
    void theSearchFindsTheSameRoutesInProcessAsOverBolt() {
        List<String> ends = store.readAdHoc("MATCH (n) WHERE n:University OR n:Enterprise OR n:Park OR n:Industry "
                + "OR n:Unit RETURN n.id ORDER BY COUNT { (n)--() } DESC, n.id LIMIT 10", Map.of(), TIMEOUT, 100)
                .rows().stream().map(r -> r.get(0).asString()).toList();
        int withRoutes = 0;
        for (String from : ends) {
            for (String to : ends) {
                for (List<String> through : List.of(PathTypes.DEFAULT, PathTypes.ALL)) {
                    long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
                    PathSearch.Routes here = PathSearch.find(store, from, to, 4, through, 30, deadline);
                    PathSearch.Routes there = PathSearch.find(bolt, from, to, 4, through, 30, deadline);
                    assertThat(here).as(from + " → " + to).isEqualTo(there);
                    withRoutes += here.routes().isEmpty() ? 0 : 1;
                }
            }
        }
        assertThat(withRoutes).as("pairs joined by a route").isGreaterThan(40);
    }

    @Test
    void aWalkPastItsTimeFailsAsAStatementDoes() {
        List<String> ids = store.readAdHoc("MATCH (n:Node) RETURN n.id", Map.of(), TIMEOUT, 100_000).rows().stream()
                .map(r -> r.get(0).asString()).toList();
        assertThatThrownBy(() -> walks.pathLevel(ids, PathTypes.ALL, List.of(), false, Duration.ofNanos(1)))
                .isInstanceOfSatisfying(ClientException.class, e -> assertThat(PathSearch.timedOut(e)).isTrue());
    }

    @Test
    void everyNodesNeighboursAreTheStatementsRows() {
        List<String> ids = store.readAdHoc("MATCH (n:Node) RETURN n.id ORDER BY n.id", Map.of(), TIMEOUT, 100_000)
                .rows().stream().map(r -> r.get(0).asString()).toList();
        List<String> differences = new ArrayList<>();
        int rows = 0;
        int otherEvidence = 0;
        List<List<List<String>>> filters = List.of(List.of(List.of(), List.of()),
                List.of(List.of("University", "Enterprise", "Task"), List.of()),
                List.of(List.of(), List.of("MENTIONS", "PARTNERS_WITH", "LOCATED_IN")));
        for (String id : ids) {
            for (List<List<String>> filter : filters) {
                for (int limit : new int[] {50, 3}) {
                    List<Record> walked = walks.neighbours(id, filter.get(0), filter.get(1), limit, TIMEOUT);
                    List<Record> stated = store.read(NEIGHBOURS, Map.of("id", id, "labels", filter.get(0),
                            "types", filter.get(1), "limit", limit), r -> r);
                    rows += walked.size();
                    String where = id + " " + filter + " " + limit + ": ";
                    if (!nodes(walked).equals(nodes(stated))) {
                        differences.add(where + nodes(walked) + " ≠ " + nodes(stated));
                    } else if (!links(walked).equals(links(stated))) {
                        differences.add(where + links(walked) + " ≠ " + links(stated));
                    }
                    // a summary's evidence is the first relationship either meets: any of the pair's is right
                    Map<List<String>, List<Object>> theirs = new HashMap<>();
                    stated.forEach(r -> theirs.put(link(r), r.get("quotes").asList()));
                    for (Record r : walked) {
                        List<Object> quotes = r.get("quotes").asList();
                        if (!quotes.equals(theirs.get(link(r)))) {
                            otherEvidence++;
                            if (quotes.isEmpty() || !firstQuotes(link(r)).containsAll(quotes)) {
                                differences.add(where + "evidence " + quotes + " of " + link(r));
                            }
                        }
                    }
                }
            }
        }
        assertThat(differences).isEmpty();
        assertThat(rows).as("rows compared").isGreaterThan(5_000);
        assertThat(otherEvidence).as("rows whose evidence is another relationship's").isLessThan(rows / 10);
    }

    /** The neighbours in order, with what the explorer shows of each and the total. */
    private static List<String> nodes(List<Record> rows) {
        List<String> out = new ArrayList<>();
        for (Record r : rows) {
            String node = r.get("total").asLong() + " " + r.get("id").asString() + " " + r.get("label").asString()
                    + " " + r.get("name").asString("") + " " + r.get("degree").asLong();
            if (out.isEmpty() || !out.get(out.size() - 1).equals(node)) {
                out.add(node);
            }
        }
        return out;
    }

    private static Set<List<String>> links(List<Record> rows) {
        Set<List<String>> out = new HashSet<>();
        rows.forEach(r -> out.add(link(r)));
        assertThat(out).as("one row per link").hasSize(rows.size());
        return out;
    }

    private static List<String> link(Record r) {
        return List.of(r.get("id").asString(), r.get("source").asString(), r.get("type").asString(),
                r.get("target").asString());
    }

    /** The first quote of every relationship of the link's type between its ends. */
    private static List<Object> firstQuotes(List<String> link) {
        return store.readAdHoc("MATCH (s:Node {id: $s})-[r]->(t:Node {id: $t}) WHERE type(r) = $type "
                        + "RETURN coalesce(r.quotes, [])[0] AS q", Map.of("s", link.get(1), "t", link.get(3),
                        "type", link.get(2)), TIMEOUT, 100_000).rows().stream().map(r -> r.get(0).asObject()).toList();
    }

    private static List<Walks.PathStep> statement(List<String> ids, List<String> through, List<String> ends,
                                                  boolean linksOnly) {
        return store.read(linksOnly ? EXPAND_LINKS : EXPAND, Map.of("ids", ids, "through", through, "ends", ends),
                r -> new Walks.PathStep(r.get("to").asString(), r.get("froms").asList(Value::asString),
                        linksOnly ? 0 : r.get("degree").asLong(), r.get("links").asLong()));
    }

    /** The steps with their froms in one order (a statement collects them in the order it meets them). */
    private static Set<Walks.PathStep> sorted(List<Walks.PathStep> steps) {
        Set<Walks.PathStep> out = new HashSet<>();
        for (Walks.PathStep s : steps) {
            out.add(new Walks.PathStep(s.to(), s.froms().stream().sorted().toList(), s.degree(), s.links()));
        }
        assertThat(out).as("one step per neighbour").hasSize(steps.size());
        return out;
    }
}
