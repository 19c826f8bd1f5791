package dev.collabgraph.app.corrections;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.collabgraph.app.documents.Editors;
import dev.collabgraph.app.documents.GraphDump;
import dev.collabgraph.app.http.HttpServer;
import dev.collabgraph.app.http.ServerLinks;
import dev.collabgraph.app.reference.ReferenceData;
import dev.collabgraph.loader.extract.Extractor;
import dev.collabgraph.store.EmbeddedNeo4j;
import dev.collabgraph.store.EmbeddedSettings;
import dev.collabgraph.store.GraphStore;
import dev.collabgraph.store.GraphWriter;
import dev.collabgraph.store.Schema;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Editors' corrections over real HTTP on a real embedded Neo4j: each changes the graph at once, survives the
 * document being removed and loaded again, is undone exactly, and moves to a fresh store by export and import.
 */
class CorrectionsIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Path SEED = Path.of("..", "data", "xuzhou-2018-20.txt");
    private static final String SEED_ID = "xwf-2018-20";
    private static final String TOKEN = "corrections-test-token-42";

    @TempDir
    static Path dir;
    private static final List<AutoCloseable> OPEN = new java.util.ArrayList<>();

    private record Server(GraphStore store, HttpServer http) {
        URI uri(String path) {
            return URI.create("http://127.0.0.1:" + http.port() + path);
        }
    }

    private static Server server;

    @BeforeAll
    static void start() {
        server = seeded(dir.resolve("graph"));
    }

    /** Each test starts from the seeded graph: its corrections undone, the seed loaded again if it removed it. */
    @AfterEach
    void undoEverything() throws Exception {
        for (JsonNode listed : get(server, "/api/corrections?limit=200").path("corrections")) {
            send(server, "DELETE", "/api/corrections/" + listed.path("correction").path("id").asText(), null, 200);
        }
        GraphWriter.write(server.store(), Extractor.extract(SEED));
    }

    @AfterAll
    static void stop() throws Exception {
        for (int i = OPEN.size() - 1; i >= 0; i--) {
            OPEN.get(i).close();
        }
    }

    @Test
    void aRenameHoldsWhenItsDocumentIsRemovedAndLoadedAgainAndItsUndoGivesBackTheGraph() throws Exception {
        List<String> before = GraphDump.of(server.store());

        JsonNode made = post(server, "/api/corrections", Map.of("kind", "RENAME", "entity", "enterprise:新盛公司",
                "value", "江苏新盛科技有限公司", "reason", "the name was cut short"), 201);

        assertThat(made.path("documents")).extracting(JsonNode::asText).containsExactly(SEED_ID);
        assertThat(name(server, "enterprise:新盛公司")).isEqualTo("江苏新盛科技有限公司");
        assertThat(search(server, "新盛科技")).contains("enterprise:新盛公司");

        GraphWriter.remove(server.store(), SEED_ID);
        GraphWriter.write(server.store(), Extractor.extract(SEED));
        assertThat(name(server, "enterprise:新盛公司")).as("loading the document again keeps the correction")
                .isEqualTo("江苏新盛科技有限公司");
        assertThat(GraphWriter.write(server.store(), Extractor.extract(SEED)).unchanged())
                .as("the same file with the same corrections is not written again").isTrue();

        JsonNode listed = get(server, "/api/corrections").path("corrections").get(0);
        assertThat(listed.path("correction").path("editor").asText()).isEqualTo("token");
        assertThat(listed.path("correction").path("reason").asText()).isEqualTo("the name was cut short");
        assertThat(listed.path("documents").asInt()).isEqualTo(1);

        send(server, "DELETE", "/api/corrections/" + made.path("correction").path("id").asText(), null, 200);
        assertThat(GraphDump.of(server.store())).as("undo gives back the graph as it was").isEqualTo(before);
    }

    @Test
    void aMergeMovesNamesAndLinksAndTheDeletedAndAddedRelationshipsHoldOnReload() throws Exception {
        List<String> before = GraphDump.of(server.store());
        post(server, "/api/corrections", Map.of("kind", "MERGE", "entity", "university:江苏师范大学科文学院",
                "target", "university:江苏师范大学"), 201);
        assertThat(status(server, "/api/nodes/" + encode("university:江苏师范大学科文学院"))).isEqualTo(404);
        JsonNode into = get(server, "/api/nodes/" + encode("university:江苏师范大学"));
        assertThat(into.path("aliases")).extracting(JsonNode::asText).contains("江苏师范大学科文学院", "科文学院");

        post(server, "/api/corrections", Map.of("kind", "DELETE_RELATIONSHIP", "from", "region:徐州",
                "type", "PARTNERS_WITH", "to", "university:清华大学", "document", SEED_ID), 201);
        String text = Files.readString(SEED);
        int start = text.indexOf("徐工");
        int end = text.indexOf('。', start);
        JsonNode added = post(server, "/api/corrections", Map.of("kind", "ADD_RELATIONSHIP",
                "from", "enterprise:徐工集团", "type", "PARTNERS_WITH", "to", "university:中国矿业大学",
                "document", SEED_ID, "start", start, "end", end), 201);
        assertThat(added.path("correction").path("quote").asText()).isEqualTo(text.substring(start, end));
        assertThat(relation(server, "region:徐州", "PARTNERS_WITH", "university:清华大学")).isFalse();
        assertThat(relation(server, "enterprise:徐工集团", "PARTNERS_WITH", "university:中国矿业大学")).isTrue();

        GraphWriter.remove(server.store(), SEED_ID);
        GraphWriter.write(server.store(), Extractor.extract(SEED));
        ReferenceData.load(server.store());
        assertThat(status(server, "/api/nodes/" + encode("university:江苏师范大学科文学院"))).isEqualTo(404);
        assertThat(relation(server, "region:徐州", "PARTNERS_WITH", "university:清华大学")).isFalse();
        assertThat(relation(server, "enterprise:徐工集团", "PARTNERS_WITH", "university:中国矿业大学")).isTrue();

        undoEverything();
        assertThat(GraphDump.of(server.store())).isEqualTo(before);
    }

    @Test
    void anAliasSplitOffBecomesAnEntityOfItsOwnAndItsUndoGivesBackTheGraph() throws Exception {
        List<String> before = GraphDump.of(server.store());
        JsonNode made = post(server, "/api/corrections", Map.of("kind", "SPLIT_ALIAS", "entity", "park:徐州高新区",
                "value", "徐州国家高新区", "reason", "the national zone is another park"), 201);
        assertThat(made.path("correction").path("target").asText()).isEqualTo("park:徐州国家高新区");
        assertThat(get(server, "/api/nodes/" + encode("park:徐州高新区")).path("aliases"))
                .extracting(JsonNode::asText).doesNotContain("徐州国家高新区");
        assertThat(name(server, "park:徐州国家高新区")).isEqualTo("徐州国家高新区");
        assertThat(search(server, "徐州国家高新区")).contains("park:徐州国家高新区");

        send(server, "DELETE", "/api/corrections/" + made.path("correction").path("id").asText(), null, 200);
        assertThat(GraphDump.of(server.store())).isEqualTo(before);
    }

    @Test
    void exportedCorrectionsImportedIntoAFreshStoreGiveTheSameGraph() throws Exception {
        post(server, "/api/corrections", Map.of("kind", "RENAME", "entity", "enterprise:新盛公司",
                "value", "江苏新盛科技有限公司"), 201);
        post(server, "/api/corrections", Map.of("kind", "DELETE_ENTITY", "entity", "enterprise:甲骨文",
                "reason", "not named as a partner"), 201);
        post(server, "/api/corrections", Map.of("kind", "RETYPE", "entity", "park:徐州金融集聚区", "label", "Region"),
                201);
        String exported = HTTP.send(HttpRequest.newBuilder(server.uri("/api/corrections/export")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        assertThat(JSON.readTree(exported)).hasSize(3);

        Server fresh = seeded(dir.resolve("fresh"));
        HttpResponse<String> imported = HTTP.send(HttpRequest.newBuilder(fresh.uri("/api/corrections/import"))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + TOKEN)
                .POST(HttpRequest.BodyPublishers.ofString(exported)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
        assertThat(JSON.readTree(imported.body()).path("imported").asInt()).isEqualTo(3);
        assertThat(GraphDump.of(fresh.store())).isEqualTo(GraphDump.of(server.store()));
        assertThat(status(fresh, "/api/nodes/" + encode("enterprise:甲骨文"))).isEqualTo(404);
        assertThat(get(fresh, "/api/nodes/" + encode("region:徐州金融集聚区")).path("label").asText()).isEqualTo("Region");
    }

    @Test
    void writesNeedAnEditorAndBadCorrectionsNameTheirField() throws Exception {
        HttpResponse<String> anonymous = HTTP.send(HttpRequest.newBuilder(server.uri("/api/corrections"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"kind\":\"DELETE_ENTITY\",\"entity\":\"enterprise:华为\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(anonymous.statusCode()).isEqualTo(403);
        assertThat(post(server, "/api/corrections", Map.of("kind", "RENAME", "entity", "enterprise:没有这家"),
                400).path("details").path("field").asText()).isEqualTo("entity");
        // worded in the language asked for, Chinese by default
        assertThat(post(server, "/api/corrections", Map.of("kind", "RENAME", "entity", SEED_ID, "value", "x"),
                400).path("title").asText()).startsWith("更正有误").contains("不是命名实体").doesNotContain("named");
        assertThat(post(server, "/api/corrections?lang=en", Map.of("kind", "RENAME", "entity", SEED_ID, "value", "x"),
                400).path("title").asText()).contains("not a named entity");
        assertThat(post(server, "/api/corrections", Map.of("kind", "SWAP"), 400).path("details").path("field")
                .asText()).isEqualTo("kind");
        assertThat(post(server, "/api/corrections", Map.of("kind", "ADD_RELATIONSHIP", "from", "enterprise:华为",
                "type", "PARTNERS_WITH", "to", "university:清华大学", "document", SEED_ID, "start", 10, "end", 5),
                400).path("details").path("field").asText()).isEqualTo("start");
        // a structural relationship between two named entities would outlive its document: refused
        assertThat(post(server, "/api/corrections", Map.of("kind", "ADD_RELATIONSHIP", "from", "enterprise:华为",
                "type", "RESPONSIBLE_FOR", "to", "university:清华大学", "document", SEED_ID, "start", 5, "end", 10),
                400).path("details").path("field").asText()).isEqualTo("to");
        assertThat(get(server, "/api/corrections").path("corrections")).isEmpty();
    }

    @Test
    void aCorrectionThatWouldRewriteMoreDocumentsThanItsLimitIsRefusedAndNotKept() {
        List<String> before = GraphDump.of(server.store());
        CorrectionService limited = new CorrectionService(server.store(), 0);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> limited.add(new CorrectionRequest("RENAME",
                        "enterprise:华为", "华为技术有限公司", null, null, null, null, null, null, null, null, null), "test"))
                .isInstanceOf(io.javalin.http.ConflictResponse.class).hasMessageContaining("at most 0");
        assertThat(GraphDump.of(server.store())).isEqualTo(before);
    }

    @Test
    void aCorrectionWhoseEntityIsGoneIsReportedAsAConflict() throws Exception {
        post(server, "/api/corrections", Map.of("kind", "ADD_ALIAS", "entity", "enterprise:华为", "value", "华为技术"),
                201);
        assertThat(get(server, "/api/corrections").path("corrections").get(0).path("documents").asInt()).isEqualTo(1);
        GraphWriter.remove(server.store(), SEED_ID);
        assertThat(get(server, "/api/corrections").path("corrections").get(0).path("documents").asInt())
                .as("nothing loaded is corrected by it any more").isZero();
    }

    private static Server seeded(Path directory) {
        EmbeddedNeo4j dbms = EmbeddedNeo4j.start(directory, EmbeddedSettings.defaults());
        OPEN.add(dbms);
        GraphStore store = dbms.openStore();
        OPEN.add(store);
        Schema.apply(store);
        GraphWriter.write(store, Extractor.extract(SEED));
        ReferenceData.load(store);
        HttpServer http = HttpServer.start(store, HttpServer.Binding.of("127.0.0.1", 0), ServerLinks.none(),
                new HttpServer.Writing(Editors.of(null, TOKEN), 1 << 20));
        OPEN.add(http);
        return new Server(store, http);
    }

    private static String name(Server server, String id) throws Exception {
        return get(server, "/api/nodes/" + encode(id)).path("name").asText();
    }

    private static List<String> search(Server server, String q) throws Exception {
        List<String> ids = new java.util.ArrayList<>();
        get(server, "/api/search?q=" + encode(q)).path("results").forEach(r -> ids.add(r.path("id").asText()));
        return ids;
    }

    private static boolean relation(Server server, String from, String type, String to) throws Exception {
        for (JsonNode relation : get(server, "/api/nodes/" + encode(from) + "?limit=200").path("relations")) {
            if (relation.path("type").asText().equals(type) && relation.path("node").path("id").asText().equals(to)) {
                return true;
            }
        }
        return false;
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static int status(Server server, String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(server.uri(path)).build(), HttpResponse.BodyHandlers.ofString())
                .statusCode();
    }

    private static JsonNode get(Server server, String path) throws Exception {
        HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(server.uri(path)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(path + ": " + answer.body()).isEqualTo(200);
        return JSON.readTree(answer.body());
    }

    private static JsonNode post(Server server, String path, Map<String, Object> body, int expected) throws Exception {
        return send(server, "POST", path, JSON.writeValueAsString(body), expected);
    }

    private static JsonNode send(Server server, String method, String path, String json, int expected) throws Exception {
        HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(server.uri(path))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + TOKEN)
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(method + " " + path + ": " + answer.body()).isEqualTo(expected);
        return JSON.readTree(answer.body());
    }
}
