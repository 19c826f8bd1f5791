package dev.collabgraph.app.cli;

import dev.collabgraph.app.reference.ReferenceData;
import dev.collabgraph.loader.BadDocumentException;
import dev.collabgraph.loader.entity.EntityExtractor;
import dev.collabgraph.loader.extract.Extractor;
import dev.collabgraph.loader.text.DocumentFormat;
import dev.collabgraph.loader.text.DocumentReader;
import dev.collabgraph.loader.text.SizeLimit;
import dev.collabgraph.model.ExtractedGraph;
import dev.collabgraph.store.DiskSpace;
import dev.collabgraph.store.EmbeddedSettings;
import dev.collabgraph.store.GraphWriter;
import dev.collabgraph.app.load.ParallelLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/**
 * {@code collabgraph load [FILE|DIR...]}: extracts each document and writes it in one transaction, several
 * documents at once ({@code --threads}). A bad file is reported and skipped (the graph keeps what it had) and
 * makes the exit code 1.
 */
@Command(name = "load", mixinStandardHelpOptions = true,
        description = "Load documents into the graph (with no FILE: the bundled Xuzhou document).")
public final class LoadCommand implements Callable<Integer> {
    public static final String BUNDLED = "data/xuzhou-2018-20.txt";

    @Parameters(arity = "0..*", paramLabel = "FILE|DIR", description = "Documents (.txt, .docx, .doc, .wps, .odt, .xlsx, .xls, .rtf, .ofd, .pdf, .html, .mht), or folders of them.")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--threads", paramLabel = "N",
            description = "Documents extracted and written at once, each in its own transaction (default: processors).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--replace",
            description = "Replace a loaded document whose id this file's document takes although it came from another file "
                    + "(without it such a file is refused: its number or title may merely map to the same id).")
    boolean replace;

    @Option(names = "--min-free-mb", paramLabel = "MB", defaultValue = "" + DiskSpace.DEFAULT_RESERVE_MB,
            description = "Free space kept on the disk of the embedded store: writing stops below it, so that Neo4j "
                    + "can still checkpoint and stop (default: ${DEFAULT-VALUE}).")
    long minFreeMb;

    @Mixin
    DatabaseOptions database;

    /** Documents found in folders in a format the loader does not read: reported, counted as failures. */
    private final List<Path> skipped = new ArrayList<>();
    /** Other files found in folders (gold files, notes): named in one line, not a failure. */
    private final List<Path> ignored = new ArrayList<>();

    @Mixin
    GazetteerOption gazetteer;

    @Mixin
    DocumentSizeOption documentSize;

    @Override
    public Integer call() {
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        List<Source> sources;
        try {
            sources = sources();
        } catch (BadDocumentException e) {
            err.println("error: " + e.getMessage());
            return 1;
        }
        LoadReport report = new LoadReport();
        for (Path file : skipped) {
            err.println("error: " + file + ": not read (." + extension(file.getFileName().toString())
                    + " is not a format the loader reads: save it as .docx, .pdf or .txt)");
            report.failed(file.toString());
        }
        if (!ignored.isEmpty()) {
            err.println("note: ignored " + ignored.size() + (ignored.size() == 1 ? " file" : " files")
                    + " that are not documents: " + ignored.stream().limit(5).map(Path::toString)
                    .collect(Collectors.joining(", ")) + (ignored.size() > 5 ? ", …" : ""));
        }
        try (DatabaseOptions.OpenGraph graph = database.open(EmbeddedSettings.defaults())) {
            out.println("Loading " + sources.size() + (sources.size() == 1 ? " document" : " documents")
                    + " into " + graph.description());
            Runnable diskGuard = graph.dbms() == null ? () -> { }
                    : DiskSpace.guard(graph.dbms(), minFreeMb);
            diskGuard.run();
            Progress progress = new Progress(err, sources.size());
            List<ParallelLoader.Outcome<Source>> outcomes = ParallelLoader.load(graph.store(), sources,
                    Source::extract, threads, replace ? GraphWriter.OnConflict.REPLACE : GraphWriter.OnConflict.REFUSE,
                    diskGuard, outcome -> {
                        progress.step(outcome.source().name());
                        if (outcome.failure() != null) {
                            progress.interrupt();
                            RuntimeException e = outcome.failure();
                            err.println("error: " + (e instanceof BadDocumentException ? e.getMessage()
                                    : outcome.source().name() + ": " + e.getMessage()) + " (skipped, graph unchanged)");
                        }
                    });
            // the report lists documents in the order given, whatever order the threads finished in
            for (ParallelLoader.Outcome<Source> outcome : outcomes) {
                if (outcome.failure() == null) {
                    report.add(outcome.source().name(), outcome.graph(), outcome.summary());
                } else {
                    report.failed(outcome.source().name());
                }
            }
            progress.done();
            // after the documents, so that the divisions they name keep their ids
            ReferenceData.load(graph.store());
        }
        report.print(out);
        return report.failures() == 0 ? 0 : 1;
    }

    private List<Source> sources() {
        EntityExtractor entityStage = gazetteer.entityStage();
        if (paths.isEmpty()) {
            return List.of(new Source("bundled " + BUNDLED,
                    () -> Extractor.extract(DocumentReader.decode(BUNDLED, bundled()), entityStage)));
        }
        List<Source> out = new ArrayList<>();
        SizeLimit limit = documentSize.limit();
        for (Path path : paths) {
            List<Path> files = Files.isDirectory(path) ? documentsIn(path) : List.of(path);
            files.forEach(file -> out.add(new Source(file.toString(),
                    () -> Extractor.extract(DocumentReader.read(file, limit), entityStage))));
        }
        return out;
    }

    /** The documents (any of {@link DocumentFormat#EXTENSIONS}) of a folder and its subfolders; unread formats go to {@link #skipped}. */
    private List<Path> documentsIn(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            List<Path> documents = new ArrayList<>();
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                String name = file.getFileName().toString();
                if (DocumentFormat.EXTENSIONS.contains(extension(name))) {
                    documents.add(file);
                } else if (DocumentFormat.UNREAD_EXTENSIONS.contains(extension(name))) {
                    skipped.add(file);
                } else if (!name.startsWith(".")) {
                    ignored.add(file);
                }
            }
            if (documents.isEmpty() && skipped.isEmpty()) {
                throw new BadDocumentException(dir.toString(), "folder holds no documents ("
                        + DocumentFormat.EXTENSIONS.stream().sorted().map(e -> "." + e).collect(Collectors.joining(", ")) + ")");
            }
            return documents;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String extension(String name) {
        return DocumentFormat.extension(name);
    }

    public static byte[] bundled() {
        try (InputStream in = LoadCommand.class.getClassLoader().getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new BadDocumentException(BUNDLED, "the bundled document is missing from the jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record Source(String name, Extraction extraction) {
        ExtractedGraph extract() {
            return extraction.run();
        }
    }

    @FunctionalInterface
    private interface Extraction {
        ExtractedGraph run();
    }
}
