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

import static org.assertj.core.api.Assertions.assertThat;

/** When the database goes away, the API answers 503 with a message and no internals, and keeps serving. */
class DatabaseTroubleIT {
    @Test
    void aStoppedDatabaseGives503AndTheServerStaysUp(@TempDir Path dir) throws Exception {
        EmbeddedNeo4j dbms = EmbeddedNeo4j.start(dir, EmbeddedSettings.defaults().withBoltPort(0));
        GraphStore store = dbms.openStore();
        Schema.apply(store);
        try (HttpServer server = HttpServer.start(store, "127.0.0.1", 0)) {
            HttpClient http = HttpClient.newHttpClient();
            URI stats = URI.create("http://127.0.0.1:" + server.port() + "/api/stats");
            assertThat(http.send(HttpRequest.newBuilder(stats).build(), HttpResponse.BodyHandlers.ofString())
                    .statusCode()).isEqualTo(200);

            dbms.close();
            HttpResponse<String> down = http.send(HttpRequest.newBuilder(stats).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(down.statusCode()).isEqualTo(503);
            assertThat(down.body()).contains("\"status\":503").contains("unavailable")
                    .doesNotContain("Exception").doesNotContain("MATCH").doesNotContain("bolt://");

            HttpResponse<String> again = http.send(HttpRequest.newBuilder(stats).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(again.statusCode()).isEqualTo(503);
        } finally {
            store.close();
        }
    }
}
