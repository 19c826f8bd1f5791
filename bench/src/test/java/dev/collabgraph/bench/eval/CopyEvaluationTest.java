package dev.collabgraph.bench.eval;

import dev.collabgraph.bench.formats.CopyFormat;
import dev.collabgraph.loader.entity.EntityExtractor;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Three small corpus documents copied into each format and scored against their own gold: the copy is a real file
 * of its format, and it keeps most of the document's tasks and responsibilities (all of them when these floors were
 * set; PDF copies lose the annex tables, see docs/format-copies.md, so annex rows are not asserted there).
 */
class CopyEvaluationTest {
    private static final List<String> DOCUMENTS = List.of("26-county-measures-bracket-notes-town-column",
            "33-measures-plain-notes-pipe-annex", "37-county-park-opinion");

    @TempDir
    Path work;

    @ParameterizedTest
    @EnumSource(value = CopyFormat.class, names = {"DOCX", "PDF", "HTML"})
    void aCopyIsARealFileOfItsFormatAndKeepsTheDocumentsTasks(CopyFormat format) throws Exception {
        assumeTrue(format != CopyFormat.PDF || Files.exists(Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc")),
                "needs fonts-wqy-microhei (apt-get install fonts-wqy-microhei)");
        List<Path> goldFiles = DOCUMENTS.stream().map(d -> Path.of("..", "corpus", d + ".gold.json")).toList();

        CopyEvaluation.Result result = CopyEvaluation.run(goldFiles, format, work, EntityExtractor.standard(), s -> { });

        assertThat(result.scores()).hasSize(DOCUMENTS.size());
        for (String document : DOCUMENTS) {
            assertOpens(work.resolve(document + "." + format.extension()), format);
        }
        Map<String, Tally> totals = Evaluation.totals(result.scores());
        assertThat(totals.get("tasks").recall()).isGreaterThanOrEqualTo(0.9);
        assertThat(totals.get("tasks").precision()).isGreaterThanOrEqualTo(0.9);
        assertThat(totals.get("responsibilities").f1()).isGreaterThanOrEqualTo(0.9);
        if (format != CopyFormat.PDF) {
            assertThat(totals.get("annexRows").recall()).isGreaterThanOrEqualTo(0.9);
        }
    }

    private static void assertOpens(Path copy, CopyFormat format) throws Exception {
        switch (format) {
            case DOCX -> {
                try (InputStream in = Files.newInputStream(copy); XWPFDocument word = new XWPFDocument(in)) {
                    assertThat(word.getParagraphs()).isNotEmpty();
                }
            }
            case PDF -> {
                try (PDDocument pdf = Loader.loadPDF(copy.toFile())) {
                    assertThat(pdf.getNumberOfPages()).isPositive();
                }
            }
            case HTML -> assertThat(Jsoup.parse(Files.readString(copy, StandardCharsets.UTF_8))
                    .select("div.article p")).isNotEmpty();
            default -> throw new AssertionError(format);
        }
    }
}
