package dev.collabgraph.app.security;

import dev.collabgraph.app.http.WithSeededServer;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** Every route has a request body limit: none for routes that read none, a query's worth for the console. */
class RequestBodyLimitsIT extends WithSeededServer {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void aRouteThatReadsNoBodyRefusesOne() throws Exception {
        HttpResponse<String> answer = send(HttpRequest.newBuilder(server.uri("/api/stats"))
                .method("GET", HttpRequest.BodyPublishers.ofString("x".repeat(1000))));
        assertThat(answer.statusCode()).isEqualTo(413);
        assertThat(answer.body()).contains("takes no request body").contains("\"status\":413");
    }

    @Test
    void theConsoleTakesAQueryButNotMegabytes() throws Exception {
        HttpResponse<String> query = send(console(HttpRequest.BodyPublishers.ofString(
                "{\"query\":\"MATCH (d:Document) RETURN count(d) AS n\"}")));
        assertThat(query.statusCode()).as(query.body()).isEqualTo(200);

        String padded = "{\"query\":\"RETURN 1 // " + "x".repeat(300 * 1024) + "\"}";
        HttpResponse<String> declared = send(console(HttpRequest.BodyPublishers.ofString(padded)));
        assertThat(declared.statusCode()).isEqualTo(413);
        assertThat(declared.body()).contains("at most 262144 bytes").contains("\"limit\":\"262144\"");
    }

    @Test
    void aBodyOfUndeclaredLengthIsHeldToTheSameLimitWhileRead() throws Exception {
        byte[] padded = ("{\"query\":\"RETURN 1 // " + "x".repeat(300 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> chunked = send(console(HttpRequest.BodyPublishers.ofInputStream(
                () -> new ByteArrayInputStream(padded))));
        assertThat(chunked.statusCode()).isEqualTo(413);
        assertThat(chunked.body()).doesNotContain("Exception");
    }

    private static HttpRequest.Builder console(HttpRequest.BodyPublisher body) {
        return HttpRequest.newBuilder(server.uri("/api/cypher")).header("Content-Type", "application/json")
                .POST(body);
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
