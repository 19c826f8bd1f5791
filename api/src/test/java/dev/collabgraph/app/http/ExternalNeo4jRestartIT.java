package dev.collabgraph.app.http;

import dev.collabgraph.loader.extract.Extractor;
import dev.collabgraph.store.BoltConnection;
import dev.collabgraph.store.GraphStore;
import dev.collabgraph.store.GraphWriter;
import dev.collabgraph.store.Schema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code serve --uri}: the external Neo4j server stops while the explorer runs, then comes back on the same address.
 * Meanwhile the API answers 503 with a message (at once when the health probe knows) and the health check says the
 * database is down; afterwards it answers normally by itself, without a restart.
 */
class ExternalNeo4jRestartIT {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    Path dir;

    @Test
    void theApiSaysTheDatabaseIsGoneAndRecoversWhenItReturns() throws Exception {
        int boltPort = freePort();
        URI bolt = URI.create("bolt://127.0.0.1:" + boltPort);
        Neo4j first = server(dir.resolve("first"), boltPort);
        try (GraphStore store = GraphStore.connect(BoltConnection.anonymous(bolt))) {
            seed(store);
            try (HttpServer api = HttpServer.start(store, "127.0.0.1", 0)) {
                URI stats = URI.create("http://127.0.0.1:" + api.port() + "/api/stats");
                URI health = URI.create("http://127.0.0.1:" + api.port() + "/api/health");
                assertThat(get(stats).statusCode()).isEqualTo(200);

                first.close();
                long asked = System.nanoTime();
                HttpResponse<String> down = get(stats);
                // the first request finds out the hard way: through the driver's bounded retries
                assertThat(Duration.ofNanos(System.nanoTime() - asked)).isLessThan(Duration.ofSeconds(10));
                assertThat(down.statusCode()).isEqualTo(503);
                assertThat(down.body()).contains("不可用").doesNotContain("bolt://").doesNotContain("Exception");
                awaitBody(health, "\"state\":\"down\"");
                // once the probe knows, requests are answered at once
                asked = System.nanoTime();
                HttpResponse<String> known = get(stats);
                assertThat(Duration.ofNanos(System.nanoTime() - asked)).isLessThan(Duration.ofSeconds(1));
                assertThat(known.statusCode()).isEqualTo(503);
                assertThat(known.headers().firstValue("Retry-After")).isPresent();
                assertThat(known.body()).contains("不可用").doesNotContain("bolt://").doesNotContain("127.0.0.1")
                        .doesNotContain("Exception");

                try (Neo4j second = server(dir.resolve("second"), boltPort)) {
                    try (GraphStore operator = GraphStore.connect(BoltConnection.anonymous(bolt))) {
                        seed(operator);
                    }
                    awaitBody(health, "\"state\":\"up\"");
                    HttpResponse<String> back = awaitStatus(stats, 200);
                    assertThat(back.body()).contains("\"documentCount\":1");
                }
            }
        }
    }

    private static void seed(GraphStore store) {
        Schema.apply(store);
        GraphWriter.write(store, Extractor.extract(Path.of("..", "data", "xuzhou-2018-20.txt")));
    }

    private static Neo4j server(Path directory, int boltPort) {
        return Neo4jBuilders.newInProcessBuilder(directory)
                .withDisabledServer()
                .withConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", boltPort))
                .withConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
                .build();
    }

    private static HttpResponse<String> awaitStatus(URI uri, int status) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        HttpResponse<String> last = null;
        while (System.nanoTime() < deadline) {
            last = get(uri);
            if (last.statusCode() == status) {
                return last;
            }
            Thread.sleep(100); // polling a server that recovers by itself
        }
        throw new AssertionError(uri + " did not answer " + status + " within 30 s; last: " + last.statusCode() + " " + last.body());
    }

    private static void awaitBody(URI uri, String wanted) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        String last = "";
        while (System.nanoTime() < deadline) {
            last = get(uri).body();
            if (last.contains(wanted)) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError(uri + " did not say " + wanted + " within 30 s; last: " + last);
    }

    private static HttpResponse<String> get(URI uri) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
