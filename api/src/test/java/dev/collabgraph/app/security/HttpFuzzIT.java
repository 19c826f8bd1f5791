package dev.collabgraph.app.security;

import dev.collabgraph.app.http.WithSeededServer;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile HTTP: ten thousand requests made from a fixed seed (random paths and parameters, 100 KB values, invalid
 * percent-encodings, path traversal, malformed, huge and deeply nested JSON, wrong methods and content types) sent
 * as raw bytes, so that nothing is cleaned up by a client library. No answer is a 5xx, none names a class, a stack
 * frame or a file of the machine, and each comes within 5 s.
 */
class HttpFuzzIT extends WithSeededServer {
    private static final int REQUESTS = 10_000;
    private static final long MAX_MILLIS = 5_000;
    private static final Pattern STATUS = Pattern.compile("^HTTP/1\\.1 (\\d{3})");
    /**
     * What must never reach a client: stack frames, class names, paths or files of this machine (a 404 may echo the
     * path it was asked for).
     */
    private static final List<String> LEAKS = List.of("Exception", "\tat ", "at dev.collabgraph", "at org.", "at java.",
            ".java:", "/work/", "/root/", "/tmp/", "root:x:", "dev.collabgraph.", "org.neo4j.");
    private static final List<String> ROUTES = List.of("/api/search", "/api/nodes/university%3A%E4%B8%AD%E5%9B%BD"
                    + "%E7%9F%BF%E4%B8%9A%E5%A4%A7%E5%AD%A6", "/api/nodes/x/evidence", "/api/nodes/x/neighbors",
            "/api/graph", "/api/paths", "/api/tasks", "/api/tasks/1", "/api/indicators", "/api/stats", "/api/gaps",
            "/api/gaps/countUnitLoad", "/api/links/industry-academia", "/api/recommendations", "/api/queries",
            "/api/queries/gaps/countUnitLoad", "/api/queries/explore/findNode", "/api/links", "/api/cypher",
            "/api/health", "/api/openapi.json", "/", "/index.html", "/js/main.js", "/webjars/d3/7.9.0/dist/d3.min.js");
    private static final List<String> NASTY_SEGMENTS = List.of("/../../etc/passwd", "/webjars/../../etc/passwd",
            "/%2e%2e/%2e%2e/etc/passwd", "/..%2f..%2fetc%2fpasswd", "/%zz", "/%", "/%e4%b8", "/%00", "/.git/config",
            "/WEB-INF/web.xml", "/js/../../pom.xml", "//etc/passwd", "/api/../api/stats", "/api/%2e%2e/%2e%2e/",
            "/webjars/d3/../../../../etc/passwd", "/public/../openapi.json", "/api/nodes/%FF%FE", "/api/nodes/\u0000");
    private static final List<String> PARAMETERS = List.of("q", "labels", "types", "limit", "skip", "id", "other",
            "type", "from", "to", "maxHops", "for", "label", "format", "maxRows", "document", "industry", "university");
    private static final List<String> METHODS = List.of("GET", "GET", "GET", "POST", "PUT", "DELETE", "PATCH",
            "OPTIONS", "HEAD", "TRACE", "BREW");
    private static final List<String> TYPES = List.of("application/json", "text/plain", "application/xml",
            "multipart/form-data; boundary=x", "application/x-www-form-urlencoded", "");

    @Test
    void tenThousandHostileRequestsGetNo5xxNoInternalsAndAnAnswerWithinFiveSeconds() throws Exception {
        Random random = new Random(20261203);
        List<String> failures = new ArrayList<>();
        // each route once, plainly, first: the time limit is about hostile requests, not a first query's planning,
        // which a loaded machine can stretch past it
        for (String route : ROUTES) {
            send("GET", route, "", null);
        }
        for (int i = 0; i < REQUESTS && failures.size() < 10; i++) {
            String method = METHODS.get(random.nextInt(METHODS.size()));
            String path = path(random);
            String body = method.equals("GET") || method.equals("HEAD") ? null : body(random, i);
            String type = TYPES.get(random.nextInt(TYPES.size()));
            String what = method + " " + abbreviate(path) + " (" + (body == null ? 0 : body.length()) + " bytes " + type
                    + ")";
            long start = System.nanoTime();
            String response;
            try {
                response = send(method, path, type, body);
            } catch (SocketTimeoutException e) {
                failures.add(what + ": no answer within " + 2 * MAX_MILLIS + " ms (request " + i + ")");
                continue;
            }
            long millis = (System.nanoTime() - start) / 1_000_000;
            if (millis > MAX_MILLIS / 5) {
                System.out.println("slow request " + i + " " + millis + " ms: " + what);
            }
            Matcher status = STATUS.matcher(response);
            if (response.isEmpty()) {
                continue;  // the server may close a connection whose request it will not read (a 10 MB body)
            }
            if (!status.find()) {
                failures.add(what + ": no status line first (request " + i + "): " + abbreviate(response));
            } else if (status.group(1).startsWith("5")) {
                failures.add(what + ": " + status.group(1) + " " + abbreviate(response));
            }
            for (String leak : LEAKS) {
                if (response.contains(leak)) {
                    failures.add(what + ": answer contains '" + leak + "': " + abbreviate(response));
                }
            }
            if (millis > MAX_MILLIS) {
                failures.add(what + ": took " + millis + " ms");
            }
        }
        assertThat(failures).isEmpty();
    }

    private static String path(Random random) {
        StringBuilder path = new StringBuilder(random.nextInt(5) == 0
                ? NASTY_SEGMENTS.get(random.nextInt(NASTY_SEGMENTS.size()))
                : ROUTES.get(random.nextInt(ROUTES.size())));
        if (random.nextInt(4) == 0) {
            path.append(NASTY_SEGMENTS.get(random.nextInt(NASTY_SEGMENTS.size())));
        }
        int parameters = random.nextInt(4);
        for (int p = 0; p < parameters; p++) {
            path.append(p == 0 ? '?' : '&').append(PARAMETERS.get(random.nextInt(PARAMETERS.size()))).append('=')
                    .append(value(random));
        }
        return path.toString();
    }

    private static String value(Random random) {
        return switch (random.nextInt(9)) {
            case 0 -> "x".repeat(100_000);
            case 1 -> "%zz%";
            case 2 -> "-1";
            case 3 -> "99999999999999999999";
            case 4 -> "%E4%B8%AD%E5%9B%BD";
            case 5 -> "University,Nope,%27%22%3C";
            case 6 -> "%00%0d%0aSet-Cookie:%20x=1";
            case 7 -> "MATCH%20(n)%20DETACH%20DELETE%20n";
            default -> Integer.toString(random.nextInt(100));
        };
    }

    private static String body(Random random, int i) {
        return switch (random.nextInt(8)) {
            case 0 -> "{\"query\": \"MATCH (n) RETURN n\"";
            case 1 -> "[".repeat(20_000) + "]".repeat(20_000);
            case 2 -> "{\"query\": " + "{\"a\": ".repeat(5_000) + "1" + "}".repeat(5_001);
            case 3 -> i % 50 == 0 ? "{\"query\": \"" + "x".repeat(10 * 1024 * 1024) + "\"}" : "{}";
            case 4 -> "{\"query\": \"CREATE (n) RETURN n\"}";
            case 5 -> "{\"query\": 42, \"params\": [1, 2], \"limit\": \"lots\", \"timeout\": -5}";
            case 6 -> "\u0000\u0001\u00ff not json";
            default -> "{\"query\": \"RETURN $x\", \"params\": {\"x\": " + "[".repeat(2_000) + "]".repeat(2_000) + "}}";
        };
    }

    /** One request as raw bytes on its own connection; the whole answer, or what came before the server closed. */
    private static String send(String method, String path, String type, String body) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", server.uri("/").getPort())) {
            socket.setSoTimeout((int) MAX_MILLIS * 2);
            byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
            String head = method + " " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n"
                    + (type.isEmpty() ? "" : "Content-Type: " + type + "\r\n")
                    + (body == null ? "" : "Content-Length: " + content.length + "\r\n") + "\r\n";
            OutputStream out = socket.getOutputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            try {
                out.write(head.getBytes(StandardCharsets.UTF_8));
                out.write(content);
                out.flush();
            } catch (SocketException e) {
                // the server answered and closed before taking the whole body: read what it said
            }
            try {
                InputStream in = socket.getInputStream();
                in.transferTo(answer);
            } catch (SocketException e) {
                // reset after its answer
            }
            return answer.toString(StandardCharsets.UTF_8);
        }
    }

    private static String abbreviate(String text) {
        String flat = text.replaceAll("\\s+", " ");
        return flat.length() > 200 ? flat.substring(0, 200) + "…" : flat;
    }
}
