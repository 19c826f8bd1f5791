package dev.collabgraph.app.cli;

import dev.collabgraph.loader.BadDocumentException;
import dev.collabgraph.loader.extract.Extractor;
import dev.collabgraph.model.ExtractedGraph;
import dev.collabgraph.store.EmbeddedSettings;
import dev.collabgraph.store.GraphWriter;
import dev.collabgraph.store.WriteSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/**
 * {@code collabgraph load [FILE|DIR...]}: extracts each document and writes it in one transaction. A
 * bad file is reported and skipped (the graph keeps what it had) and makes the exit code 1.
 */
@Command(name = "load", mixinStandardHelpOptions = true,
        description = "Load documents into the graph (with no FILE: the bundled Xuzhou document).")
public final class LoadCommand implements Callable<Integer> {
    static final String BUNDLED = "data/xuzhou-2018-20.txt";

    @Parameters(arity = "0..*", paramLabel = "FILE|DIR", description = "Documents, or folders of *.txt documents.")
    List<Path> paths = new ArrayList<>();

    @Mixin
    DatabaseOptions database;

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
        try (DatabaseOptions.OpenGraph graph = database.open(EmbeddedSettings.defaults().withBoltPort(0))) {
            out.println("Loading " + sources.size() + (sources.size() == 1 ? " document" : " documents")
                    + " into " + graph.description());
            Progress progress = new Progress(err, sources.size());
            for (Source source : sources) {
                progress.step(source.name());
                try {
                    ExtractedGraph extracted = source.extract();
                    WriteSummary summary = GraphWriter.write(graph.store(), extracted);
                    report.add(source.name(), extracted, summary);
                } catch (BadDocumentException | IllegalArgumentException e) {
                    progress.interrupt();
                    err.println("error: " + (e instanceof BadDocumentException ? e.getMessage()
                            : source.name() + ": " + e.getMessage()) + " (skipped, graph unchanged)");
                    report.failed(source.name());
                }
            }
            progress.done();
        }
        report.print(out);
        return report.failures() == 0 ? 0 : 1;
    }

    private List<Source> sources() {
        if (paths.isEmpty()) {
            return List.of(new Source("bundled " + BUNDLED, () -> Extractor.extract(BUNDLED, bundled())));
        }
        List<Source> out = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                documentsIn(path).forEach(file -> out.add(new Source(file.toString(), () -> Extractor.extract(file))));
            } else {
                out.add(new Source(path.toString(), () -> Extractor.extract(path)));
            }
        }
        return out;
    }

    private static List<Path> documentsIn(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            List<Path> documents = files.filter(Files::isRegularFile)
                    .filter(f -> f.getFileName().toString().toLowerCase().endsWith(".txt"))
                    .sorted().toList();
            if (documents.isEmpty()) {
                throw new BadDocumentException(dir.toString(), "folder holds no .txt documents");
            }
            return documents;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] bundled() {
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
