package dev.collabgraph.app.security;

import dev.collabgraph.app.http.HttpServer;
import dev.collabgraph.app.http.ServerLinks;
import dev.collabgraph.store.CypherFiles;
import dev.collabgraph.store.EmbeddedNeo4j;
import dev.collabgraph.store.EmbeddedSettings;
import dev.collabgraph.store.GraphStore;
import dev.collabgraph.store.Schema;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A web page of another site, opened in the browser of a user who runs collabgraph, tries to write to the graph:
 * over a WebSocket to Bolt, through the HTTP connector that serves Neo4j Browser, and through the API (also by
 * DNS rebinding). The embedded store runs as {@code serve --browser} runs it; none of the writes lands.
 */
class CrossSiteIT {
    private static final String EVIL = "http://evil.example";

    @TempDir
    static Path dir;
    private static EmbeddedNeo4j dbms;
    private static GraphStore store;
    private static HttpServer server;
    private static int browserPort;

    @BeforeAll
    static void start() {
        browserPort = freePort();
        dbms = EmbeddedNeo4j.start(dir.resolve("graph"), EmbeddedSettings.defaults().withBoltPort(0).withHttpPort(browserPort));
        store = dbms.openStore();
        Schema.apply(store);
        server = HttpServer.start(store, "127.0.0.1", 0, ServerLinks.none());
    }

    @AfterAll
    static void stop() {
        server.close();
        store.close();
        dbms.close();
    }

    @Test
    void aWebSocketFromAnotherSiteCannotLogInToBoltNorRunAWrite() throws Exception {
        try (BoltWebSocket bolt = BoltWebSocket.open(dbms.boltUri(), EVIL)) {
            assertThat(bolt.hello(Map.of("scheme", "none"))).isEqualTo(BoltWebSocket.FAILURE);
            assertThat(bolt.run("CREATE (:Evil {by: 'websocket'})")).isNotEqualTo(BoltWebSocket.SUCCESS);
        }
        try (BoltWebSocket bolt = BoltWebSocket.open(dbms.boltUri(), EVIL)) {
            assertThat(bolt.hello(Map.of("scheme", "basic", "principal", "neo4j", "credentials", "neo4j")))
                    .isEqualTo(BoltWebSocket.FAILURE);
            assertThat(bolt.run("CREATE (:Evil {by: 'websocket'})")).isNotEqualTo(BoltWebSocket.SUCCESS);
        }
        assertThat(evilNodes()).isZero();
        // the same client with the run's password gets in: the refusals above are the login's, not the protocol's
        try (BoltWebSocket bolt = BoltWebSocket.open(dbms.boltUri(), "http://127.0.0.1:" + browserPort)) {
            assertThat(bolt.hello(Map.of("scheme", "basic", "principal", "neo4j", "credentials", dbms.password())))
                    .isEqualTo(BoltWebSocket.SUCCESS);
            assertThat(bolt.run("RETURN 1")).isEqualTo(BoltWebSocket.SUCCESS);
        }
        assertThat(dbms.generatedPassword()).isTrue();
        assertThat(dbms.password()).hasSizeGreaterThanOrEqualTo(20);
    }

    @Test
    void neo4jBrowsersConnectorTakesNoWritesAndAllowsNoOtherOrigin() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        String basic = "Basic " + Base64.getEncoder().encodeToString(("neo4j:" + dbms.password())
                .getBytes(StandardCharsets.UTF_8));
        for (String auth : new String[] {null, basic}) {
            HttpRequest.Builder post = HttpRequest.newBuilder(browser("/db/neo4j/tx/commit"))
                    .header("Origin", EVIL).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(
                            "{\"statements\":[{\"statement\":\"CREATE (:Evil {by: 'http'})\"}]}"));
            if (auth != null) {
                post.header("Authorization", auth);
            }
            HttpResponse<String> answer = http.send(post.build(), HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).as("commit, auth " + (auth != null)).isGreaterThanOrEqualTo(400);
            assertThat(answer.headers().firstValue("Access-Control-Allow-Origin")).isNotEqualTo("*")
                    .isNotEqualTo(EVIL);
        }
        assertThat(evilNodes()).isZero();

        HttpResponse<String> discovery = http.send(HttpRequest.newBuilder(browser("/")).header("Origin", EVIL).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(discovery.headers().allValues("Access-Control-Allow-Origin"))
                .containsOnly("http://127.0.0.1:" + browserPort);
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(browser("/browser/")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).as("Neo4j Browser itself is still served").isEqualTo(200);
    }

    @Test
    void everyResponseCarriesTheSecurityHeadersRefusalsAndErrorsToo() {
        int port = server.port();
        String own = "127.0.0.1:" + port;
        for (String response : List.of(raw("GET", "/", own, null, null, null),
                raw("GET", "/js/main.js", own, null, null, null),
                raw("GET", "/api/stats", own, null, null, null),
                raw("GET", "/api/nodes/no-such-node", own, null, null, null),
                raw("GET", "/api/stats", "evil.example:" + port, null, null, null))) {
            String head = response.substring(0, response.indexOf("\r\n\r\n")).toLowerCase(java.util.Locale.ROOT);
            assertThat(head).as(response.lines().findFirst().orElse(""))
                    .contains("content-security-policy: default-src 'self'; script-src 'self';")
                    .contains("frame-ancestors 'none'").doesNotContain("unsafe-inline").doesNotContain("unsafe-eval")
                    .contains("x-content-type-options: nosniff").contains("referrer-policy: no-referrer")
                    .doesNotContain("access-control-allow-origin");
        }
        // the page names its icon, so browsers stop asking for a favicon.ico that is not there
        assertThat(raw("GET", "/favicon.svg", own, null, null, null)).startsWith("HTTP/1.1 200")
                .contains("image/svg+xml");
    }

    @Test
    void theApiAnswersOnlyToItsOwnNamesAndTakesConsoleQueriesOnlyAsJsonFromItsOwnOrigin() {
        int port = server.port();
        String json = "{\"query\":\"RETURN 1 AS one\"}";
        assertThat(raw("GET", "/api/stats", "127.0.0.1:" + port, null, null, null)).startsWith("HTTP/1.1 200");
        assertThat(raw("GET", "/api/stats", "localhost:" + port, null, null, null)).startsWith("HTTP/1.1 200");
        // DNS rebinding: the page's own name pointed at 127.0.0.1
        assertThat(raw("GET", "/api/stats", "evil.example:" + port, null, null, null))
                .startsWith("HTTP/1.1 403").contains("Host");
        assertThat(raw("GET", "/", "evil.example:" + port, null, null, null)).startsWith("HTTP/1.1 403");
        assertThat(raw("POST", "/api/cypher", "evil.example:" + port, null, "application/json", json))
                .startsWith("HTTP/1.1 403");
        // a cross-site form post: no JSON content type, and another origin
        assertThat(raw("POST", "/api/cypher", "127.0.0.1:" + port, null, "text/plain", json))
                .startsWith("HTTP/1.1 415").contains("application/json");
        assertThat(raw("POST", "/api/cypher", "127.0.0.1:" + port, EVIL, "application/json", json))
                .startsWith("HTTP/1.1 403").contains("Origin");
        // the explorer itself
        assertThat(raw("POST", "/api/cypher", "127.0.0.1:" + port, "http://127.0.0.1:" + port, "application/json",
                json)).startsWith("HTTP/1.1 200").contains("\"rows\":[[1]]");
    }

    private static long evilNodes() {
        return store.readAdHoc("MATCH (n:Evil) RETURN count(n)", Map.of(), Duration.ofSeconds(10), 1)
                .rows().get(0).get(0).asLong();
    }

    private static URI browser(String path) {
        return URI.create("http://127.0.0.1:" + browserPort + path);
    }

    /** One HTTP/1.1 request with exactly these headers (java.net.http does not let a caller set Host). */
    private static String raw(String method, String path, String host, String origin, String type, String body) {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(30_000);
            byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
            StringBuilder request = new StringBuilder(method + " " + path + " HTTP/1.1\r\nHost: " + host
                    + "\r\nConnection: close\r\n");
            if (origin != null) {
                request.append("Origin: ").append(origin).append("\r\n");
            }
            if (type != null) {
                request.append("Content-Type: ").append(type).append("\r\n");
            }
            request.append("Content-Length: ").append(content.length).append("\r\n\r\n");
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.UTF_8));
            out.write(content);
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
