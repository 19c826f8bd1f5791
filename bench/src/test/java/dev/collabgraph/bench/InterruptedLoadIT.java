package dev.collabgraph.bench;

import dev.collabgraph.app.cli.ChildCli;
import dev.collabgraph.app.cli.Cli;
import dev.collabgraph.store.EmbeddedNeo4j;
import dev.collabgraph.store.EmbeddedSettings;
import dev.collabgraph.store.GraphStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Record;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code kill -9} of a {@code load} at several points of a corpus, each time followed by a look at the store and, at
 * the end, by the same load run to completion: the store opens, every document is whole or absent, never half, and
 * the final counts equal those of an uninterrupted load. While a load runs, a second one on the same store is refused
 * at once, naming the first.
 */
class InterruptedLoadIT {
    private static final int DOCUMENTS = 60;
    /** Progress lines ("[12/60  20%] …") after which the load is killed, one run each. */
    private static final List<Integer> KILL_AFTER = List.of(6, 24, 42);
    private static final Pattern PROGRESS = Pattern.compile("^\\[(\\d+)/" + DOCUMENTS + " ");

    @TempDir
    Path dir;

    @Test
    void killedLoadsLeaveWholeDocumentsAndTheSameLoadThenCompletesTheStore() throws Exception {
        Path corpus = dir.resolve("corpus");
        Corpus.write(corpus, DOCUMENTS, 5);
        Path reference = dir.resolve("reference");
        assertThat(Cli.run("load", "--db", reference.toString(), corpus.toString()).code()).isZero();
        StoreCounts expected = StoreCounts.of(reference);
        assertThat(expected.relationshipsByDocument()).hasSize(DOCUMENTS);

        Path crashed = dir.resolve("crashed");
        for (int killAfter : KILL_AFTER) {
            try (ChildCli load = ChildCli.start(dir, Map.of(), "load", "--db", crashed.toString(), "--threads", "2",
                    corpus.toString())) {
                load.awaitLine(line -> progress(line) >= killAfter, Duration.ofMinutes(3));

                Cli.Run second = Cli.run("load", "--db", crashed.toString(), corpus.toString());
                assertThat(second.code()).isEqualTo(1);
                assertThat(second.err()).contains("in use by process " + load.pid()).contains("load");

                load.kill();
            }
            StoreCounts afterKill = StoreCounts.of(crashed);
            assertThat(afterKill.documents()).as("documents loaded before the kill").isPositive();
            afterKill.relationshipsByDocument().forEach((document, relationships) ->
                    assertThat(relationships).as("relationships of %s after kill -9", document)
                            .isEqualTo(expected.relationshipsByDocument().get(document)));
            assertThat(afterKill.relationshipsByDocument()).as("every document node has its facts")
                    .hasSize((int) afterKill.documents());
            System.out.printf("kill -9 at progress %d/%d: %d documents whole, none half%n", killAfter, DOCUMENTS,
                    afterKill.documents());
        }

        Cli.Run last = Cli.run("load", "--db", crashed.toString(), corpus.toString());
        assertThat(last.code()).as(last.err()).isZero();
        assertThat(StoreCounts.of(crashed)).isEqualTo(expected);
    }

    private static int progress(String line) {
        Matcher m = PROGRESS.matcher(line);
        return m.find() ? Integer.parseInt(m.group(1)) : -1;
    }

    /** What a store holds: nodes, relationships, documents, and each document's relationships. */
    private record StoreCounts(long nodes, long relationships, long documents, Map<String, Long> relationshipsByDocument) {
        static StoreCounts of(Path storeDirectory) {
            try (EmbeddedNeo4j dbms = EmbeddedNeo4j.start(storeDirectory, EmbeddedSettings.defaults().withoutBolt());
                 GraphStore store = dbms.openStore()) {
                Map<String, Long> byDocument = new TreeMap<>();
                for (Record row : read(store, "MATCH ()-[r]->() WHERE r.document IS NOT NULL "
                        + "WITH r.document AS document, count(*) AS n MATCH (:Document {id: document}) "
                        + "RETURN document, n")) {
                    byDocument.put(row.get("document").asString(), row.get("n").asLong());
                }
                return new StoreCounts(count(store, "MATCH (n) RETURN count(n)"),
                        count(store, "MATCH ()-[r]->() RETURN count(r)"),
                        count(store, "MATCH (d:Document) RETURN count(d)"), byDocument);
            }
        }

        private static long count(GraphStore store, String query) {
            return read(store, query).get(0).get(0).asLong();
        }

        private static List<Record> read(GraphStore store, String query) {
            return store.readAdHoc(query, Map.of(), Duration.ofSeconds(60), 100_000).rows();
        }
    }
}
