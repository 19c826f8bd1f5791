package dev.collabgraph.bench.cli;

import dev.collabgraph.app.cli.LoadCommand;
import dev.collabgraph.bench.BenchmarksFile;
import dev.collabgraph.app.recommend.EntityGraph;
import dev.collabgraph.bench.recommend.CitySeries;
import dev.collabgraph.bench.recommend.DocumentHoldout;
import dev.collabgraph.bench.recommend.Evaluation;
import dev.collabgraph.app.cli.DatabaseOptions;
import dev.collabgraph.loader.BadDocumentException;
import dev.collabgraph.loader.entity.EntityExtractor;
import dev.collabgraph.loader.text.DocumentReader;
import dev.collabgraph.model.ExtractedGraph;
import dev.collabgraph.app.recommend.Recommender;
import dev.collabgraph.bench.recommend.SyntheticGraph;
import dev.collabgraph.app.reference.ReferenceData;
import dev.collabgraph.loader.extract.Extractor;
import dev.collabgraph.store.EmbeddedNeo4j;
import dev.collabgraph.store.EmbeddedSettings;
import dev.collabgraph.store.GraphStore;
import dev.collabgraph.store.GraphWriter;
import dev.collabgraph.store.Schema;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.concurrent.Callable;

/**
 * {@code collabgraph bench recommend}: leave-one-out evaluation of partner recommendations against common-neighbour
 * and random baselines, on the bundled document (loaded into a temporary embedded store) and on a generated graph.
 */
@Command(name = "recommend", mixinStandardHelpOptions = true,
        description = "Evaluate partner recommendations (AUC, hits@10, MRR) against common neighbours and random.")
public final class BenchRecommendCommand implements Callable<Integer> {
    static final String SECTION = "Partner recommendations";

    @Option(names = "--communities", defaultValue = "60",
            description = "Communities of the generated graph (default: ${DEFAULT-VALUE}).")
    int communities;

    @Option(names = "--seed", defaultValue = "7", description = "Seed of the generator and the random baseline (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--corpus", paramLabel = "DIR",
            description = "Documents for the leave-one-document-out run (default: the gold corpus, corpus/; only their text "
                    + "is read, never their gold).")
    Path corpus;

    @Option(names = "--series", defaultValue = "60",
            description = "Documents of the generated city series for the leave-one-document-out run (default: ${DEFAULT-VALUE}).")
    int seriesDocuments;

    @Option(names = "--write", paramLabel = "FILE",
            description = "Also write the results into this Markdown file's section '" + SECTION + "'.")
    Path write;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        Evaluation.Result seedResult = Evaluation.evaluate("seed (徐委发〔2018〕20号)", seedGraph(), seed);
        Evaluation.Result generated = Evaluation.evaluate("generated (" + communities + " communities)",
                SyntheticGraph.generate(communities, seed), seed);
        Path dir = corpus != null ? corpus : DatabaseOptions.home().resolve("corpus");
        DocumentHoldout.Result gold = DocumentHoldout.evaluate("gold corpus (" + dir.getFileName() + ")",
                extractAll(dir), seed);
        List<ExtractedGraph> city = new ArrayList<>();
        int n = 0;
        for (String text : CitySeries.documents(seriesDocuments, seed)) {
            city.add(Extractor.extract(new dev.collabgraph.loader.text.SourceText("city-" + (++n) + ".txt", text,
                    "UTF-8", Integer.toHexString(text.hashCode()) + "-" + n), EntityExtractor.standard()));
        }
        DocumentHoldout.Result series = DocumentHoldout.evaluate("one city's " + seriesDocuments + " documents", city, seed);
        String report = report(List.of(seedResult, generated)) + "\n" + holdoutReport(List.of(gold, series));
        out.println(report);
        if (write != null) {
            BenchmarksFile.replaceSection(write, SECTION, report);
            out.println("Written to " + write);
        }
        return 0;
    }

    private static EntityGraph seedGraph() throws IOException {
        Path dir = Files.createTempDirectory("collabgraph-recommend");
        try (EmbeddedNeo4j dbms = EmbeddedNeo4j.start(dir, EmbeddedSettings.defaults());
             GraphStore store = dbms.openStore()) {
            Schema.apply(store);
            GraphWriter.write(store, Extractor.extract(LoadCommand.BUNDLED, LoadCommand.bundled()));
            ReferenceData.load(store);
            return Recommender.read(store);
        }
    }

    /** Every document of {@code dir} (gold files and notes left aside) as extracted; refused ones are skipped. */
    private static List<ExtractedGraph> extractAll(Path dir) throws IOException {
        List<ExtractedGraph> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.sorted().toList()) {
                String name = f.getFileName().toString();
                if (!Files.isRegularFile(f) || name.endsWith(".json") || name.endsWith(".md")) {
                    continue;
                }
                try {
                    out.add(Extractor.extract(DocumentReader.read(f), EntityExtractor.standard()));
                } catch (BadDocumentException e) {
                    System.err.println("skipped " + name + ": " + e.getMessage());
                }
            }
        }
        return out;
    }

    static String holdoutReport(List<DocumentHoldout.Result> results) {
        StringBuilder md = new StringBuilder("""
                **Across documents** (leave one document out): each document's industry–academia links and partnerships,
                as the loader extracts them, are predicted from the graph the other documents make, as for a city's new
                document. A link is asked only when both its ends are named by another document (else: "cold") and no
                other document states it already ("known": shown as linked, not predicted), from each end whose partner
                is of a complementary kind. Adamic–Adar weighs each common neighbour by 1 / ln of its degree. The gold
                corpus (documents read, their gold not) invents a city and its names per document, so almost every link
                is cold there; the city series (`CitySeries`: one invented city's documents over the years, industry
                communities of universities, companies, platforms and parks that persist, a fifth of the pairs across
                communities) is the test.

                | corpus | documents | links | cold | known | queries | method | AUC | hits@10 | MRR |
                |---|---:|---:|---:|---:|---:|---|---:|---:|---:|
                """);
        for (DocumentHoldout.Result r : results) {
            holdoutRow(md, r, "ours", r.ours());
            holdoutRow(md, r, "common neighbours", r.commonNeighbours());
            holdoutRow(md, r, "Adamic–Adar", r.adamicAdar());
            holdoutRow(md, r, "random", r.random());
        }
        return md.toString();
    }

    private static void holdoutRow(StringBuilder md, DocumentHoldout.Result r, String method, Evaluation.Metrics m) {
        String figures = r.queries() == 0 ? "— | — | —"
                : String.format(Locale.ROOT, "%.3f | %.3f | %.3f", m.auc(), m.hitsAt10(), m.mrr());
        md.append(String.format(Locale.ROOT, "| %s | %d | %d | %d | %d | %d | %s | %s |%n", r.corpus(),
                r.documents(), r.links(), r.cold(), r.known(), r.queries(), method, figures));
    }

    static String report(List<Evaluation.Result> results) {
        StringBuilder md = new StringBuilder("""
                `bin/collabgraph bench recommend --write BENCHMARKS.md`. Leave-one-out: each known industry–academia
                link (a university with an enterprise, platform or park) and each PARTNERS_WITH / CO_PARTICIPATES link
                is hidden in turn; from each end whose partner is of a kind the recommender proposes to it (an enterprise
                is offered universities, platforms and parks; a district universities, enterprises and platforms …),
                every node of the partner's kind not already linked to it is ranked.
                Ours: resource allocation over shared neighbours (tasks, industries, parks, regions, platforms and partners
                in common) plus 0.5 × industry fit plus 0.1 × three-step paths (partners of partners, each path weighted by
                1 / the degrees it passes). Baselines: common neighbours (any kind) and a random score. Ties count half.
                The score the explorer shows is calibrated by the same leave-one-out: `bin/collabgraph bench calibrate` scores every
                hidden partner and every other candidate on the graph the gold corpus's dev documents make together, and isotonic
                regression turns a raw score into the share of true partners among the candidates scored alike (the table
                `api/src/main/resources/recommend/calibration.tsv`; see README.md, "Partner recommendations").

                | graph | nodes | links | queries | method | AUC | hits@10 | MRR |
                |---|---:|---:|---:|---|---:|---:|---:|
                """);
        for (Evaluation.Result r : results) {
            row(md, r, "ours", r.ours());
            row(md, r, "common neighbours", r.commonNeighbours());
            row(md, r, "random", r.random());
        }
        return md.toString();
    }

    private static void row(StringBuilder md, Evaluation.Result r, String method, Evaluation.Metrics m) {
        md.append(String.format(Locale.ROOT, "| %s | %d | %d | %d | %s | %.3f | %.3f | %.3f |%n", r.graph(), r.nodes(),
                r.links(), r.queries(), method, m.auc(), m.hitsAt10(), m.mrr()));
    }
}
