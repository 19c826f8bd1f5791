package dev.collabgraph.bench;

import dev.collabgraph.app.load.ParallelLoader;

import dev.collabgraph.loader.BadDocumentException;
import dev.collabgraph.loader.extract.Extractor;
import dev.collabgraph.model.ExtractedGraph;
import dev.collabgraph.store.CypherFiles;
import dev.collabgraph.store.CypherStatement;
import dev.collabgraph.store.EmbeddedNeo4j;
import dev.collabgraph.store.EmbeddedSettings;
import dev.collabgraph.store.GraphStore;
import dev.collabgraph.store.GraphWriter;
import dev.collabgraph.store.Schema;
import dev.collabgraph.store.WriteSummary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/** The parallel loader against real embedded Neo4j: same graph as a sequential load, bad documents skipped. */
class ParallelLoaderIT {
    private static final CypherStatement NODES = CypherFiles.load("queries/stats/countNodesByLabel");
    private static final CypherStatement RELATIONSHIPS = CypherFiles.load("queries/stats/countRelationshipsByType");
    private static final String BAD = "bad.txt";

    @TempDir
    Path directory;

    @Test
    void aParallelLoadGivesTheSameGraphAsASequentialOneAndSkipsABadDocument() {
        List<String> sources = new ArrayList<>();
        List<String> texts = Corpus.variants(20, 7);
        for (int i = 0; i < texts.size(); i++) {
            sources.add("variant-" + i + ".txt");
            if (i == 9) {
                sources.add(BAD);
            }
        }
        Function<String, ExtractedGraph> extract = name -> Extractor.extract(name, (name.equals(BAD)
                ? "not a policy document at all" : texts.get(Integer.parseInt(name.replaceAll("\\D", ""))))
                .getBytes(StandardCharsets.UTF_8));

        Map<String, List<Map.Entry<String, Long>>> sequential;
        List<WriteSummary> sequentialSummaries = new ArrayList<>();
        try (EmbeddedNeo4j dbms = start("sequential"); GraphStore store = dbms.openStore()) {
            Schema.apply(store);
            for (String source : sources) {
                if (!source.equals(BAD)) {
                    sequentialSummaries.add(GraphWriter.write(store, extract.apply(source)));
                }
            }
            sequential = counts(store);
        }

        AtomicInteger reported = new AtomicInteger();
        try (EmbeddedNeo4j dbms = start("parallel"); GraphStore store = dbms.openStore()) {
            Schema.apply(store);
            List<ParallelLoader.Outcome<String>> outcomes =
                    ParallelLoader.load(store, sources, extract, 2, outcome -> reported.incrementAndGet());

            assertThat(reported).hasValue(sources.size());
            assertThat(outcomes).extracting(ParallelLoader.Outcome::source).containsExactlyElementsOf(sources);
            assertThat(outcomes).filteredOn(o -> o.failure() != null).singleElement()
                    .satisfies(o -> assertThat(o.source()).isEqualTo(BAD))
                    .satisfies(o -> assertThat(o.failure()).isInstanceOf(BadDocumentException.class));
            List<WriteSummary> summaries = outcomes.stream().filter(o -> o.failure() == null)
                    .map(ParallelLoader.Outcome::summary).toList();
            assertThat(summaries).extracting(WriteSummary::documentId)
                    .containsExactlyElementsOf(sequentialSummaries.stream().map(WriteSummary::documentId).toList());
            assertThat(summaries).extracting(WriteSummary::relationshipsCreated).containsExactlyElementsOf(
                    sequentialSummaries.stream().map(WriteSummary::relationshipsCreated).toList());
            assertThat(counts(store)).isEqualTo(sequential);

            // loading everything again changes nothing: each document's revision is already there
            assertThat(ParallelLoader.load(store, sources, extract, 2, outcome -> { }))
                    .filteredOn(o -> o.failure() == null).allSatisfy(o -> assertThat(o.summary().unchanged()).isTrue());
            assertThat(counts(store)).isEqualTo(sequential);
        }
    }

    private EmbeddedNeo4j start(String name) {
        return EmbeddedNeo4j.start(directory.resolve(name), EmbeddedSettings.defaults().withBoltPort(0));
    }

    private static Map<String, List<Map.Entry<String, Long>>> counts(GraphStore store) {
        return Map.of(
                "nodes", store.read(NODES, Map.of(), r -> Map.entry(r.get("label").asString(), r.get("count").asLong())),
                "relationships", store.read(RELATIONSHIPS, Map.of(),
                        r -> Map.entry(r.get("type").asString(), r.get("count").asLong())));
    }
}
