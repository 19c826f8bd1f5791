package dev.collabgraph.app.http;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;

/** Beyond its bound the server sheds API requests with 503 and Retry-After at once, and recovers when load ends. */
class LoadSheddingIT {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void aRequestBeyondTheBoundIsShedAtOnceAndTheServerRecovers(@TempDir Path dir) throws Exception {
        try (SeededServer seeded = SeededServer.start(dir.resolve("graph"));
             HttpServer server = HttpServer.start(seeded.store(),
                     new HttpServer.Binding("127.0.0.1", 0, List.of(), 1), ServerLinks.none())) {
            // a failing request gives its place back
            assertThat(get(server, "/api/nodes/no-such-node").statusCode()).isEqualTo(404);
            assertThat(get(server, "/api/stats").statusCode()).isEqualTo(200);

            // the place of a request is given back once its answer is out: a client may be a moment quicker
            CompletableFuture<HttpResponse<String>> slow = slowQuery(server);
            for (int tries = 0; tries < 20 && shedAtOnce(slow); tries++) {
                slow = slowQuery(server);
            }
            HttpResponse<String> shed = null;
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (!slow.isDone() && System.nanoTime() < deadline) {
                long start = System.nanoTime();
                HttpResponse<String> answer = get(server, "/api/stats");
                if (answer.statusCode() == 503) {
                    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));
                    shed = answer;
                    break;
                }
                Thread.sleep(20);
            }
            assertThat(shed).as("a second request while the slow one runs; the slow one: %s",
                    slow.isDone() ? slow.get().statusCode() + " " + slow.get().body() : "running").isNotNull();
            assertThat(shed.headers().firstValue("Retry-After")).hasValue("1");
            assertThat(shed.body()).contains("\"status\":503").contains("busy");
            assertThat(get(server, "/api/health").statusCode()).as("the health check is never shed").isEqualTo(200);

            slow.get();
            assertThat(get(server, "/api/stats").statusCode()).isEqualTo(200);
        }
    }

    private static CompletableFuture<HttpResponse<String>> slowQuery(HttpServer server) {
        return HTTP.sendAsync(HttpRequest.newBuilder(uri(server, "/api/cypher"))
                .header("Content-Type", "application/json").timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"query\": \"UNWIND range(1, 200000000) AS x RETURN count(x)\", \"timeout\": 20}"))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    private static boolean shedAtOnce(CompletableFuture<HttpResponse<String>> request) throws Exception {
        Thread.sleep(200);
        return request.isDone() && request.get().statusCode() == 503;
    }

    private static HttpResponse<String> get(HttpServer server, String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(uri(server, path)).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static URI uri(HttpServer server, String path) {
        return URI.create("http://127.0.0.1:" + server.port() + path);
    }
}
