package dev.collabgraph.app.cli;

import dev.collabgraph.loader.BadDocumentException;
import dev.collabgraph.loader.entity.EntityExtractor;
import dev.collabgraph.loader.extract.Extractor;
import dev.collabgraph.loader.text.DocumentReader;
import dev.collabgraph.loader.text.SourceText;
import dev.collabgraph.model.CodePointOffsets;
import dev.collabgraph.model.ExtractedGraph;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code collabgraph extract FILE...}: the extracted graph as JSON on stdout (one object for one file,
 * an array for several), warnings and errors on stderr. Needs no database.
 */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Print the graph extracted from policy documents as JSON (no database needed).")
public final class ExtractCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Documents to read: text (UTF-8, GB18030/GBK or UTF-16), Word (.docx, .doc, .wps), .odt, spreadsheets (.xlsx, .xls), .rtf, .ofd, .pdf with a text layer, .html, .mht.")
    List<Path> files;

    @Mixin
    GazetteerOption gazetteer;

    @Mixin
    DocumentSizeOption documentSize;

    @Option(names = "--pretty", description = "Indent the JSON.")
    boolean pretty;

    @Option(names = "--text", description = "Print the text as read instead of the graph (what evidence offsets "
            + "count in; for a Word, spreadsheet, .pdf or .html file, the text taken out of it).")
    boolean text;

    @Option(names = {"-q", "--quiet"}, description = "Do not print warnings on stderr.")
    boolean quiet;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        EntityExtractor entityStage = gazetteer.entityStage();
        List<ExtractedGraph> graphs = new ArrayList<>();
        int failed = 0;
        if (text) {
            return printTexts(err);
        }
        for (Path file : files) {
            try {
                SourceText source = DocumentReader.read(file, documentSize.limit());
                // the contract counts offsets in characters (code points), as the JSON's readers index strings
                ExtractedGraph graph = CodePointOffsets.of(Extractor.extract(source, entityStage), source.text());
                graphs.add(graph);
                if (!quiet) {
                    graph.warnings().forEach(w -> err.println("warning: " + file + ": " + w));
                    err.println("read: " + file + ": " + ReadSummary.of(graph));
                }
            } catch (BadDocumentException e) {
                err.println("error: " + e.getMessage());
                failed++;
            }
        }
        Object out = files.size() == 1 ? (graphs.isEmpty() ? null : graphs.get(0)) : graphs;
        if (out != null) {
            PrintWriter stdout = new PrintWriter(System.out, false, StandardCharsets.UTF_8);
            var writer = pretty ? Json.MAPPER.writerWithDefaultPrettyPrinter() : Json.MAPPER.writer();
            stdout.println(writer.writeValueAsString(out));
            stdout.flush();
        }
        return failed == 0 ? 0 : 1;
    }

    private int printTexts(PrintWriter err) {
        PrintWriter stdout = new PrintWriter(System.out, false, StandardCharsets.UTF_8);
        int failed = 0;
        for (Path file : files) {
            try {
                if (files.size() > 1) {
                    stdout.println("==> " + file + " <==");
                }
                stdout.print(DocumentReader.read(file, documentSize.limit()).text());
                stdout.println();
            } catch (BadDocumentException e) {
                err.println("error: " + e.getMessage());
                failed++;
            }
        }
        stdout.flush();
        return failed == 0 ? 0 : 1;
    }
}
