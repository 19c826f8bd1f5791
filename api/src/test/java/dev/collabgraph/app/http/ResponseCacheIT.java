package dev.collabgraph.app.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.collabgraph.app.corrections.CorrectionRequest;
import dev.collabgraph.app.corrections.CorrectionService;
import dev.collabgraph.app.reference.ReferenceData;
import dev.collabgraph.loader.extract.Extractor;
import dev.collabgraph.store.EmbeddedNeo4j;
import dev.collabgraph.store.EmbeddedSettings;
import dev.collabgraph.store.GraphStore;
import dev.collabgraph.store.GraphWriter;
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
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The response cache over real HTTP and a real embedded Neo4j holding the seed document: two servers on one store,
 * one keeping answers and one making every answer, give the same bytes; the keeping one answers a repeated request
 * from the cache, and a write (even one that keeps the graph's size, a rename) shows in the very next answer.
 */
class ResponseCacheIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String UNIVERSITY = "university:中国矿业大学";

    @TempDir
    static Path directory;
    private static EmbeddedNeo4j dbms;
    private static GraphStore store;
    private static HttpServer cached;
    private static HttpServer uncached;

    @BeforeAll
    static void start() {
        dbms = EmbeddedNeo4j.start(directory, EmbeddedSettings.defaults());
        store = dbms.openStore();
        Schema.apply(store);
        GraphWriter.write(store, Extractor.extract(SeededServer.SEED));
        ReferenceData.load(store);
        cached = HttpServer.start(store, "127.0.0.1", 0, ResponseCache.Limits.DEFAULT);
        uncached = HttpServer.start(store, "127.0.0.1", 0, ResponseCache.Limits.OFF);
    }

    @AfterAll
    static void stop() {
        cached.close();
        uncached.close();
        store.close();
        dbms.close();
    }

    @Test
    void keptAnswersAreTheBytesAServerWithoutTheCacheMakes() throws Exception {
        for (String path : List.of("/api/nodes/" + enc(UNIVERSITY), "/api/nodes/" + enc(UNIVERSITY) + "?limit=2&skip=1",
                "/api/nodes/" + enc(UNIVERSITY) + "/tasks", "/api/nodes/" + enc(UNIVERSITY) + "/neighbors",
                "/api/search?q=" + enc("大学"), "/api/paths?from=" + enc("enterprise:徐工集团") + "&to=" + enc(UNIVERSITY),
                "/api/stats", "/api/recommendations?for=" + enc("enterprise:徐工集团"), "/api/tasks?limit=5",
                "/api/indicators", "/api/links/industry-academia", "/api/links/industry-academia?format=csv")) {
            byte[] first = get(cached, path).body();
            long hits = cached.responseCache().hits();
            byte[] again = get(cached, path).body();
            assertThat(cached.responseCache().hits()).as(path).isEqualTo(hits + 1);
            assertThat(again).as(path).isEqualTo(first);
            assertThat(new String(get(uncached, path).body(), StandardCharsets.UTF_8)).as(path)
                    .isEqualTo(new String(first, StandardCharsets.UTF_8));
        }
        assertThat(uncached.responseCache().entries()).isZero();
    }

    @Test
    void aKeptAnswerKeepsItsHeaders() throws Exception {
        for (HttpServer server : List.of(cached, cached, uncached)) {
            HttpResponse<byte[]> page = get(server, "/api/tasks?skip=2&limit=3");
            assertThat(page.headers().firstValue("X-Next-Skip")).contains("5");
            assertThat(page.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
            HttpResponse<byte[]> last = get(server, "/api/tasks?skip=24&limit=3");
            assertThat(last.headers().firstValue("X-Next-Skip")).isEmpty();
            HttpResponse<byte[]> csv = get(server, "/api/links/industry-academia?format=csv");
            assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
            assertThat(csv.headers().firstValue("Content-Disposition").orElseThrow()).contains("industry-academia.csv");
        }
    }

    @Test
    void errorsAreNotKeptAndTheLanguageIsPartOfTheKey() throws Exception {
        HttpResponse<byte[]> missing = get(cached, "/api/nodes/" + enc("university:无此大学"));
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(new String(missing.body(), StandardCharsets.UTF_8)).contains("没有编号为");
        HttpResponse<byte[]> english = get(cached, "/api/nodes/" + enc("university:无此大学") + "?lang=en");
        assertThat(new String(english.body(), StandardCharsets.UTF_8)).contains("No node with id");
        assertThat(get(cached, "/api/nodes/" + enc(UNIVERSITY) + "?limit=0").statusCode()).isEqualTo(400);
    }

    @Test
    void aRenameShowsInTheNextAnswer() throws Exception {
        String company = "enterprise:徐工集团";
        String path = "/api/nodes/" + enc(company);
        JsonNode before = JSON.readTree(get(cached, path).body());
        assertThat(JSON.readTree(get(cached, path).body())).isEqualTo(before);
        new CorrectionService(store).add(new CorrectionRequest("RENAME", company, "徐工集团（改名）", null, null, null, null,
                null, null, null, null, "test"), "tester");
        JsonNode after = JSON.readTree(get(cached, path).body());
        assertThat(after.path("name").asText()).isEqualTo("徐工集团（改名）");
        assertThat(after.path("name").asText()).isNotEqualTo(before.path("name").asText());
    }

    private static HttpResponse<byte[]> get(HttpServer server, String pathAndQuery) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + pathAndQuery)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
