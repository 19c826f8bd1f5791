package dev.collabgraph.bench.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.collabgraph.loader.BadDocumentException;
import dev.collabgraph.loader.entity.EntityExtractor;
import dev.collabgraph.loader.extract.Extractor;
import dev.collabgraph.loader.text.DocumentFormat;
import dev.collabgraph.loader.text.DocumentReader;
import dev.collabgraph.loader.text.SourceText;
import dev.collabgraph.model.ExtractedGraph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

/** Runs extraction over a gold corpus folder and scores every document that has a gold file. */
public final class Evaluation {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String GOLD_SUFFIX = ".gold.json";

    private Evaluation() {
    }

    /** The gold files of {@code dir}, each with the document of the same name beside it. */
    public static List<Path> goldFiles(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> gold = files.filter(f -> f.getFileName().toString().endsWith(GOLD_SUFFIX)).sorted().toList();
            if (gold.isEmpty()) {
                throw new BadDocumentException(dir.toString(), "no *" + GOLD_SUFFIX + " files: not a gold corpus");
            }
            return gold;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }

    /** Scores every document; {@code onEach} sees each score as it is made (for progress). */
    public static List<DocumentScore> run(Path dir, EntityExtractor entityStage, Consumer<DocumentScore> onEach) {
        return run(goldFiles(dir), entityStage, onEach);
    }

    /** Scores the documents of these gold files. */
    public static List<DocumentScore> run(List<Path> goldFiles, EntityExtractor entityStage,
                                          Consumer<DocumentScore> onEach) {
        List<DocumentScore> scores = new ArrayList<>();
        for (Path goldFile : goldFiles) {
            DocumentScore score = score(goldFile, entityStage);
            onEach.accept(score);
            scores.add(score);
        }
        return scores;
    }

    static DocumentScore score(Path goldFile, EntityExtractor entityStage) {
        String base = baseName(goldFile);
        Gold gold = readGold(goldFile);
        SourceText source = DocumentReader.read(documentFor(goldFile));
        ExtractedGraph graph;
        try {
            graph = Extractor.extract(source, entityStage);
        } catch (BadDocumentException e) {
            graph = null;
        }
        if (graph == null) {
            return Scorer.score(base, gold, new ExtractedGraph(null, List.of(), List.of(), List.of()), source.text())
                    .withFirstMiss("extraction refused the document");
        }
        return Scorer.score(base, gold, graph, source.text());
    }

    /** The document's name: the gold file's name without {@code .gold.json}. */
    static String baseName(Path goldFile) {
        String name = goldFile.getFileName().toString();
        return name.substring(0, name.length() - GOLD_SUFFIX.length());
    }

    /** Whether a gold file says its document is held out (read without scoring it). */
    public static boolean heldOut(Path goldFile) {
        return readGold(goldFile).heldOut();
    }

    static Gold readGold(Path goldFile) {
        try {
            return JSON.readValue(goldFile.toFile(), Gold.class);
        } catch (IOException e) {
            throw new BadDocumentException(goldFile.toString(), "not a gold file: " + e.getMessage());
        }
    }

    /** The document a gold file scores: the file of the same name beside it, in any format the loader reads. */
    public static Path documentFor(Path goldFile) {
        Path base = goldFile.resolveSibling(baseName(goldFile));
        for (String extension : DocumentFormat.EXTENSIONS.stream().sorted().toList()) {
            Path candidate = base.resolveSibling(base.getFileName() + "." + extension);
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        throw new BadDocumentException(base + ".gold.json", "no document beside it (" + base.getFileName()
                + ".txt, or any of " + DocumentFormat.EXTENSIONS.stream().sorted().toList() + ")");
    }

    /** Tallies added up over documents, per measure; entity types under their names. */
    static Map<String, Tally> totals(List<DocumentScore> scores) {
        Map<String, Tally> totals = new LinkedHashMap<>();
        for (DocumentScore s : scores) {
            add(totals, "tasks", s.tasks());
            add(totals, "titles", s.titles());
            add(totals, "responsibilities", s.responsibilities());
            add(totals, "roles", s.roles());
            add(totals, "annexRows", s.annexRows());
            add(totals, "annexResponsibilities", s.annexResponsibilities());
            add(totals, "indicatorValues", s.indicatorValues());
            s.entities().forEach((type, tally) -> add(totals, type, tally));
            add(totals, "industryAcademia", s.industryAcademia());
        }
        return totals;
    }

    /** The mean F1 of the seven entity types present in {@code tallies} (keyed by type name). */
    public static double entityMacroF1(Map<String, Tally> tallies) {
        return DocumentScore.TYPES.stream().filter(tallies::containsKey).mapToDouble(t -> tallies.get(t).f1())
                .average().orElse(0);
    }

    private static void add(Map<String, Tally> totals, String key, Tally tally) {
        totals.merge(key, tally, Tally::plus);
    }
}
