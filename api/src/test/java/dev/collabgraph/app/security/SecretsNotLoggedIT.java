package dev.collabgraph.app.security;

import dev.collabgraph.app.cli.ChildCli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A Neo4j password set in {@code NEO4J_PASSWORD} appears nowhere: not on stdout or stderr of {@code serve}, of a
 * {@code load --uri} that logs in with it, or of one refused for a wrong password, with every library logging at
 * debug level; nor in any file the run leaves (Neo4j's logs in the store, the project folder).
 */
class SecretsNotLoggedIT {
    private static final String SECRET = "Zq8-secret-" + Long.toHexString(System.nanoTime());
    private static final String WRONG = "Wr0ng-secret-" + Long.toHexString(System.nanoTime());
    /** Every logger at debug: what a user asking for more output gets. */
    private static final Map<String, String> DEBUG = Map.of(
            "JAVA_TOOL_OPTIONS", "-Dorg.slf4j.simpleLogger.defaultLogLevel=debug", "COLLABGRAPH_DEBUG", "1");

    @TempDir
    Path home;

    @Test
    void thePasswordIsNeverPrintedOrWritten() throws Exception {
        Path store = home.resolve("graph");
        int boltPort = freePort();
        List<String> outputs = new ArrayList<>();
        try (ChildCli serve = ChildCli.start(home, with(DEBUG, SECRET), "serve", "--db", store.toString(), "--port", "0",
                "--bolt", "--bolt-port", String.valueOf(boltPort))) {
            serve.awaitLine(line -> line.contains("explorer at http://127.0.0.1:"), Duration.ofMinutes(3));
            String uri = "bolt://127.0.0.1:" + boltPort;
            Path document = Path.of("..", "data", "xuzhou-2018-20.txt").toAbsolutePath();

            try (ChildCli load = ChildCli.start(home, with(DEBUG, SECRET), "load", "--uri", uri, document.toString())) {
                assertThat(load.awaitExit(Duration.ofMinutes(3))).as(load.output()).isZero();
                outputs.add(load.output());
            }
            try (ChildCli refused = ChildCli.start(home, with(DEBUG, WRONG), "load", "--uri", uri, document.toString())) {
                assertThat(refused.awaitExit(Duration.ofMinutes(3))).isEqualTo(1);
                assertThat(refused.output()).contains("refused the credentials");
                outputs.add(refused.output());
            }
            serve.terminate(Duration.ofSeconds(60));
            outputs.add(serve.output());
        }
        assertThat(String.join("\n", outputs)).as("debug output was produced").contains("DEBUG")
                .doesNotContain(SECRET).doesNotContain(WRONG);
        try (Stream<Path> files = Files.walk(home)) {
            List<Path> written = files.filter(Files::isRegularFile).toList();
            assertThat(written).as("Neo4j wrote its logs").anyMatch(f -> f.toString().contains("logs"));
            for (Path file : written) {
                String text = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
                assertThat(text).as(file.toString()).doesNotContain(SECRET).doesNotContain(WRONG);
            }
        }
    }

    private static Map<String, String> with(Map<String, String> env, String password) {
        Map<String, String> all = new java.util.HashMap<>(env);
        all.put("NEO4J_PASSWORD", password);
        return all;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
