package dev.collabgraph.app.cli;

import dev.collabgraph.app.Main;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The scale-out path as a user takes it (docs/scaling.md): a Neo4j server started on its own (neo4j-harness, in this
 * JVM, reached only over Bolt), and the command line in separate processes, loading and querying it through
 * {@code --uri}. Every answer equals the one the same commands give on the embedded store.
 */
class ScaleOutIT {
    private static final List<String> DOCUMENTS = List.of("01-second-city.txt", "10-action-plan-division-table.txt",
            "12-work-plan-mixed-numbering.txt");
    private static final List<List<String>> READS = List.of(
            List.of("query", "MATCH (n) UNWIND labels(n) AS label RETURN label, count(*) AS nodes ORDER BY label",
                    "--format", "json"),
            List.of("query", "MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS relationships ORDER BY type",
                    "--format", "json"),
            List.of("query", "MATCH (n:University|Enterprise|Platform|Park|Region) RETURN labels(n)[0] AS label, n.name "
                    + "AS name, COUNT { (n)--() } AS degree ORDER BY label, name", "--limit", "5000", "--format", "json"),
            List.of("query", "MATCH (t:Task) RETURN t.id AS id, t.title AS title ORDER BY id", "--limit", "5000",
                    "--format", "json"),
            List.of("gaps", "--format", "json"),
            List.of("recommend", "中国矿业大学", "--format", "json"));

    @TempDir
    static Path dir;
    private static Neo4j server;

    @BeforeAll
    static void startSeparateServer() {
        server = Neo4jBuilders.newInProcessBuilder(dir.resolve("server"))
                .withDisabledServer()
                .withConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
                .withConfig(GraphDatabaseSettings.memory_transaction_max_size, 256L * 1024 * 1024)
                .build();
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @Test
    void loadingAndQueryingThroughUriGivesTheEmbeddedAnswers() throws Exception {
        Path documents = Files.createDirectories(dir.resolve("documents"));
        Files.copy(Path.of("..", "data", "xuzhou-2018-20.txt"), documents.resolve("xuzhou-2018-20.txt"));
        for (String name : DOCUMENTS) {
            Files.copy(Path.of("..", "corpus", name), documents.resolve(name));
        }
        String uri = server.boltURI().toString();
        Path embedded = dir.resolve("embedded");

        Run remoteLoad = cli("load", "--uri", uri, documents.toString());
        assertThat(remoteLoad.code()).as(remoteLoad.output()).isZero();
        assertThat(remoteLoad.output()).contains((DOCUMENTS.size() + 1) + " loaded");
        Run embeddedLoad = cli("load", "--db", embedded.toString(), documents.toString());
        assertThat(embeddedLoad.code()).as(embeddedLoad.output()).isZero();

        List<String> remoteAnswers = new ArrayList<>();
        for (List<String> read : READS) {
            Run remote = cli(with(read, "--uri", uri));
            Run local = cli(with(read, "--db", embedded.toString()));
            assertThat(remote.code()).as(remote.output()).isZero();
            assertThat(remote.stdout()).as("%s through --uri against embedded", read.get(0))
                    .isEqualTo(local.stdout()).hasSizeGreaterThan(20);
            remoteAnswers.add(remote.stdout());
        }
        assertThat(remoteAnswers.get(0)).contains("University", "Enterprise", "Task", "Document");

        // loading the same folder again through --uri changes nothing (idempotent per document)
        Run again = cli("load", "--uri", uri, documents.toString());
        assertThat(again.code()).as(again.output()).isZero();
        assertThat(cli(with(READS.get(0), "--uri", uri)).stdout()).isEqualTo(remoteAnswers.get(0));
        assertThat(cli(with(READS.get(1), "--uri", uri)).stdout()).isEqualTo(remoteAnswers.get(1));
    }

    private static List<String> with(List<String> read, String... store) {
        List<String> args = new ArrayList<>(read.subList(0, 1));
        args.addAll(List.of(store));
        args.addAll(read.subList(1, read.size()));
        return args;
    }

    private record Run(int code, String stdout, String output) {
    }

    private static Run cli(String... args) throws IOException, InterruptedException {
        return cli(List.of(args));
    }

    /** The command line in its own JVM, as the launcher runs it; stdout apart from stderr. */
    private static Run cli(List<String> args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx768m", "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(args);
        Path out = Files.createTempFile(dir, "out", ".txt");
        Path err = Files.createTempFile(dir, "err", ".txt");
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().remove("NEO4J_PASSWORD");
        builder.environment().put("COLLABGRAPH_HOME", dir.toString());
        Process process = builder.start();
        if (!process.waitFor(180, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("no answer in 180 s from " + args);
        }
        // the time a query took is the one thing allowed to differ
        String stdout = Files.readString(out, StandardCharsets.UTF_8).replaceAll("\"elapsedMs\" : \\d+", "\"elapsedMs\" : 0");
        return new Run(process.exitValue(), stdout, stdout + Files.readString(err, StandardCharsets.UTF_8));
    }
}
