package dev.collabgraph.app.explore;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.collabgraph.app.http.HttpServer;
import dev.collabgraph.model.DocumentInfo;
import dev.collabgraph.model.Evidence;
import dev.collabgraph.model.ExtractedGraph;
import dev.collabgraph.model.Label;
import dev.collabgraph.model.Node;
import dev.collabgraph.model.RelType;
import dev.collabgraph.model.Relationship;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Several paths between two organisations, over HTTP against a real embedded Neo4j holding a small hand-built
 * document: 甲集团 and 乙大学 both rely on 丙研究院 (stated twice, as reliance and as co-participation), and are joined
 * a step further through 丁园区 and the 智能制造 industry; a detour through 丙研究院 and the park is no new route.
 */
class AlternativePathsIT {
    private static final String DOCUMENT = "fixture-2024-1";
    private static final String COMPANY = "enterprise:甲集团";
    private static final String UNIVERSITY = "university:乙大学";
    private static final String INSTITUTE = "platform:丙研究院";
    private static final String PARK = "park:丁园区";
    private static final String INDUSTRY = "industry:智能制造";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path directory;
    private static EmbeddedNeo4j dbms;
    private static GraphStore store;
    private static HttpServer server;

    @BeforeAll
    static void start() {
        dbms = EmbeddedNeo4j.start(directory, EmbeddedSettings.defaults());
        store = dbms.openStore();
        Schema.apply(store);
        GraphWriter.write(store, twoRoutes());
        server = HttpServer.start(store, "127.0.0.1", 0);
    }

    @AfterAll
    static void stop() {
        server.close();
        store.close();
        dbms.close();
    }

    @Test
    void twoOrganisationsWithTwoRoutesGetTwoDistinctPathsShortestFirst() throws Exception {
        JsonNode body = paths("");
        List<List<String>> routes = routes(body);
        assertThat(routes).containsExactly(
                List.of(COMPANY, INSTITUTE, UNIVERSITY),
                List.of(COMPANY, PARK, INDUSTRY, UNIVERSITY));
        assertThat(body.path("relaxed").asBoolean()).isFalse();
        assertThat(body.path("truncated").asBoolean()).isFalse();
        // each path carries its relations, read in their own directions, and the union names every node on them
        JsonNode first = body.path("paths").path(0).path("links");
        assertThat(first).hasSize(2);
        assertThat(first.path(0).path("source").asText()).isEqualTo(COMPANY);
        assertThat(first.path(0).path("target").asText()).isEqualTo(INSTITUTE);
        List<String> named = new ArrayList<>();
        body.path("nodes").forEach(n -> named.add(n.path("name").asText()));
        assertThat(named).containsExactlyInAnyOrder("甲集团", "丙研究院", "乙大学", "丁园区", "智能制造");
    }

    @Test
    void theAnswerIsCappedAndSaysSo() throws Exception {
        JsonNode one = paths("&limit=1");
        assertThat(routes(one)).containsExactly(List.of(COMPANY, INSTITUTE, UNIVERSITY));
        assertThat(one.path("truncated").asBoolean()).isTrue();
        assertThat(one.path("nodes")).hasSize(3);
        assertThat(get("/api/paths?from=" + enc(COMPANY) + "&to=" + enc(UNIVERSITY) + "&limit=11").statusCode())
                .isEqualTo(400);
        // too few hops for the second route: the first alone
        assertThat(routes(paths("&maxHops=2"))).containsExactly(List.of(COMPANY, INSTITUTE, UNIVERSITY));
    }

    private static JsonNode paths(String more) throws Exception {
        HttpResponse<String> response = get("/api/paths?from=" + enc(COMPANY) + "&to=" + enc(UNIVERSITY) + more);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private static HttpResponse<String> get(String pathAndQuery) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + server.port() + pathAndQuery)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static List<List<String>> routes(JsonNode body) {
        List<List<String>> out = new ArrayList<>();
        for (JsonNode path : body.path("paths")) {
            List<String> ids = new ArrayList<>();
            path.path("nodes").forEach(n -> ids.add(n.asText()));
            out.add(ids);
        }
        return out;
    }

    private static ExtractedGraph twoRoutes() {
        List<Node> nodes = List.of(
                new Node(DOCUMENT, Label.Document, "关于深化产学研合作的意见", List.of(), Map.of()),
                entity(COMPANY, Label.Enterprise, "甲集团"),
                entity(UNIVERSITY, Label.University, "乙大学"),
                entity(INSTITUTE, Label.Platform, "丙研究院"),
                entity(PARK, Label.Park, "丁园区"),
                entity(INDUSTRY, Label.Industry, "智能制造"));
        List<Relationship> relationships = List.of(
                rel(RelType.RELIES_ON, COMPANY, INSTITUTE, "甲集团依托丙研究院"),
                rel(RelType.CO_PARTICIPATES, COMPANY, INSTITUTE, "甲集团、丙研究院共同承担"),
                rel(RelType.RELIES_ON, UNIVERSITY, INSTITUTE, "乙大学依托丙研究院"),
                rel(RelType.LOCATED_IN, COMPANY, PARK, "丁园区内的甲集团"),
                rel(RelType.CLUSTER_IN, INDUSTRY, PARK, "智能制造产业集聚丁园区"),
                rel(RelType.FOCUSES_ON, UNIVERSITY, INDUSTRY, "乙大学聚焦智能制造"),
                // a detour: the institute in the park adds a longer path through the first route's node
                rel(RelType.LOCATED_IN, INSTITUTE, PARK, "丁园区内的丙研究院"));
        return new ExtractedGraph(new DocumentInfo(DOCUMENT, "关于深化产学研合作的意见", "某政发〔2024〕1号", "2024-01-01",
                "sha-fixture"), nodes, relationships, List.of());
    }

    private static Node entity(String id, Label label, String name) {
        return new Node(id, label, name, List.of(), Map.of());
    }

    private static Relationship rel(RelType type, String from, String to, String quote) {
        return new Relationship(type, from, to, Map.of(), List.of(new Evidence(quote, 0, quote.length(), "test")));
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
