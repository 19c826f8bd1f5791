package dev.collabgraph.bench;

import dev.collabgraph.app.load.ParallelLoader;
import dev.collabgraph.app.reference.ReferenceData;
import dev.collabgraph.loader.extract.Extractor;
import dev.collabgraph.store.EmbeddedNeo4j;
import dev.collabgraph.store.EmbeddedSettings;
import dev.collabgraph.store.GraphStore;
import dev.collabgraph.store.GraphWriter;
import dev.collabgraph.store.Schema;
import dev.collabgraph.store.WriteSummary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Node details, neighbours, paths and recommendations read from the pair summaries answer as the queries that read
 * every per-document relationship did ({@link SummaryAnswers}): on the seed store, and on a generated store of
 * documents that name the same entities over and over (loaded on two threads, so the summaries are written
 * concurrently) and then revised.
 */
class SummaryAnswersIT {
    private static final Path SEED = Path.of("..", "data", "xuzhou-2018-20.txt");

    @TempDir
    Path dir;
    private EmbeddedNeo4j dbms;
    private GraphStore store;

    private GraphStore open() {
        dbms = EmbeddedNeo4j.start(dir.resolve("graph"), EmbeddedSettings.defaults());
        store = dbms.openStore();
        Schema.apply(store);
        return store;
    }

    @AfterEach
    void stop() {
        store.close();
        dbms.close();
    }

    @Test
    void theSeedStoreAnswersAsBefore() {
        GraphWriter.write(open(), Extractor.extract(SEED));
        ReferenceData.load(store);
        compare(5);
    }

    @Test
    void aGeneratedStoreAnswersAsBeforeAfterLoadsAndRevisions() {
        List<String> texts = Corpus.variants(40, 5);
        List<Integer> sources = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            sources.add(i);
        }
        List<ParallelLoader.Outcome<Integer>> outcomes = ParallelLoader.load(open(), sources,
                i -> Extractor.extract("variant-" + i + ".txt", texts.get(i).getBytes(StandardCharsets.UTF_8)), 2, o -> {
                });
        assertThat(outcomes).allMatch(o -> o.failure() == null);
        ReferenceData.load(store);
        ReferenceData.load(store);
        // revisions: documents cut to their first half (they drop pairs), one with its own text again
        for (int i = 0; i < 5; i++) {
            String text = texts.get(i);
            String half = text.substring(0, text.indexOf('\n', text.length() / 2));
            WriteSummary revised = GraphWriter.write(store, Extractor.extract("variant-" + i + ".txt",
                    half.getBytes(StandardCharsets.UTF_8)), GraphWriter.OnConflict.REPLACE);
            assertThat(revised.relationshipsDeleted()).isNotEmpty();
        }
        GraphWriter.write(store, Extractor.extract("variant-7.txt",
                (texts.get(7) + "\n").getBytes(StandardCharsets.UTF_8)), GraphWriter.OnConflict.REPLACE);
        compare(4);
    }

    private void compare(int perLabel) {
        SummaryAnswers answers = new SummaryAnswers(store);
        answers.summariesMatchTheRelationships();
        List<String> nodes = answers.comparedNodes(perLabel);
        assertThat(nodes).hasSizeGreaterThan(10);
        for (String id : nodes) {
            answers.nodeRelationsAreTheSame(id);
            answers.neighboursAreTheSame(id);
        }
        List<String> entities = nodes.stream().filter(id -> !id.contains(":task:")).toList();
        String enterprise = entities.stream().filter(id -> id.startsWith("enterprise:")).findFirst().orElseThrow();
        for (String other : entities.subList(0, Math.min(12, entities.size()))) {
            if (!other.equals(enterprise)) {
                answers.pathsAreTheSame(enterprise, other, 4);
            }
        }
        answers.recommendationsAreTheSame(entities);
    }
}
