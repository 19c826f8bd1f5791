package dev.collabgraph.app.explore;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.collabgraph.app.http.SeededServer;
import dev.collabgraph.loader.extract.Extractor;
import dev.collabgraph.store.GraphWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The overview is kept between requests, and a load is seen by the next request, not minutes later. */
class OverviewFreshnessIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void aLoadedDocumentIsInTheNextOverview(@TempDir Path dir) throws Exception {
        try (SeededServer server = SeededServer.start(dir.resolve("graph"))) {
            JsonNode before = overview(server);
            assertThat(overview(server)).isEqualTo(before);

            GraphWriter.write(server.store(), Extractor.extract(Path.of("..", "corpus", "01-second-city.txt")));
            JsonNode after = overview(server);
            assertThat(after.path("total").asLong()).isGreaterThan(before.path("total").asLong());
        }
    }

    private static JsonNode overview(SeededServer server) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(server.uri("/api/graph")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return JSON.readTree(response.body());
    }
}
