package dev.collabgraph.app.cli;

import dev.collabgraph.store.BoltConnection;
import dev.collabgraph.store.GraphStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.exceptions.AuthenticationException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@code serve} as a user starts it, in a process of its own: by default neither Bolt nor Neo4j Browser is offered;
 * asked for, they come with a login printed once; SIGTERM stops the server.
 */
class ServeProcessIT {
    private static final Pattern EXPLORER = Pattern.compile("explorer at http://127\\.0\\.0\\.1:(\\d+)/");
    private static final Pattern BOLT = Pattern.compile("Bolt for cypher-shell at (\\S+), user neo4j, password (\\S+) \\(generated");

    @TempDir
    Path dir;

    @Test
    void byDefaultServeOffersNeitherBoltNorNeo4jBrowser() throws Exception {
        assertThat(listening(7687)).as("something else listens on 7687 already").isFalse();
        assertThat(listening(7474)).as("something else listens on 7474 already").isFalse();
        try (Serve serve = Serve.start(dir, "serve", "--db", dir.resolve("graph").toString(), "--port", "0")) {
            String links = get(serve.port(), "/api/links");
            assertThat(links).contains("\"bolt\":null").contains("\"neo4jBrowser\":null");
            assertThat(listening(7687)).isFalse();
            assertThat(listening(7474)).isFalse();
            assertThat(serve.output()).doesNotContain("password").doesNotContain("Bolt");
            serve.terminate();
        }
    }

    @Test
    void askedForBoltComesWithAGeneratedLoginPrintedOnce() throws Exception {
        int boltPort = freePort();
        try (Serve serve = Serve.start(dir, "serve", "--db", dir.resolve("graph").toString(), "--port", "0",
                "--bolt", "--bolt-port", String.valueOf(boltPort))) {
            Matcher bolt = BOLT.matcher(serve.output());
            assertThat(bolt.find()).as(serve.output()).isTrue();
            URI uri = URI.create(bolt.group(1));
            assertThat(uri.getPort()).isEqualTo(boltPort);
            assertThat(serve.output().split(Pattern.quote(bolt.group(2)), -1)).as("printed once").hasSize(2);
            try (GraphStore store = GraphStore.connect(new BoltConnection(uri, "neo4j", bolt.group(2), null))) {
                assertThat(store.readAdHoc("MATCH (d:Document) RETURN count(d)", java.util.Map.of(),
                        Duration.ofSeconds(10), 1).rows().get(0).get(0).asLong()).isEqualTo(1);
            }
            assertThatThrownBy(() -> GraphStore.connect(BoltConnection.anonymous(uri)))
                    .isInstanceOf(AuthenticationException.class);
            assertThat(get(serve.port(), "/api/links")).contains("\"bolt\":\"" + uri + "\"");
            serve.terminate();
        }
    }

    private static String get(int port, String path) throws Exception {
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(200);
        return answer.body();
    }

    private static boolean listening(int port) {
        try (Socket ignored = new Socket("127.0.0.1", port)) {
            return true;
        } catch (ConnectException e) {
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** {@code serve} in a child process, ready once it prints the explorer's address. */
    private record Serve(ChildCli child, int port) implements AutoCloseable {
        static Serve start(Path home, String... args) throws Exception {
            ChildCli child = ChildCli.start(home, Map.of(), args);
            String ready = child.awaitLine(line -> EXPLORER.matcher(line).find(), Duration.ofSeconds(180));
            Matcher m = EXPLORER.matcher(ready);
            m.find();
            return new Serve(child, Integer.parseInt(m.group(1)));
        }

        String output() {
            return child.output();
        }

        /** SIGTERM, as Ctrl-C or a service manager sends: the server must stop by itself. */
        void terminate() throws InterruptedException {
            child.terminate(Duration.ofSeconds(60));
        }

        @Override
        public void close() {
            child.close();
        }
    }
}
