package dev.collabgraph.bench;

import dev.collabgraph.app.http.HttpServer;
import dev.collabgraph.app.http.WithSeededServer;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The short version of {@code bench soak}: four times more connections than the server runs at once, cycling through
 * search, details, neighbours, paths, a gap and the console. Nothing fails but by shedding (503), and the server
 * answers normally as soon as the overload ends, with its threads back where they were.
 */
class OverloadIT extends WithSeededServer {
    @Test
    void anOverloadIsShedAndLeavesNothingBehind() throws Exception {
        String university = "/api/nodes/" + id("中国矿业大学");
        List<Soak.Request> mix = List.of(
                Soak.Request.get("search", "/api/search?q=%E5%A4%A7%E5%AD%A6"),
                Soak.Request.get("details", university),
                Soak.Request.get("neighbours", university + "/neighbors"),
                Soak.Request.get("paths", "/api/paths?from=" + id("徐工集团") + "&to=" + id("中国矿业大学")),
                Soak.Request.get("gap", "/api/gaps/findTasksWithFewUnits"),
                new Soak.Request("console", "/api/cypher", "{\"query\":\"MATCH (u:University) RETURN u.name LIMIT 5\"}"));
        URI base = server.uri("/");
        Soak.Report report = Soak.run(base, mix, 4 * HttpServer.Binding.MAX_CONCURRENT_REQUESTS, Duration.ofSeconds(8));

        assertThat(report.requests()).isPositive();
        assertThat(report.lines()).allSatisfy(line -> {
            assertThat(line.requests()).as(line.name()).isPositive();
            assertThat(line.errors5xx()).as(line.name() + ": 5xx other than 503").isZero();
            assertThat(line.failures()).as(line.name() + ": connections refused or reset").isZero();
        });
        assertThat(report.recoveryMillis()).isBetween(0L, 5000L);
        assertThat(report.threadsAfter()).as(report.threadsAfterByName()).isLessThanOrEqualTo(report.threadsBefore() + 4);
    }

    private static String id(String name) throws Exception {
        var answer = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                server.uri("/api/search?q=" + java.net.URLEncoder.encode(name, java.nio.charset.StandardCharsets.UTF_8)))
                .build(), java.net.http.HttpResponse.BodyHandlers.ofString()).body();
        var node = new com.fasterxml.jackson.databind.ObjectMapper().readTree(answer);
        var hits = node.path("results");
        return java.net.URLEncoder.encode(hits.get(0).path("id").asText(), java.nio.charset.StandardCharsets.UTF_8);
    }
}
