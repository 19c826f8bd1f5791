package dev.collabgraph.bench;

import dev.collabgraph.loader.extract.Extractor;
import dev.collabgraph.model.ExtractedGraph;
import dev.collabgraph.model.Label;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class CorpusTest {
    private static final int COUNT = 12;

    @Test
    void theSameSeedGivesTheSameCorpusAndAnotherSeedAnotherOne() {
        assertThat(Corpus.variants(COUNT, 42)).isEqualTo(Corpus.variants(COUNT, 42))
                .isNotEqualTo(Corpus.variants(COUNT, 43));
    }

    @Test
    void everyVariantExtractsAsAPolicyDocumentWithItsOwnIdAndAboutTheSeedsTasks() {
        Set<String> ids = new HashSet<>();
        List<String> variants = Corpus.variants(COUNT, 42);
        for (int i = 0; i < variants.size(); i++) {
            ExtractedGraph graph = Extractor.extract("variant-" + i + ".txt",
                    variants.get(i).getBytes(StandardCharsets.UTF_8));
            assertThat(ids.add(graph.document().id())).as("unique id %s", graph.document().id()).isTrue();
            long tasks = graph.nodes().stream().filter(n -> n.label() == Label.Task).count();
            assertThat(tasks).as("tasks of variant %d", i).isBetween(22L, 26L);
        }
    }

    @Test
    void variantsNameDifferentEntitiesButShareSome() {
        List<Set<String>> entities = Corpus.variants(COUNT, 42).stream()
                .map(text -> Extractor.extract("v.txt", text.getBytes(StandardCharsets.UTF_8)))
                .map(graph -> new HashSet<>(graph.nodes().stream()
                        .filter(n -> n.label().isEntity() && n.label() != Label.Industry).map(n -> n.id()).toList()))
                .map(set -> (Set<String>) set).toList();
        Set<String> first = entities.get(0);
        assertThat(entities.subList(1, COUNT)).allSatisfy(other -> assertThat(other).isNotEqualTo(first));
        assertThat(entities.subList(1, COUNT)).anySatisfy(other -> assertThat(other).containsAnyElementsOf(first));
    }

    @Test
    void writesTheVariantsAsNumberedUtf8Files(@TempDir Path dir) throws Exception {
        List<Path> files = Corpus.write(dir, 3, 42);
        assertThat(files).extracting(f -> f.getFileName().toString())
                .containsExactly("variant-0001.txt", "variant-0002.txt", "variant-0003.txt");
        assertThat(Files.readString(files.get(2), StandardCharsets.UTF_8)).isEqualTo(Corpus.variants(3, 42).get(2));
    }
}
