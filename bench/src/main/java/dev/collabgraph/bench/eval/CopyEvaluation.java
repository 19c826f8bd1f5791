package dev.collabgraph.bench.eval;

import dev.collabgraph.bench.formats.CopyFormat;
import dev.collabgraph.loader.BadDocumentException;
import dev.collabgraph.loader.entity.EntityExtractor;
import dev.collabgraph.loader.extract.Extractor;
import dev.collabgraph.loader.text.DocumentReader;
import dev.collabgraph.loader.text.SourceText;
import dev.collabgraph.model.ExtractedGraph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The corpus's plain-text dev documents copied into another format ({@link CopyFormat}), each copy extracted and
 * scored against its document's gold: what the format alone loses. Anchors are looked for with whitespace dropped
 * ({@link Scorer#scoreCopy}), since a copy's line breaks and cell separators are the format's, not the text's.
 */
public final class CopyEvaluation {
    private static final String TEXT = ".txt";

    /** The copies' scores, and how many documents were not copied (held out, or not plain text). */
    public record Result(List<DocumentScore> scores, int notText, int heldOut) {
    }

    private CopyEvaluation() {
    }

    /** Copies each dev .txt document of {@code goldFiles} into {@code workDir} and scores the copy. */
    public static Result run(List<Path> goldFiles, CopyFormat format, Path workDir, EntityExtractor entityStage,
                             Consumer<DocumentScore> onEach) {
        List<DocumentScore> scores = new ArrayList<>();
        int notText = 0;
        int heldOut = 0;
        for (Path goldFile : goldFiles) {
            if (Evaluation.heldOut(goldFile)) {
                heldOut++; // a held-out document is not read while measuring, in any format
            } else if (!Evaluation.documentFor(goldFile).getFileName().toString().endsWith(TEXT)) {
                notText++;
            } else {
                DocumentScore score = score(goldFile, format, workDir, entityStage);
                onEach.accept(score);
                scores.add(score);
            }
        }
        return new Result(List.copyOf(scores), notText, heldOut);
    }

    /** The gold files of the documents {@link #run} copies: dev documents in plain text. */
    public static List<Path> copied(List<Path> goldFiles) {
        return goldFiles.stream().filter(f -> !Evaluation.heldOut(f)
                && Evaluation.documentFor(f).getFileName().toString().endsWith(TEXT)).toList();
    }

    /** The copy of one plain-text document, saved as {@code workDir/NAME.EXT}, extracted and scored. */
    static DocumentScore score(Path goldFile, CopyFormat format, Path workDir, EntityExtractor entityStage) {
        String base = Evaluation.baseName(goldFile);
        Gold gold = Evaluation.readGold(goldFile);
        Path copy = copy(Evaluation.documentFor(goldFile), format, workDir.resolve(base + "." + format.extension()));
        SourceText source;
        try {
            source = DocumentReader.read(copy);
        } catch (BadDocumentException e) {
            return refused(base, gold, "", "the " + format + " copy was not read: " + e.getMessage());
        }
        try {
            return Scorer.scoreCopy(base, gold, Extractor.extract(source, entityStage), source.text());
        } catch (BadDocumentException e) {
            return refused(base, gold, source.text(), "extraction refused the " + format + " copy");
        }
    }

    /** Renders the plain text of {@code document} into {@code copy}. */
    public static Path copy(Path document, CopyFormat format, Path copy) {
        try {
            Files.write(copy, format.render(DocumentReader.read(document).text()));
            return copy;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the " + format + " copy " + copy, e);
        }
    }

    private static DocumentScore refused(String base, Gold gold, String text, String why) {
        return Scorer.scoreCopy(base, gold, new ExtractedGraph(null, List.of(), List.of(), List.of()), text)
                .withFirstMiss(why);
    }
}
