package dev.collabgraph.bench;

import dev.collabgraph.app.http.HttpServer;
import dev.collabgraph.app.http.WithSeededServer;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The short version of {@code bench soak}: four times more connections than the server runs at once, cycling through
 * search, details, neighbours, paths, a gap and the console. Nothing fails but by shedding (503), and the server
 * answers normally as soon as the overload ends, with its threads back where they were; the clients that left before
 * their answer (a console query that would run 30 s) left no statement running.
 */
class OverloadIT extends WithSeededServer {
    private static final String MARKER = "4000000000009";
    private static final String ENDLESS = "UNWIND range(1, " + MARKER + ") AS x WITH x WHERE x < 0 RETURN count(x)";

    @Test
    void anOverloadIsShedAndLeavesNothingBehind() throws Exception {
        String university = "/api/nodes/" + id("中国矿业大学");
        List<Soak.Request> mix = List.of(
                Soak.Request.get("search", "/api/search?q=%E5%A4%A7%E5%AD%A6"),
                Soak.Request.get("details", university),
                Soak.Request.get("neighbours", university + "/neighbors"),
                Soak.Request.get("paths", "/api/paths?from=" + id("徐工集团") + "&to=" + id("中国矿业大学")),
                Soak.Request.get("gap", "/api/gaps/findTasksWithFewUnits"),
                new Soak.Request("console", "/api/cypher", "{\"query\":\"MATCH (u:University) RETURN u.name LIMIT 5\"}"),
                new Soak.Request("console, client leaves", "/api/cypher", "{\"query\":\"" + ENDLESS
                        + "\", \"timeout\": 30}", Duration.ofMillis(300)));
        URI base = server.uri("/");
        Soak.Report report = Soak.run(base, mix, 4 * HttpServer.Binding.MAX_CONCURRENT_REQUESTS, Duration.ofSeconds(8));

        assertThat(report.requests()).isPositive();
        assertThat(report.lines()).as("first failure: %s", report.firstFailure()).allSatisfy(line -> {
            assertThat(line.requests() + line.gaveUp()).as(line.name()).isPositive();
            assertThat(line.errors5xx()).as(line.name() + ": 5xx other than 503").isZero();
            assertThat(line.failures()).as(line.name() + ": connections refused or reset").isZero();
            assertThat(line.timedOut()).as(line.name() + ": no answer within 30 s").isZero();
        });
        assertThat(report.recoveryMillis()).isBetween(0L, 5000L);
        assertThat(report.lines().get(mix.size() - 1).gaveUp()).as("clients that left").isPositive();
        // their statements had a 30 s limit; they stopped when their clients left
        long deadline = System.nanoTime() + Duration.ofSeconds(3).toNanos();
        while (endlessStillRunning() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(endlessStillRunning()).as("statements of clients that left, still running").isZero();
        assertThat(report.threadsAfter()).as("%s%n%s", report.threadsAfterByName(), busyRequestThreads())
                .isLessThanOrEqualTo(report.threadsBefore() + 4);
    }

    /** Where the request threads that did not end are, grouped by their top frames: what a failure needs to say. */
    private static String busyRequestThreads() {
        Map<String, Long> groups = new java.util.TreeMap<>();
        Thread.getAllStackTraces().forEach((thread, stack) -> {
            if (thread.getName().startsWith("http-")) {
                String top = java.util.Arrays.stream(stack).limit(8).map(StackTraceElement::toString)
                        .collect(java.util.stream.Collectors.joining("\n    "));
                groups.merge(thread.getState() + "\n    " + top, 1L, Long::sum);
            }
        });
        StringBuilder out = new StringBuilder();
        groups.forEach((top, count) -> out.append(count).append(" × ").append(top).append('\n'));
        return out.toString();
    }

    private static long endlessStillRunning() {
        return Soak.runningStatements(server.store(), MARKER);
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
