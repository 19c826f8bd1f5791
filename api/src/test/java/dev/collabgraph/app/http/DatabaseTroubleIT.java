package dev.collabgraph.app.http;

import dev.collabgraph.store.EmbeddedNeo4j;
import dev.collabgraph.store.EmbeddedSettings;
import dev.collabgraph.store.GraphStore;
import dev.collabgraph.store.Schema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** When the database goes away, the API answers 503 with a message and no internals, and keeps serving. */
class DatabaseTroubleIT {
    @Test
    void aStoppedDatabaseGives503AndTheServerStaysUp(@TempDir Path dir) throws Exception {
        try (Served served = Served.start(dir)) {
            HttpServer server = served.server();
            EmbeddedNeo4j dbms = served.dbms();
            HttpClient http = HttpClient.newHttpClient();
            URI stats = URI.create("http://127.0.0.1:" + server.port() + "/api/stats");
            assertThat(http.send(HttpRequest.newBuilder(stats).build(), HttpResponse.BodyHandlers.ofString())
                    .statusCode()).isEqualTo(200);

            dbms.close();
            HttpResponse<String> down = http.send(HttpRequest.newBuilder(stats).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(down.statusCode()).isEqualTo(503);
            assertThat(down.body()).contains("\"status\":503").contains("不可用")
                    .doesNotContain("Exception").doesNotContain("MATCH").doesNotContain("bolt://");

            HttpResponse<String> again = http.send(HttpRequest.newBuilder(stats).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(again.statusCode()).isEqualTo(503);
        }
    }

    @Test
    void theHealthCheckAnswersAtOnceAndSaysWhenTheDatabaseIsDown(@TempDir Path dir) throws Exception {
        try (Served served = Served.start(dir)) {
            HttpServer server = served.server();
            EmbeddedNeo4j dbms = served.dbms();
            HttpClient http = HttpClient.newHttpClient();
            URI health = URI.create("http://127.0.0.1:" + server.port() + "/api/health");
            assertThat(databaseState(http, health, "up")).contains("\"status\":\"up\"");

            dbms.close();
            String down = databaseState(http, health, "down");
            assertThat(down).contains("\"status\":\"up\"").contains("did not answer")
                    .doesNotContain("bolt://").doesNotContain("RETURN").doesNotContain("Exception");
        }
    }

    /** Polls the health check (each answer within a second) until the database is in {@code state}. */
    private static String databaseState(HttpClient http, URI health, String state) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            long start = System.nanoTime();
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(health).timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));
            assertThat(answer.statusCode()).isEqualTo(200);
            if (answer.body().contains("\"state\":\"" + state + "\"")) {
                return answer.body();
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the health check did not report the database " + state + " within 30 s");
    }

    /** An embedded store with the schema and a server on it; closing stops the server, then the store. */
    private record Served(EmbeddedNeo4j dbms, GraphStore store, HttpServer server) implements AutoCloseable {
        static Served start(Path dir) {
            EmbeddedNeo4j dbms = EmbeddedNeo4j.start(dir, EmbeddedSettings.defaults().withBoltPort(0));
            GraphStore store = dbms.openStore();
            Schema.apply(store);
            return new Served(dbms, store, HttpServer.start(store, "127.0.0.1", 0));
        }

        @Override
        public void close() {
            try {
                server.close();
            } finally {
                store.close();
            }
        }
    }
}
