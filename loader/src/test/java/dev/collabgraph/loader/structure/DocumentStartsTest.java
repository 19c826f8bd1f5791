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
    void aGazettesPagesThatOpenInsideOneDocumentAndEndInsideAnotherYieldTheWholeOne() throws IOException {
        String seed = Files.readString(CORPUS.resolve("00-xuzhou-opinion.txt"), StandardCharsets.UTF_8);
        String before = "储备粮的轮换由承储企业提出计划，报市粮食和物资储备局审核后实施。\n"
                + "各区县人民政府要落实粮食安全党政同责，确保储备粮数量真实、质量良好。\n某某市人民政府\n2018年5月2日\n";
        String after = "\n中共徐州市委办公室\n关于印发《某某工作方案》的通知\n徐委办发〔2018〕31号\n各县（市）、区委：\n现将方案印发给你们。\n";
        SourceText source = Decoder.decode("gazette.txt", (before + seed + after).getBytes(StandardCharsets.UTF_8));

        var excerpt = StructureParser.periodicalExcerpt(Cleaner.clean(source)).orElseThrow();

        assertThat(excerpt.getValue()).contains("holding 2 documents").contains("only 徐委发〔2018〕20号")
                .contains("徐委办发〔2018〕31号 and any text before the first header are left out");
        assertThat(StructureParser.parse(excerpt.getKey()).tasks()).hasSize(26);
        assertThat(excerpt.getKey().text()).doesNotContain("储备粮").doesNotContain("徐委办发");
        // two whole documents in one file are no gazette's pages: still refused
        String other = Files.readString(CORPUS.resolve("04-fifth-city.txt"), StandardCharsets.UTF_8);
        assertThat(StructureParser.periodicalExcerpt(Cleaner.clean(Decoder.decode("two.txt",
                (seed + "\n" + other).getBytes(StandardCharsets.UTF_8))))).isEmpty();
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
