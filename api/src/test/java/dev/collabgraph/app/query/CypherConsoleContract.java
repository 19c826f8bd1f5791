package dev.collabgraph.app.query;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.collabgraph.app.http.SeededServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The console is read-only, time-limited and row-capped by construction: hostile statements are refused or
 * stopped, the graph is exactly as before, and the server answers the next request. Runs against the embedded
 * store and against a separate server ({@link CypherConsoleEmbeddedIT}, {@link CypherConsoleHarnessIT}).
 */
@Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class CypherConsoleContract {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private SeededServer server;
    private String countsBefore;

    /** The server under test, loaded with the seed. */
    abstract SeededServer start(Path directory);

    @BeforeAll
    void startServer(@TempDir Path dir) throws Exception {
        server = start(dir.resolve("graph"));
        countsBefore = counts();
    }

    @AfterAll
    void stopServer() {
        server.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "CREATE (n:Unit {id: 'x'}) RETURN n",
        "MERGE (n:Unit {id: 'unit:徐州市:科技局'}) RETURN n",
        "MATCH (n) SET n.hacked = true RETURN count(n)",
        "MATCH (n) DETACH DELETE n",
        "MATCH ()-[r]->() DELETE r",
        "MATCH (n:Task) REMOVE n.title RETURN n",
        "MATCH (n:Task) REMOVE n:Task RETURN n",
        "MATCH (n) FOREACH (x IN [1] | SET n.y = x) RETURN count(n)",
        "MATCH (n) WITH n CALL (n) { SET n.x = 1 } RETURN count(*)",
        "CREATE INDEX hack FOR (n:Unit) ON (n.x)",
        "DROP INDEX entity_names",
        "CREATE CONSTRAINT hack FOR (n:X) REQUIRE n.id IS UNIQUE",
        "SHOW USERS",
        "CREATE USER bob SET PASSWORD 'secret-secret'",
        "GRANT ALL ON DATABASE * TO PUBLIC",
        "ALTER DATABASE neo4j SET ACCESS READ ONLY",
        "STOP DATABASE neo4j",
        "USE system SHOW DATABASES",
        "CALL dbms.listQueries()",
        "CALL dbms.security.createUser('bob', 'secret-secret', false)",
        "CALL db.createLabel('Hacked')",
        "CALL db.createProperty('hacked')",
        "CALL db.clearQueryCaches()",
        "CALL apoc.create.node(['X'], {})",
        "RETURN apoc.version()",
        "LOAD CSV FROM 'file:///etc/passwd' AS row RETURN row",
        "load csv from \"file:///etc/passwd\" as l return l",
        "UNWIND [1] AS i CALL (i) { CREATE (:X) } IN TRANSACTIONS RETURN i",
        "UNWIND range(1, 3) AS i CALL (i) { MATCH (n) RETURN count(n) AS c } IN TRANSACTIONS OF 1 ROW RETURN c",
        "MATCH (n) RETURN n; MATCH (m) DETACH DELETE m",
        "EXPLAIN MATCH (n) RETURN n",
        "PROFILE MATCH (n) SET n.x = 1",
        "MATCH (n) /* comment */ CREATE (m:X) RETURN m",
        "MATCH (n) WHERE n.name = 'MATCH' CREATE (x:X) RETURN x",
        "MATCH (n) RETURN n.name AS `x` UNION MATCH (m) SET m.y = 1 RETURN m.name AS `x`",
        "RETURN size(reduce(s = '', x IN range(1, 100000000) | s + 'xxxxxxxxxx')) AS n",
        "RETURN size([x IN range(0, 500000000) | toString(x)]) AS n",
    })
    void hostileStatementsAreRefusedWithA400AndChangeNothing(String statement) throws Exception {
        Response r = post(statement, 2);
        assertThat(r.status).as(statement).isEqualTo(400);
        assertThat(r.body.path("title").asText()).as(statement).isNotBlank().doesNotContain("Exception");
        assertThat(r.body.path("details").path("field").asText()).isEqualTo("query");
        assertThat(counts()).isEqualTo(countsBefore);
        assertThat(get("/api/stats")).isEqualTo(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "MATCH (a), (b), (c), (d) WHERE a.name < b.name RETURN count(*)",
        "MATCH p = (a)-[*]-(b) RETURN count(p)",
        "UNWIND range(1, 2000000000) AS x WITH x WHERE x % 7 = 0 RETURN count(x)",
        "UNWIND range(1, 200000000) AS x RETURN size(collect(x)) AS n",
        "MATCH (a), (b), (c) WITH a, b, c ORDER BY a.name + b.name + c.name RETURN count(*) AS n",
    })
    void runawayStatementsAreStoppedWithinTheTimeLimit(String statement) throws Exception {
        long started = System.nanoTime();
        Response r = post(statement, 2);
        long seconds = Duration.ofNanos(System.nanoTime() - started).toSeconds();
        assertThat(r.status).as(statement).isEqualTo(400);
        assertThat(r.body.path("title").asText()).containsAnyOf("time limit", "memory", "时限");
        assertThat(seconds).as("answered within the limit and its grace").isLessThanOrEqualTo(4);
        assertThat(counts()).isEqualTo(countsBefore);
        assertThat(get("/api/stats")).isEqualTo(200);
    }

    @Test
    void hugeResultsAreCutAtTheRowCapAndSaySo() throws Exception {
        Response capped = post("UNWIND range(1, 1000000000) AS x RETURN x", 5);
        assertThat(capped.status).isEqualTo(200);
        assertThat(capped.body.path("rows")).hasSize(1000);
        assertThat(capped.body.path("truncated").asBoolean()).isTrue();
        assertThat(capped.body.path("maxRows").asInt()).isEqualTo(1000);

        Map<String, Object> request = new LinkedHashMap<>();
        request.put("query", "MATCH (n) RETURN n");
        request.put("limit", 20000);
        assertThat(send(request).status).isEqualTo(400);
    }

    @Test
    void aReadQueryReturnsATableAndAGraph() throws Exception {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("query", "MATCH (u:University)-[r]-(m) WHERE u.name = $name RETURN u, r, m LIMIT 5");
        request.put("params", Map.of("name", "中国矿业大学"));
        Response r = send(request);
        assertThat(r.status).isEqualTo(200);
        assertThat(r.body.path("columns").toString()).isEqualTo("[\"u\",\"r\",\"m\"]");
        assertThat(r.body.path("rows").path(0).path(0).path("name").asText()).isEqualTo("中国矿业大学");
        assertThat(r.body.path("graph").path("nodes").toString()).contains("university:中国矿业大学");
        assertThat(r.body.path("graph").path("links")).isNotEmpty();
        assertThat(r.body.path("truncated").asBoolean()).isFalse();
    }

    @Test
    void aSyntaxErrorIsA400WithNeo4jsMessage() throws Exception {
        Response r = post("MATCH (n RETURN n", 5);
        assertThat(r.status).isEqualTo(400);
        assertThat(r.body.path("title").asText()).startsWith("Neo4j:");
    }

    @Test
    void resultsDownloadAsCsvWithBom() throws Exception {
        HttpResponse<byte[]> csv = HTTP.send(HttpRequest.newBuilder(server.uri("/api/cypher?format=csv"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("query",
                        "MATCH (u:University) RETURN u.name AS name, u.aliases AS aliases ORDER BY name"))))
                .build(), HttpResponse.BodyHandlers.ofByteArray());
        String text = new String(csv.body(), StandardCharsets.UTF_8);
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(text).startsWith("\uFEFF\"name\",\"aliases\"\r\n").containsPattern("\"中国矿业大学\",\"(中国矿大; 矿大|矿大; 中国矿大)\"\r\n");
    }

    record Response(int status, JsonNode body) {
    }

    private Response post(String statement, int timeoutSeconds) throws Exception {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("query", statement);
        request.put("timeout", timeoutSeconds);
        return send(request);
    }

    private Response send(Map<String, Object> request) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(server.uri("/api/cypher"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(request))).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Response(response.statusCode(), JSON.readTree(response.body()));
    }

    private int get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(server.uri(path)).build(), HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    private String counts() throws Exception {
        HttpResponse<String> stats = HTTP.send(HttpRequest.newBuilder(server.uri("/api/stats")).build(),
                HttpResponse.BodyHandlers.ofString());
        JsonNode body = JSON.readTree(stats.body());
        return body.path("nodes").toString() + body.path("relationships").toString();
    }
}
