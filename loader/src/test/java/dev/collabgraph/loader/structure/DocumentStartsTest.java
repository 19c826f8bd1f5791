package dev.collabgraph.loader.structure;

import dev.collabgraph.loader.BadDocumentException;
import dev.collabgraph.loader.text.Cleaner;
import dev.collabgraph.loader.text.Decoder;
import dev.collabgraph.loader.text.DocumentReader;
import dev.collabgraph.loader.text.MappedText;
import dev.collabgraph.loader.text.SourceText;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** One document per file: the corpus's documents pass, files holding several are refused with where each starts. */
class DocumentStartsTest {
    private static final Path CORPUS = Path.of("..", "corpus");

    @Test
    void everyCorpusDocumentHoldsOneDocumentThoughItCitesOthersNumbers() throws IOException {
        List<Path> documents;
        try (Stream<Path> files = Files.list(CORPUS)) {
            documents = files.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
        }
        assertThat(documents).hasSizeGreaterThanOrEqualTo(12);
        for (Path document : documents) {
            MappedText text = Cleaner.clean(DocumentReader.read(document));
            assertThat(DocumentStarts.find(text, Paragraph.split(text.text()))).as(document.toString()).hasSizeLessThanOrEqualTo(1);
        }
    }

    @Test
    void twoDocumentsOrOneDocumentTwiceAreRefused() throws IOException {
        String seed = Files.readString(CORPUS.resolve("00-xuzhou-opinion.txt"), StandardCharsets.UTF_8);
        String other = Files.readString(CORPUS.resolve("04-fifth-city.txt"), StandardCharsets.UTF_8);
        assertThatThrownBy(() -> parse("two.txt", seed + "\n" + other))
                .isInstanceOf(BadDocumentException.class)
                .hasMessageContaining("two.txt: holds 2 documents").hasMessageContaining("徐委发〔2018〕20号 (line 5)");
        assertThatThrownBy(() -> parse("twice.txt", seed + "\n" + seed))
                .isInstanceOf(BadDocumentException.class).hasMessageContaining("holds 2 documents");
    }

    @Test
    void theNumberPrintedAgainWithoutTheTitleIsStillOneDocument() throws IOException {
        String seed = Files.readString(CORPUS.resolve("00-xuzhou-opinion.txt"), StandardCharsets.UTF_8);
        DocumentStructure structure = parse("seed.txt", seed + "\n\n徐委发〔2018〕20号\n\n（此页无正文）\n");
        assertThat(structure.tasks()).hasSize(26);
    }

    private static DocumentStructure parse(String name, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        SourceText source = Decoder.decode(name, bytes);
        return StructureParser.parse(Cleaner.clean(source));
    }
}
