package dev.collabgraph.bench.cli;

import dev.collabgraph.app.cli.LoadCommand;
import dev.collabgraph.app.explore.ExploreQueries;
import dev.collabgraph.app.http.HttpServer;
import dev.collabgraph.app.load.ParallelLoader;
import dev.collabgraph.app.reference.ReferenceData;
import dev.collabgraph.bench.ApiBench;
import dev.collabgraph.bench.BenchmarksFile;
import dev.collabgraph.bench.Corpus;
import dev.collabgraph.bench.Machine;
import dev.collabgraph.bench.Soak;
import dev.collabgraph.loader.extract.Extractor;
import dev.collabgraph.store.EmbeddedNeo4j;
import dev.collabgraph.store.EmbeddedSettings;
import dev.collabgraph.store.GraphStore;
import dev.collabgraph.store.Schema;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * {@code collabgraph bench soak}: a mixed overload (search, details, neighbours, paths, a gap, the console) at many
 * connections against a served store; reports p99 and errors per request and whether heap and threads come back.
 */
@Command(name = "soak", mixinStandardHelpOptions = true,
        description = "Overload a served store for a while (64 connections, 60 s by default) and check it recovers.")
public final class BenchSoakCommand implements Callable<Integer> {
    static final String SECTION = "Overload";
    private static final Set<String> MIX = Set.of("search 大学", "node details (university)", "neighbours (university)",
            "paths enterprise → university", "gap findTasksWithFewUnits");

    @Option(names = "--db", paramLabel = "DIR", description = "A store to serve (default: a new one with the seed document).")
    Path db;

    @Option(names = "--docs", defaultValue = "1", description = "Documents the new store gets: the seed, then generated variants (default: ${DEFAULT-VALUE}).")
    int docs;

    @Option(names = "--seconds", defaultValue = "60", description = "Length of the overload (default: ${DEFAULT-VALUE}).")
    int seconds;

    @Option(names = "--clients", defaultValue = "64", description = "Connections at once (default: ${DEFAULT-VALUE}).")
    int clients;

    @Option(names = "--write", paramLabel = "FILE", description = "Also write the result as a section of FILE (e.g. RELIABILITY.md).")
    Path write;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        Path dir = db != null ? db : Files.createTempDirectory("collabgraph-soak");
        try (EmbeddedNeo4j dbms = EmbeddedNeo4j.start(dir, EmbeddedSettings.defaults());
             GraphStore store = dbms.openStore()) {
            Schema.apply(store);
            long documents = new ExploreQueries(store).stats().documentCount();
            if (documents == 0) {
                err.println("soak: loading " + docs + " documents into " + dir + " ...");
                List<String> texts = docs == 1 ? List.of() : Corpus.variants(docs - 1, 7);
                List<Integer> sources = new ArrayList<>();
                for (int i = -1; i < texts.size(); i++) {
                    sources.add(i);
                }
                ParallelLoader.load(store, sources, i -> i < 0
                        ? Extractor.extract(Corpus.SEED_RESOURCE, LoadCommand.bundled())
                        : Extractor.extract("variant-" + i + ".txt", texts.get(i).getBytes(StandardCharsets.UTF_8)),
                        2, o -> { });
                ReferenceData.load(store);
                documents = new ExploreQueries(store).stats().documentCount();
            }
            List<Soak.Request> mix = new ArrayList<>();
            for (ApiBench.Endpoint e : ApiBench.endpoints(store)) {
                if (MIX.contains(e.name())) {
                    mix.add(Soak.Request.get(e.name(), e.path()));
                }
            }
            mix.add(new Soak.Request("console (20 universities)", "/api/cypher",
                    "{\"query\":\"MATCH (u:University) RETURN u.name AS name ORDER BY name LIMIT 20\"}"));
            try (HttpServer server = HttpServer.start(store, "127.0.0.1", 0)) {
                URI base = URI.create("http://127.0.0.1:" + server.port());
                err.println("soak: " + clients + " connections for " + seconds + " s on " + documents + " documents ...");
                Soak.Report report = Soak.run(base, mix, clients, Duration.ofSeconds(seconds));
                String text = render(report, documents);
                out.println(text);
                if (write != null) {
                    BenchmarksFile.replaceSection(write, SECTION + " (" + documents + " documents)", text);
                    out.println("Written to " + write);
                }
                return report.errors() == 0 && report.recoveryMillis() >= 0 && report.recoveryMillis() < 5000 ? 0 : 1;
            }
        }
    }

    private String render(Soak.Report r, long documents) {
        StringBuilder s = new StringBuilder();
        s.append("Command: `bin/collabgraph bench soak ").append(db != null ? "--db " + db : "--docs " + docs)
                .append(" --seconds ").append(seconds)
                .append(" --clients ").append(clients).append("`  \nMachine: ").append(Machine.describe()).append("  \n")
                .append(String.format(Locale.ROOT, "Store: %d documents, embedded, served with the default limit of %d "
                                + "requests at once; %d connections cycle through the requests below for %d s.%n%n",
                        documents, HttpServer.Binding.MAX_CONCURRENT_REQUESTS, r.clients(), r.duration().toSeconds()));
        s.append("| request | answered | p99 ms | 5xx other than 503 | 503 shed | transport failures |\n|---|---|---|---|---|---|\n");
        for (Soak.Line l : r.lines()) {
            s.append(String.format(Locale.ROOT, "| %s | %d | %.1f | %d | %d | %d |%n", l.name(), l.requests(),
                    l.p99Millis(), l.errors5xx(), l.shed503(), l.failures()));
        }
        s.append(String.format(Locale.ROOT, "%nRequests: %d (%.0f/s). Heap after a collection: %d MB before, %d MB after. "
                        + "Live threads: %d before, %d after (largest groups after: %s). "
                        + "First normal answer after the overload: %d ms.",
                r.requests(), r.requests() / (double) r.duration().toSeconds(), r.heapBeforeMb(), r.heapAfterMb(),
                r.threadsBefore(), r.threadsAfter(), r.threadsAfterByName(), r.recoveryMillis()));
        return s.toString();
    }
}
