package dev.collabgraph.app.http;

import dev.collabgraph.store.GraphStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A client that leaves while its query runs stops that query at once, not at its time limit; a client that stays
 * keeps its connection for the next request, as HTTP/1.1 keep-alive wants.
 */
class ClientLeavesIT {
    private static final String SPIN = "UNWIND range(1, 4000000000000) AS x WITH x WHERE x < 0 RETURN count(x)";
    @TempDir
    static Path dir;
    static SeededServer seeded;
    static HttpServer server;

    @BeforeAll
    static void start() {
        seeded = SeededServer.start(dir.resolve("graph"));
        server = HttpServer.start(seeded.store(), "127.0.0.1", 0);
    }

    @AfterAll
    static void stop() {
        server.close();
        seeded.close();
    }

    @Test
    void theQueryOfAClientThatLeftStopsAtOnce() throws Exception {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            send(socket, console(SPIN, 30));
            waitFor(() -> running(seeded.store()) == 1, Duration.ofSeconds(10), "the query starts");
        }
        long left = System.nanoTime();
        waitFor(() -> running(seeded.store()) == 0, Duration.ofSeconds(5), "the query stops after its client left");
        assertThat(Duration.ofNanos(System.nanoTime() - left)).isLessThan(Duration.ofSeconds(5));
        // the server's place for it is free again
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            send(socket, get("/api/stats", true));
            assertThat(read(socket)).startsWith("HTTP/1.1 200");
        }
    }

    @Test
    void aClientThatStaysKeepsItsConnectionForTheNextRequests() throws Exception {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(30_000);
            for (int i = 0; i < 3; i++) {
                send(socket, get("/api/stats", false));
                String answer = read(socket);
                assertThat(answer).startsWith("HTTP/1.1 200").doesNotContainIgnoringCase("connection: close");
                send(socket, console("MATCH (n) RETURN count(n) AS nodes", 5));
                assertThat(read(socket)).startsWith("HTTP/1.1 200").contains("nodes");
            }
        }
    }

    private static long running(GraphStore store) {
        return store.readAdHoc("SHOW TRANSACTIONS YIELD currentQuery WHERE currentQuery CONTAINS '4000000000000'"
                        + " AND NOT currentQuery CONTAINS 'SHOW' RETURN count(*) AS n", Map.of(),
                Duration.ofSeconds(10), 1).rows().get(0).get(0).asLong();
    }

    private static String console(String query, int timeoutSeconds) {
        String body = "{\"query\": \"" + query + "\", \"timeout\": " + timeoutSeconds + "}";
        return "POST /api/cypher HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: "
                + body.getBytes(StandardCharsets.UTF_8).length + "\r\n\r\n" + body;
    }

    private static String get(String path, boolean close) {
        return "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" + (close ? "Connection: close\r\n" : "") + "\r\n";
    }

    private static void send(Socket socket, String request) throws IOException {
        OutputStream out = socket.getOutputStream();
        out.write(request.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    /** One answer: head, then as many body bytes as Content-Length says. */
    private static String read(Socket socket) throws IOException {
        socket.setSoTimeout(30_000);
        InputStream in = socket.getInputStream();
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        while (!head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                break;
            }
            head.write(b);
        }
        String headText = head.toString(StandardCharsets.ISO_8859_1);
        int length = 0;
        for (String line : headText.split("\r\n")) {
            if (line.toLowerCase().startsWith("content-length:")) {
                length = Integer.parseInt(line.substring(15).trim());
            }
        }
        byte[] body = in.readNBytes(length);
        return headText + new String(body, StandardCharsets.UTF_8);
    }

    private static void waitFor(java.util.function.BooleanSupplier condition, Duration within, String what)
            throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as(what).isLessThan(deadline);
            Thread.sleep(50);
        }
    }
}
