package dev.collabgraph.app.security;

import dev.collabgraph.app.http.WithSeededServer;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.Socket;
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

        // Only the headers are sent: the refusal must come from the declared length, before any byte of the body is
        // read. (A client still writing 300 KB when the server answers and closes may lose that answer to the reset:
        // curl waits for 100 Continue first, the JDK's client, on 17, hangs when it does.)
        RawAnswer declared = headersOnly("/api/cypher", 300 * 1024 + 30);
        assertThat(declared.statusLine()).contains(" 413 ");
        assertThat(declared.body()).contains("at most 262144 bytes").contains("\"limit\":\"262144\"");
    }

    @Test
    void aBodyOfUndeclaredLengthIsHeldToTheSameLimitWhileRead() throws Exception {
        byte[] padded = ("{\"query\":\"RETURN 1 // " + "x".repeat(300 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> chunked = sendPastReset(console(HttpRequest.BodyPublishers.ofInputStream(
                () -> new ByteArrayInputStream(padded))));
        assertThat(chunked.statusCode()).isEqualTo(413);
        assertThat(chunked.body()).doesNotContain("Exception");
    }

    private static HttpRequest.Builder console(HttpRequest.BodyPublisher body) {
        return HttpRequest.newBuilder(server.uri("/api/cypher")).header("Content-Type", "application/json")
                .POST(body);
    }

    private record RawAnswer(String statusLine, String body) {}

    /** A POST that declares a JSON body of {@code length} bytes and sends none; the answer as the server wrote it. */
    private static RawAnswer headersOnly(String path, long length) throws Exception {
        URI uri = server.uri(path);
        try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
            socket.setSoTimeout(30_000);
            String head = "POST " + uri.getRawPath() + " HTTP/1.1\r\nHost: " + uri.getHost() + ":" + uri.getPort()
                    + "\r\nContent-Type: application/json\r\nContent-Length: " + length + "\r\n\r\n";
            socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            String statusLine = in.readLine();
            long contentLength = -1;
            for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
                if (line.regionMatches(true, 0, "Content-Length:", 0, 15)) {
                    contentLength = Long.parseLong(line.substring(15).trim());
                }
            }
            char[] body = new char[(int) Math.max(0, contentLength)];
            int read = 0;
            while (read < body.length) {
                int n = in.read(body, read, body.length - read);
                if (n < 0) break;
                read += n;
            }
            return new RawAnswer(statusLine, new String(body, 0, read));
        }
    }

    /**
     * The server stops reading at the limit, answers and closes; the client may still have body bytes in flight, and
     * the reset that follows can take the answer with it (a race of the socket, not of the server). Up to three tries.
     */
    private static HttpResponse<String> sendPastReset(HttpRequest.Builder request) throws Exception {
        for (int attempt = 1; ; attempt++) {
            try {
                return send(request);
            } catch (IOException reset) {
                if (attempt == 3) throw reset;
            }
        }
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
