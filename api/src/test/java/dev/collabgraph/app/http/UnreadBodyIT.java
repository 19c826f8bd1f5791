package dev.collabgraph.app.http;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A request refused before its handler read its body (wrong Content-Type: 415) still has its small body read to the
 * end, even when the body comes after the head: the connection stays usable for the next request, and no unread
 * bytes are left in a buffer that Jetty hands to another connection.
 */
class UnreadBodyIT extends WithSeededServer {
    private static final Pattern STATUS = Pattern.compile("HTTP/1\\.1 (\\d{3})");

    @Test
    void aRefusedRequestsLateBodyIsReadAndTheConnectionAnswersTheNextRequest() throws Exception {
        String body = "{\"query\": \"CREATE (n) RETURN n\"}";
        String answer = exchange("POST /api/cypher HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: text/plain\r\n"
                + "Content-Length: " + body.length() + "\r\n\r\n", body,
                "GET /api/health HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");

        assertThat(answer).startsWith("HTTP/1.1 415");
        Matcher statuses = STATUS.matcher(answer);
        assertThat(statuses.find()).isTrue();
        assertThat(statuses.find()).as("the second request's answer on the same connection: %s", answer).isTrue();
        assertThat(statuses.group(1)).isEqualTo("200");
        assertThat(answer).doesNotContain("CREATE (n)");
    }

    @Test
    void aBodyOverTheDrainLimitIsNotWaitedFor() throws Exception {
        long start = System.nanoTime();
        try (Socket socket = new Socket("127.0.0.1", server.uri("/").getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/cypher HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: text/plain\r\nContent-Length: "
                    + (UnreadBody.DRAIN_BYTES + 1) + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            byte[] head = new byte[12];
            int read = socket.getInputStream().readNBytes(head, 0, head.length);
            assertThat(new String(head, 0, read, StandardCharsets.US_ASCII)).isEqualTo("HTTP/1.1 415");
        }
        assertThat((System.nanoTime() - start) / 1_000_000).as("answered without waiting for the body").isLessThan(5_000);
    }

    /** The head, then (after a pause, as a slow client sends it) the body, then a second request; all answers. */
    private static String exchange(String head, String body, String next) throws IOException, InterruptedException {
        try (Socket socket = new Socket("127.0.0.1", server.uri("/").getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.UTF_8));
            out.flush();
            Thread.sleep(300);
            out.write(body.getBytes(StandardCharsets.UTF_8));
            out.flush();
            Thread.sleep(100);
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            try {
                out.write(next.getBytes(StandardCharsets.UTF_8));
                out.flush();
                socket.getInputStream().transferTo(answer);
            } catch (SocketException e) {
                // closed by the server: what came before is the answer
            }
            return answer.toString(StandardCharsets.UTF_8);
        }
    }
}
