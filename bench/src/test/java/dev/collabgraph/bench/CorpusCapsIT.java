package dev.collabgraph.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.collabgraph.app.http.HttpServer;
import dev.collabgraph.app.load.ParallelLoader;
import dev.collabgraph.app.reference.ReferenceData;
import dev.collabgraph.loader.extract.Extractor;
import dev.collabgraph.store.EmbeddedNeo4j;
import dev.collabgraph.store.EmbeddedSettings;
import dev.collabgraph.store.GraphStore;
import dev.collabgraph.store.Schema;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every endpoint on a generated multi-document store (a few hundred variants of the seed: the same universities,
 * units and industries named in every document, so their neighbourhoods grow with the corpus) stays within its caps:
 * rows at most the page or limit asked for, bytes far below what the whole neighbourhood would take, and the
 * answer saying what it left out ({@code total}, {@code omitted}, {@code relationsNext}, {@code X-Next-Skip}).
 */
class CorpusCapsIT {
    private static final int DOCUMENTS = 250;
    private static final int MAX_BYTES = 1 << 20;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    static Path dir;
    private static EmbeddedNeo4j dbms;
    private static GraphStore store;
    private static HttpServer server;

    @BeforeAll
    static void loadCorpus() {
        dbms = EmbeddedNeo4j.start(dir.resolve("graph"), EmbeddedSettings.defaults());
        store = dbms.openStore();
        Schema.apply(store);
        List<String> texts = Corpus.variants(DOCUMENTS, 3);
        List<Integer> sources = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            sources.add(i);
        }
        List<ParallelLoader.Outcome<Integer>> outcomes = ParallelLoader.load(store, sources,
                i -> Extractor.extract("variant-" + i + ".txt", texts.get(i).getBytes(StandardCharsets.UTF_8)), 2, o -> {
                });
        assertThat(outcomes).allMatch(o -> o.failure() == null);
        ReferenceData.load(store);
        server = HttpServer.start(store, "127.0.0.1", 0);
    }

    @AfterAll
    static void stop() {
        server.close();
        store.close();
        dbms.close();
    }

    @Test
    void nodeDetailsOfTheBusiestNodesComeAPageAtATime() throws Exception {
        for (String label : List.of("University", "Unit", "Industry", "Enterprise")) {
            String id = busiest(label);
            JsonNode details = get("/api/nodes/" + encode(id) + "?limit=20", 256 * 1024);
            assertThat(details.path("relations").size()).as(label).isLessThanOrEqualTo(20);
            if (details.path("relationsTotal").asLong() > 20) {
                assertThat(details.path("relationsNext").asInt()).isEqualTo(20);
            }
            // every one of these is named in more tasks than a page holds: the details carry the first 20, the rest
            // come a page at a time
            assertThat(details.path("tasks").size()).as(label).isEqualTo(20);
            assertThat(details.path("tasksTotal").asLong()).as(label).isGreaterThan(100);
            assertThat(details.path("tasksNext").asInt()).as(label).isEqualTo(20);
            JsonNode more = get("/api/nodes/" + encode(id) + "/tasks?skip=20", 256 * 1024);
            assertThat(more.path("tasks").size()).as(label).isEqualTo(100);
            assertThat(more.path("total").asLong()).isEqualTo(details.path("tasksTotal").asLong());
            assertThat(more.path("next").asInt()).isEqualTo(120);
            for (JsonNode relation : details.path("relations")) {
                assertThat(relation.path("evidence").size()).isLessThanOrEqualTo(1);
            }
            JsonNode neighbours = get("/api/nodes/" + encode(id) + "/neighbors?limit=50", MAX_BYTES);
            assertThat(neighbours.path("nodes").size()).isLessThanOrEqualTo(51);
        }
        String university = busiest("University");
        JsonNode details = get("/api/nodes/" + encode(university) + "?limit=5", MAX_BYTES);
        assertThat(details.path("relationsTotal").asLong()).as("partners of the busiest university").isGreaterThan(5);
        assertThat(details.path("relationsNext").asInt()).isEqualTo(5);
        JsonNode first = details.path("relations").get(0);
        JsonNode evidence = get("/api/nodes/" + encode(university) + "/evidence?other="
                + encode(first.path("node").path("id").asText()) + "&type=" + first.path("type").asText() + "&limit=10",
                MAX_BYTES);
        assertThat(evidence.path("evidence").size()).isLessThanOrEqualTo(10);
        assertThat(evidence.path("total").asLong()).isEqualTo(first.path("quoteCount").asLong());
    }

    @Test
    void theOverviewShowsTheBestConnectedNodesAndSaysWhatItLeftOut() throws Exception {
        JsonNode overview = get("/api/graph", MAX_BYTES);
        assertThat(overview.path("nodes").size()).isLessThanOrEqualTo(300);
        assertThat(overview.path("omitted").asLong()).isPositive()
                .isEqualTo(overview.path("total").asLong() - overview.path("nodes").size());
        JsonNode most = get("/api/graph?limit=2000", 4 * MAX_BYTES);
        assertThat(most.path("nodes").size()).isLessThanOrEqualTo(2000);
        assertThat(status("/api/graph?limit=100000")).isEqualTo(400);
    }

    @Test
    void listsArePagedAndStatsStaySmall() throws Exception {
        HttpResponse<String> tasks = send("/api/tasks");
        assertThat(JSON.readTree(tasks.body()).size()).isEqualTo(500);
        assertThat(tasks.headers().firstValue("X-Next-Skip")).hasValue("500");
        assertThat(tasks.body().length()).isLessThan(MAX_BYTES);
        HttpResponse<String> indicators = send("/api/indicators?limit=100");
        assertThat(JSON.readTree(indicators.body()).size()).isEqualTo(100);
        assertThat(indicators.headers().firstValue("X-Next-Skip")).hasValue("100");

        JsonNode stats = get("/api/stats", 64 * 1024);
        assertThat(stats.path("documentCount").asLong()).isEqualTo(DOCUMENTS);
        assertThat(stats.path("documents").size()).isLessThanOrEqualTo(50);

        JsonNode search = get("/api/search?q=" + encode("大学") + "&limit=100", MAX_BYTES);
        assertThat(search.path("results").size()).isLessThanOrEqualTo(100);
        JsonNode paths = get("/api/paths?from=" + encode(busiest("University")) + "&to=" + encode(busiest("Industry"))
                + "&limit=10", MAX_BYTES);
        assertThat(paths.toString().length()).isLessThan(MAX_BYTES);
    }

    @Test
    void analysesAndTheConsoleAreCapped() throws Exception {
        JsonNode links = get("/api/links/industry-academia", 4 * MAX_BYTES);
        assertThat(links.toString().length()).isLessThan(4 * MAX_BYTES);
        JsonNode recommendations = get("/api/recommendations?for=" + encode(busiest("Enterprise")) + "&limit=100",
                MAX_BYTES);
        assertThat(recommendations.path("items").size()).isLessThanOrEqualTo(100);

        HttpResponse<String> console = HTTP.send(HttpRequest.newBuilder(uri("/api/cypher"))
                .header("Content-Type", "application/json").timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("query",
                        "MATCH (n)-[r]->(m) RETURN n.name, type(r), m.name")))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(console.statusCode()).isEqualTo(200);
        JsonNode answer = JSON.readTree(console.body());
        assertThat(answer.path("truncated").asBoolean()).isTrue();
        assertThat(answer.path("rows").size()).isEqualTo(1000);

        for (JsonNode query : get("/api/queries", MAX_BYTES).path("queries")) {
            String name = query.path("name").asText();
            if (query.path("parameters").size() > 0 && !name.startsWith("gaps/")) {
                continue;
            }
            HttpResponse<String> run = send("/api/queries/" + name);
            assertThat(run.statusCode()).as(name + ": " + run.body()).isIn(200, 400);
            assertThat(run.body().length()).as(name).isLessThan(8 * MAX_BYTES);
            if (run.statusCode() == 200) {
                assertThat(JSON.readTree(run.body()).path("rows").size()).as(name).isLessThanOrEqualTo(1000);
            }
        }
    }

    private static String busiest(String label) {
        return store.readAdHoc("MATCH (n:" + label + ") RETURN n.id ORDER BY COUNT { (n)--() } DESC, n.id LIMIT 1",
                Map.of(), Duration.ofSeconds(30), 1).rows().get(0).get(0).asString();
    }

    private static JsonNode get(String pathAndQuery, int maxBytes) throws Exception {
        HttpResponse<String> response = send(pathAndQuery);
        assertThat(response.statusCode()).as(pathAndQuery + ": " + response.body()).isEqualTo(200);
        assertThat(response.body().getBytes(StandardCharsets.UTF_8).length).as(pathAndQuery).isLessThan(maxBytes);
        return JSON.readTree(response.body());
    }

    private static int status(String pathAndQuery) throws Exception {
        return send(pathAndQuery).statusCode();
    }

    private static HttpResponse<String> send(String pathAndQuery) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(uri(pathAndQuery)).timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static URI uri(String pathAndQuery) {
        return URI.create("http://127.0.0.1:" + server.port() + pathAndQuery);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
