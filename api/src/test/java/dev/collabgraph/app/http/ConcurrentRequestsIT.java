package dev.collabgraph.app.http;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Requests that read evidence in context (node details) together with neighbours and paths, many at once right
 * after start while no document text is cached: every one must answer. Node details used to read a document's
 * text from inside a driver result mapper, on the driver's network threads, and four concurrent requests were
 * enough to block the server for good.
 */
class ConcurrentRequestsIT {
    private static final Duration EACH = Duration.ofSeconds(60);

    @Test
    void sixteenConcurrentDetailsNeighboursAndPathsRequestsAllAnswer(@TempDir Path dir) throws Exception {
        try (SeededServer server = SeededServer.start(dir.resolve("graph"))) {
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            List<String> paths = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                paths.add("/api/nodes/" + enc("university:中国矿业大学"));
                paths.add("/api/nodes/" + enc("enterprise:徐工集团"));
                paths.add("/api/nodes/" + enc("unit:徐州市:科技局") + "/neighbors?limit=200");
                paths.add("/api/paths?from=" + enc("enterprise:徐工集团") + "&to=" + enc("university:中国矿业大学"));
            }
            List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
            for (String path : paths) {
                answers.add(http.sendAsync(HttpRequest.newBuilder(server.uri(path)).timeout(EACH).build(),
                        HttpResponse.BodyHandlers.ofString()));
            }
            for (int i = 0; i < answers.size(); i++) {
                HttpResponse<String> answer = answers.get(i).join();
                // beyond the server's bound a request is shed with 503 and Retry-After; a client asks again
                for (int tries = 0; answer.statusCode() == 503 && tries < 30; tries++) {
                    assertThat(answer.headers().firstValue("Retry-After")).isPresent();
                    Thread.sleep(200);
                    answer = http.send(HttpRequest.newBuilder(server.uri(paths.get(i))).timeout(EACH).build(),
                            HttpResponse.BodyHandlers.ofString());
                }
                assertThat(answer.statusCode()).as(paths.get(i)).isEqualTo(200);
                answers.set(i, CompletableFuture.completedFuture(answer));
            }
            HttpResponse<String> details = answers.get(0).join();
            assertThat(details.body()).contains("\"context\":").contains("中国矿业大学");

            // and the server still answers afterwards
            HttpResponse<String> stats = http.send(HttpRequest.newBuilder(server.uri("/api/stats")).timeout(EACH)
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(stats.statusCode()).isEqualTo(200);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
