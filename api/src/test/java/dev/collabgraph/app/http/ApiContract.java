package dev.collabgraph.app.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The JSON API over real HTTP against a Neo4j loaded with the seed. The same suite runs against the embedded
 * store ({@link ApiEmbeddedIT}) and a separate server reached over Bolt ({@link ApiHarnessIT}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ApiContract {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private SeededServer server;

    /** The server under test, loaded with the seed. */
    abstract SeededServer start(Path directory);

    @BeforeAll
    void startServer(@TempDir Path dir) {
        server = start(dir.resolve("graph"));
    }

    @AfterAll
    void stopServer() {
        server.close();
    }

    @Test
    void searchFindsTheUniversityByItsAbbreviationAndByPinyin() throws Exception {
        for (String q : List.of("矿大", "kuangda", "中国矿业大学", "zgkydx")) {
            JsonNode results = get("/api/search?q=" + enc(q)).body.path("results");
            assertThat(results.path(0).path("name").asText()).as(q).isEqualTo("中国矿业大学");
            assertThat(results.path(0).path("label").asText()).isEqualTo("University");
        }
        assertThat(get("/api/search?q=xg").body.path("results").path(0).path("name").asText()).isEqualTo("徐工集团");
    }

    @Test
    void searchFiltersByLabelAndFindsSingleCharacters() throws Exception {
        JsonNode parks = get("/api/search?q=" + enc("矿大") + "&labels=Park").body.path("results");
        assertThat(parks).isNotEmpty().allMatch(r -> r.path("label").asText().equals("Park"));
        JsonNode single = get("/api/search?q=" + enc("谷")).body.path("results");
        assertThat(names(single)).contains("徐州科技创新谷");
    }

    @Test
    void neighboursOfTheScienceBureauIncludeTheTasksItIsResponsibleFor() throws Exception {
        String id = "unit:徐州市:科技局";
        JsonNode all = get("/api/nodes/" + enc(id) + "/neighbors?types=RESPONSIBLE_FOR&limit=1000").body;
        Set<String> tasks = new TreeSet<>();
        all.path("nodes").forEach(n -> tasks.add(n.path("id").asText()));
        assertThat(tasks).contains("xwf-2018-20:task:2", "xwf-2018-20:task:5", "xwf-2018-20:task:18")
                .doesNotContain("xwf-2018-20:task:1");
        assertThat(all.path("links")).allMatch(l -> l.path("source").asText().equals(id)
                && l.path("type").asText().equals("RESPONSIBLE_FOR"));

        JsonNode capped = get("/api/nodes/" + enc(id) + "/neighbors?limit=5").body;
        assertThat(capped.path("nodes")).hasSize(5);
        assertThat(capped.path("total").asLong()).isGreaterThan(20);
        assertThat(capped.path("omitted").asLong()).isEqualTo(capped.path("total").asLong() - 5);
    }

    @Test
    void aPathLeadsFromTheMedicalUniversityToBiomedicine() throws Exception {
        JsonNode body = get("/api/paths?from=" + enc("university:徐州医科大学") + "&to=" + enc("industry:生物医药")).body;
        JsonNode path = body.path("paths").path(0);
        assertThat(path.path("nodes").path(0).asText()).isEqualTo("university:徐州医科大学");
        assertThat(path.path("nodes").path(path.path("nodes").size() - 1).asText()).isEqualTo("industry:生物医药");
        assertThat(path.path("links")).hasSize(path.path("nodes").size() - 1);
        assertThat(body.path("nodes")).allMatch(n -> !n.path("label").asText().equals("Document"));
    }

    /** 徐工集团 reaches the high-tech park in two steps only through a task or a region, in three through partners. */
    @Test
    void byDefaultAPathAvoidsUnitsRegionsAndTasksEvenWhenALongerOneIsNeeded() throws Exception {
        String ends = "/api/paths?from=" + enc("enterprise:徐工集团") + "&to=" + enc("park:徐州高新区");
        JsonNode strict = get(ends).body;
        assertThat(strict.path("relaxed").asBoolean()).isFalse();
        assertThat(texts(strict.path("through"))).containsExactly("University", "Enterprise", "Platform", "Park", "Industry");
        assertThat(strict.path("paths")).isNotEmpty().hasSizeLessThanOrEqualTo(3);
        assertThat(lengths(strict)).first().isEqualTo(4);
        assertThat(lengths(strict)).isSorted();
        assertThat(intermediateLabels(strict)).isNotEmpty().isSubsetOf("University", "Enterprise", "Platform", "Park", "Industry");

        JsonNode any = get(ends + "&through=" + enc("University,Enterprise,Platform,Park,Unit,Industry,Region,Task,AnnexTask"
                + ",Indicator,Target")).body;
        assertThat(any.path("relaxed").asBoolean()).isFalse();
        assertThat(any.path("paths")).isNotEmpty();
        assertThat(lengths(any)).first().isEqualTo(3);
        assertThat(lengths(any)).isSorted();
        assertThat(intermediateLabels(any)).containsAnyOf("Task", "AnnexTask", "Region", "Unit");

        // a path must still fit maxHops: three steps are needed when only partners may lie between
        JsonNode tooShort = get(ends + "&maxHops=2&through=Industry,Platform").body;
        assertThat(tooShort.path("paths")).isEmpty();
        assertThat(tooShort.path("relaxed").asBoolean()).isFalse();
        JsonNode tasks = get(ends + "&through=Task").body;
        assertThat(texts(tasks.path("through"))).containsExactly("Task");
        assertThat(intermediateLabels(tasks)).isNotEmpty().allMatch("Task"::equals);
    }

    @Test
    void whenNoPathAvoidsUnitsRegionsAndTasksTheDefaultIsRelaxedAndSaysSo() throws Exception {
        JsonNode body = get("/api/paths?from=" + enc("university:徐州医科大学") + "&to=" + enc("enterprise:华为")).body;
        assertThat(body.path("relaxed").asBoolean()).isTrue();
        assertThat(texts(body.path("through"))).contains("Unit", "Region", "Task").doesNotContain("Document", "Section");
        assertThat(body.path("paths")).isNotEmpty();
        assertThat(intermediateLabels(body)).containsAnyOf("Task", "AnnexTask", "Unit", "Region");
    }

    /** How many nodes each path has, in the order of the answer. */
    private static List<Integer> lengths(JsonNode body) {
        List<Integer> out = new ArrayList<>();
        body.path("paths").forEach(p -> out.add(p.path("nodes").size()));
        return out;
    }

    /** The labels of every path's nodes but its ends. */
    private static List<String> intermediateLabels(JsonNode body) {
        Map<String, String> labels = new HashMap<>();
        body.path("nodes").forEach(n -> labels.put(n.path("id").asText(), n.path("label").asText()));
        List<String> out = new ArrayList<>();
        for (JsonNode path : body.path("paths")) {
            for (int i = 1; i < path.path("nodes").size() - 1; i++) {
                out.add(labels.get(path.path("nodes").path(i).asText()));
            }
        }
        return out;
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(v -> out.add(v.asText()));
        return out;
    }

    @Test
    void nodeDetailsShowEvidenceInItsSentence() throws Exception {
        JsonNode node = get("/api/nodes/" + enc("university:中国矿业大学")).body;
        assertThat(node.path("aliases").toString()).contains("矿大");
        assertThat(node.path("degree").path("MENTIONS").asLong()).isPositive();
        assertThat(node.path("tasks")).isNotEmpty();
        JsonNode evidence = node.path("relations").path(0).path("evidence").path(0);
        assertThat(evidence.path("context").asText()).contains(evidence.path("quote").asText());
        assertThat(evidence.path("end").asInt()).isGreaterThan(evidence.path("start").asInt());
        assertThat(node.path("properties").has("pinyin")).isFalse();
    }

    @Test
    void everyQuotesSentenceEndsWhereItsLineEndsAndAnAnnexRowsSentenceIsThatRow() throws Exception {
        JsonNode xcmg = get("/api/nodes/" + enc("enterprise:徐工集团")).body;
        List<JsonNode> evidence = new ArrayList<>();
        xcmg.path("tasks").forEach(t -> evidence.add(t.path("evidence")));
        xcmg.path("relations").forEach(r -> r.path("evidence").forEach(evidence::add));
        List<String> annexRows = new ArrayList<>();
        xcmg.path("tasks").forEach(t -> {
            if ("AnnexTask".equals(t.path("label").asText())) {
                annexRows.add(t.path("id").asText());
            }
        });
        assertThat(annexRows).isNotEmpty();
        for (String row : annexRows) {
            JsonNode details = get("/api/nodes/" + enc(row)).body;
            details.path("relations").forEach(r -> r.path("evidence").forEach(evidence::add));
        }
        // no sentence runs on past its line into the heading, note or row after it (二、支持创新平台建设, the next row's 2)
        assertThat(evidence).hasSizeGreaterThan(10).allSatisfy(e -> assertThat(e.path("context").asText())
                .contains(e.path("quote").asText()).doesNotContain("\n").doesNotContainPattern("\\t\\d+$"));
        // a row's own evidence (its DETAILS quote, the whole row) is that row: number, title, work and units
        assertThat(evidence).anySatisfy(e -> assertThat(e.path("context").asText())
                .matches("\\d+\\t[^\\t]+\\t[^\\t]+\\t[^\\t]+"));
    }

    @Test
    void nodeDetailsComeAPageAtATimeGroupedByPartnerWithTheRestOfTheQuotesOnDemand() throws Exception {
        String id = enc("university:中国矿业大学");
        JsonNode all = get("/api/nodes/" + id).body;
        long total = all.path("relationsTotal").asLong();
        assertThat(total).isEqualTo(all.path("relations").size()).isGreaterThanOrEqualTo(3);
        // an entity's relations are to other entities; the tasks naming it are the tasks list, not relations
        assertThat(all.path("relations")).allSatisfy(r -> assertThat(r.path("node").path("label").asText())
                .isNotIn("Task", "AnnexTask", "Section", "Document"));
        assertThat(all.path("tasks").size()).isPositive();
        // each task says where: the mention's quote in its sentence
        assertThat(all.path("tasks")).allSatisfy(t -> assertThat(t.path("evidence").path("context").asText())
                .contains(t.path("evidence").path("quote").asText()).isNotEmpty());
        assertThat(all.path("relationsNext").isNull()).isTrue();
        assertThat(all.path("tasksTotal").asLong()).isEqualTo(all.path("tasks").size());

        JsonNode first = get("/api/nodes/" + id + "?limit=2").body;
        assertThat(first.path("relations")).hasSize(2);
        assertThat(first.path("relationsNext").asInt()).isEqualTo(2);
        JsonNode second = get("/api/nodes/" + id + "?skip=2&limit=2").body;
        assertThat(second.path("relations").path(0)).isEqualTo(all.path("relations").path(2));

        JsonNode relation = all.path("relations").path(0);
        assertThat(relation.path("relationships").asLong()).isPositive();
        JsonNode page = get("/api/nodes/" + id + "/evidence?other=" + enc(relation.path("node").path("id").asText())
                + "&type=" + relation.path("type").asText()).body;
        assertThat(page.path("total").asLong()).isEqualTo(relation.path("quoteCount").asLong())
                .isEqualTo(page.path("evidence").size());
        assertThat(page.path("evidence")).allSatisfy(e -> assertThat(e.path("context").asText())
                .contains(e.path("quote").asText()));
        assertThat(get("/api/nodes/" + id + "/evidence?other=x").status).isEqualTo(400);
    }

    @Test
    void listsArePagedAndTheStatsCountTheDocuments() throws Exception {
        HttpResponse<String> page = HTTP.send(HttpRequest.newBuilder(server.uri("/api/tasks?limit=5")).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(JSON.readTree(page.body())).hasSize(5);
        assertThat(page.headers().firstValue("X-Next-Skip")).contains("5");
        JsonNode next = get("/api/tasks?skip=5&limit=5").body;
        assertThat(next.path(0).path("number").asInt()).isEqualTo(6);
        assertThat(get("/api/tasks?limit=0").status).isEqualTo(400);
        JsonNode overview = get("/api/graph?limit=5").body;
        assertThat(overview.path("nodes")).hasSize(5);
        assertThat(overview.path("omitted").asLong()).isEqualTo(overview.path("total").asLong() - 5).isPositive();
        JsonNode stats = get("/api/stats").body;
        assertThat(stats.path("documentCount").asLong()).isEqualTo(stats.path("documents").size()).isEqualTo(1);
    }

    @Test
    void theGraphPayloadHasThePinnedShape() throws Exception {
        JsonNode graph = get("/api/graph").body;
        assertThat(fields(graph)).containsExactly("links", "nodes", "omitted", "total");
        assertThat(fields(graph.path("nodes").path(0))).containsExactly("degree", "id", "label", "name");
        assertThat(fields(graph.path("links").path(0))).containsExactly("evidence", "source", "target", "type");
        assertThat(fields(graph.path("links").path(0).path("evidence").path(0)))
                .containsExactly("context", "contextStart", "document", "end", "quote", "rule", "start");
        Set<String> ids = new TreeSet<>();
        graph.path("nodes").forEach(n -> ids.add(n.path("id").asText()));
        assertThat(graph.path("links")).allMatch(l -> ids.contains(l.path("source").asText())
                && ids.contains(l.path("target").asText()));
        assertThat(graph.path("nodes")).noneMatch(n -> Set.of("Document", "Section", "Target")
                .contains(n.path("label").asText()));
    }

    @Test
    void tasksCarryTheirUnitsInNoteOrderTargetsAndAnnexRows() throws Exception {
        JsonNode tasks = get("/api/tasks").body;
        assertThat(tasks).hasSize(26);
        JsonNode task4 = get("/api/tasks/4").body;
        assertThat(names(task4.path("units"))).containsExactly("泉山区", "铜山区", "贾汪区", "徐州高新区", "科技局",
                "规划局", "新盛公司", "新田公司");
        assertThat(task4.path("annex").path(0).path("title").asText()).isEqualTo("全力推进四大载体建设");
        assertThat(task4.path("graph").path("nodes")).isNotEmpty();
        assertThat(get("/api/tasks/5").body.path("targets").toString()).contains("280");
        assertThat(get("/api/tasks/24").body.path("units")).isEmpty();
        assertThat(get("/api/tasks/99").status).isEqualTo(404);
    }

    @Test
    void indicatorsCarryTheirValuesPerYear() throws Exception {
        JsonNode indicators = get("/api/indicators").body;
        assertThat(indicators).hasSize(8);
        JsonNode patents = indicators.path(3);
        assertThat(patents.path("values").path("2020").asDouble()).isEqualTo(12.0);
        assertThat(patents.path("atLeastYears").toString()).contains("2020");
    }

    @Test
    void theNamedQueriesAreDescribedInTheLanguageTheRequestAsksFor() throws Exception {
        JsonNode chinese = get("/api/queries?lang=zh").body.path("queries");
        JsonNode english = get("/api/queries?lang=en").body.path("queries");
        assertThat(chinese.size()).isEqualTo(english.size()).isGreaterThan(40);
        for (int i = 0; i < chinese.size(); i++) {
            assertThat(chinese.path(i).path("purpose").asText()).as(chinese.path(i).path("name").asText())
                    .containsPattern("\\p{IsHan}").doesNotContainPattern("[A-Za-z]{3,} [a-z]{3,}");
            assertThat(english.path(i).path("purpose").asText()).doesNotContainPattern("\\p{IsHan}");
            chinese.path(i).path("parameters").forEach(p -> assertThat(p.path("meaning").asText())
                    .containsPattern("\\p{IsHan}"));
        }
    }

    @Test
    void statsCountTheGraph() throws Exception {
        JsonNode stats = get("/api/stats").body;
        assertThat(stats.path("nodes").path("Task").asLong()).isEqualTo(26);
        assertThat(stats.path("documents").path(0).path("number").asText()).isEqualTo("徐委发〔2018〕20号");
    }

    @Test
    void badParametersAre400AndNameTheParameter() throws Exception {
        for (String[] c : new String[][] {{"/api/search", "q"}, {"/api/search?q=a&limit=abc", "limit"},
                {"/api/search?q=a&limit=0", "limit"}, {"/api/search?q=a&labels=Person", "labels"},
                {"/api/graph?types=KNOWS", "types"}, {"/api/paths?from=a", "to"},
                {"/api/paths?from=a&to=b&maxHops=9", "maxHops"}, {"/api/paths?from=a&to=b&through=Document", "through"},
                {"/api/paths?from=a&to=b&through=Unit,Person", "through"}, {"/api/tasks/x", "number"}}) {
            Response r = get(c[0]);
            assertThat(r.status).as(c[0]).isEqualTo(400);
            assertThat(r.body.path("status").asInt()).isEqualTo(400);
            assertThat(r.body.path("title").asText()).contains(c[1]);
            assertThat(r.body.path("details").path("parameter").asText()).isEqualTo(c[1]);
            assertThat(r.raw).doesNotContain("Exception").doesNotContain("MATCH");
        }
    }

    @Test
    void errorsAreWordedInTheLanguageTheRequestAsksFor() throws Exception {
        // Chinese by default (planners read it), English when asked (lang=en or Accept-Language: en)
        Response missing = get("/api/nodes/" + enc("university:没有"));
        assertThat(missing.body.path("title").asText()).contains("没有编号为").doesNotContain("No node");
        assertThat(get("/api/nodes/" + enc("university:没有") + "?lang=en").body.path("title").asText())
                .startsWith("No node with id");
        Response bad = get("/api/search?q=a&limit=abc");
        assertThat(bad.body.path("title").asText()).contains("参数 limit").doesNotContain("Bad parameter", "must");
        assertThat(bad.body.path("details").path("parameter").asText()).isEqualTo("limit");
        assertThat(get("/api/search?q=a&limit=abc&lang=en").body.path("title").asText())
                .startsWith("Bad parameter 'limit'");
        assertThat(get("/api/nothing").body.path("title").asText()).startsWith("没有这个地址");
    }

    @Test
    void unknownIdsAndEndpointsAre404Json() throws Exception {
        assertThat(get("/api/nodes/" + enc("university:没有")).status).isEqualTo(404);
        assertThat(get("/api/nodes/nope/neighbors").status).isEqualTo(404);
        assertThat(get("/api/paths?from=nope&to=" + enc("industry:生物医药")).status).isEqualTo(404);
        Response missing = get("/api/nothing");
        assertThat(missing.status).isEqualTo(404);
        assertThat(missing.body.path("status").asInt()).isEqualTo(404);
    }

    @Test
    void theOpenApiDescriptionListsTheEndpoints() throws Exception {
        JsonNode openapi = get("/api/openapi.json").body;
        assertThat(fields(openapi.path("paths"))).contains("/api/search", "/api/nodes/{id}", "/api/paths", "/api/tasks");
    }

    @Test
    void d3IsServedFromItsWebjar() throws Exception {
        HttpResponse<String> d3 = HTTP.send(HttpRequest.newBuilder(server.uri("/webjars/d3/7.9.0/dist/d3.min.js")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(d3.statusCode()).isEqualTo(200);
        assertThat(d3.body()).contains("forceSimulation");
    }

    record Response(int status, JsonNode body, String raw) {
    }

    Response get(String pathAndQuery) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(server.uri(pathAndQuery)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Response(response.statusCode(), JSON.readTree(response.body()), response.body());
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    static List<String> names(JsonNode array) {
        List<String> names = new ArrayList<>();
        array.forEach(n -> names.add(n.path("name").asText()));
        return names;
    }

    static List<String> fields(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names.stream().sorted().toList();
    }
}
