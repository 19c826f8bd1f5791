package dev.collabgraph.bench.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.collabgraph.bench.mutate.MutatedDocument;
import dev.collabgraph.bench.mutate.Mutations;
import dev.collabgraph.loader.BadDocumentException;
import dev.collabgraph.loader.entity.EntityExtractor;
import dev.collabgraph.loader.extract.Extractor;
import dev.collabgraph.loader.text.DocumentReader;
import dev.collabgraph.loader.text.SourceText;
import dev.collabgraph.model.ExtractedGraph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The dev documents, in every format, each read as the loader reads it, mutated ({@link Mutations}: a layout change
 * that keeps the meaning), extracted again and scored against its gold with the anchors the mutation moved; beside
 * it, the unmutated text scored the same way. Anchors are looked for with all whitespace dropped in both
 * ({@link Scorer#scoreCopy}), so the two differ by the mutation alone.
 */
public final class MutationEvaluation {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /**
     * One document before and after: {@code original} is null when it was not scored (an {@code --explain} run),
     * {@code changed} and {@code skipped} are the mutations' counts ({@link MutatedDocument}).
     */
    public record Document(DocumentScore original, DocumentScore mutated, int changed, int skipped) {
    }

    /** The documents scored, and how many held-out documents were not read. */
    public record Result(List<Document> documents, int heldOut) {
        public List<DocumentScore> mutated() {
            return documents.stream().map(Document::mutated).toList();
        }
    }

    private MutationEvaluation() {
    }

    /**
     * Scores each dev document of {@code goldFiles} mutated, and unmutated when {@code withOriginal}; {@code keep},
     * when not null, receives each mutated text as NAME.txt with its rewritten gold beside it.
     */
    public static Result run(List<Path> goldFiles, Mutations mutations, boolean withOriginal, Path keep,
                             EntityExtractor entityStage, Consumer<DocumentScore> onEach) {
        List<Document> documents = new ArrayList<>();
        int heldOut = 0;
        for (Path goldFile : goldFiles) {
            Gold gold = Evaluation.readGold(goldFile);
            if (gold.heldOut()) {
                heldOut++; // a held-out document is not read while measuring, mutated or not
                continue;
            }
            Document document = score(Evaluation.baseName(goldFile), gold, Evaluation.documentFor(goldFile), mutations,
                    withOriginal, keep, entityStage);
            onEach.accept(document.mutated());
            documents.add(document);
        }
        return new Result(List.copyOf(documents), heldOut);
    }

    private static Document score(String base, Gold gold, Path file, Mutations mutations, boolean withOriginal,
                                  Path keep, EntityExtractor entityStage) {
        SourceText source;
        try {
            source = DocumentReader.read(file);
        } catch (BadDocumentException e) {
            DocumentScore unread = refused(base, gold, "", "the document was not read: " + e.getMessage());
            return new Document(withOriginal ? unread : null, unread, 0, 0);
        }
        MutatedDocument mutated = mutations.apply(base, MutatedDocument.of(source.text(), gold));
        if (keep != null) {
            keep(keep, base, mutated, mutations);
        }
        DocumentScore original = withOriginal ? score(base, gold, source, entityStage) : null;
        SourceText copy = new SourceText(source.name(), mutated.text(), source.charset(), source.sha256());
        return new Document(original, score(base, mutated.gold(), copy, entityStage), mutated.changed(),
                mutated.skipped());
    }

    private static DocumentScore score(String base, Gold gold, SourceText source, EntityExtractor entityStage) {
        try {
            return Scorer.scoreCopy(base, gold, Extractor.extract(source, entityStage), source.text());
        } catch (BadDocumentException e) {
            return refused(base, gold, source.text(), "extraction refused the text");
        }
    }

    /** The mutated text and its gold, for a look at what the loader made of a copy (or {@code eval --as txt DIR}). */
    private static void keep(Path keep, String base, MutatedDocument mutated, Mutations mutations) {
        Gold gold = mutated.gold();
        List<String> history = new ArrayList<>(gold.history());
        history.add("mutated by eval --mutate " + mutations + " (not a corpus document: do not add it to corpus/)");
        Gold kept = new Gold(gold.split(), gold.layout(), history, gold.document(), gold.tasks(), gold.annex(),
                gold.indicators(), gold.entities(), gold.industryAcademia());
        try {
            Files.createDirectories(keep);
            Files.writeString(keep.resolve(base + ".txt"), mutated.text(), StandardCharsets.UTF_8);
            JSON.writeValue(keep.resolve(base + ".gold.json").toFile(), kept);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the mutated copy of " + base + " in " + keep, e);
        }
    }

    private static DocumentScore refused(String base, Gold gold, String text, String why) {
        return Scorer.scoreCopy(base, gold, new ExtractedGraph(null, List.of(), List.of(), List.of()), text)
                .withFirstMiss(why);
    }
}
