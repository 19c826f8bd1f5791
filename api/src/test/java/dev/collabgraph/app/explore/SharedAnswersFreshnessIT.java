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

/** The overview and the gaps are kept between requests, and a load is seen by the next requests, not minutes later. */
class SharedAnswersFreshnessIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void aLoadedDocumentIsInTheNextOverview(@TempDir Path dir) throws Exception {
        try (SeededServer server = SeededServer.start(dir.resolve("graph"))) {
            JsonNode before = overview(server);
            assertThat(overview(server)).isEqualTo(before);
            long unitsBefore = unitLoadCount(server, -1);
            JsonNode gapBefore = get(server, "/api/gaps/countUnitLoad");

            GraphWriter.write(server.store(), Extractor.extract(Path.of("..", "corpus", "01-second-city.txt")));
            JsonNode after = overview(server);
            assertThat(after.path("total").asLong()).isGreaterThan(before.path("total").asLong());
            assertThat(get(server, "/api/gaps/countUnitLoad").path("rows").size())
                    .isGreaterThan(gapBefore.path("rows").size());
            assertThat(unitLoadCount(server, unitsBefore)).isGreaterThan(unitsBefore);
        }
    }

    /** The count of the unit-load gap in the gap list, once counted and other than {@code not}. */
    private static long unitLoadCount(SeededServer server, long not) throws Exception {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (System.nanoTime() < deadline) {
            for (JsonNode gap : get(server, "/api/gaps").path("gaps")) {
                if (gap.path("name").asText().equals("countUnitLoad") && gap.path("count").isNumber()
                        && gap.path("count").asLong() != not) {
                    return gap.path("count").asLong();
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the unit-load gap was not counted (again) within 60 s");
    }

    private static JsonNode overview(SeededServer server) throws Exception {
        return get(server, "/api/graph");
    }

    private static JsonNode get(SeededServer server, String path) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(server.uri(path)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return JSON.readTree(response.body());
    }
}
