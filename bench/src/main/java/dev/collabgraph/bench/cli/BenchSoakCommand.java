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
    private static final String ENDLESS_MARKER = "4000000000007";
    private static final String ENDLESS = "UNWIND range(1, " + ENDLESS_MARKER + ") AS x WITH x WHERE x < 0 RETURN count(x)";
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

    @Option(names = "--rounds", defaultValue = "2", description = "Overloads one after another on the same server, to see whether heap and threads come back each time (default: ${DEFAULT-VALUE}).")
    int rounds;

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
            mix.add(new Soak.Request("console, client leaves after 0.5 s", "/api/cypher",
                    "{\"query\":\"" + ENDLESS + "\", \"timeout\": 30}", Duration.ofMillis(500)));
            try (HttpServer server = HttpServer.start(store, "127.0.0.1", 0)) {
                URI base = URI.create("http://127.0.0.1:" + server.port());
                List<Soak.Report> reports = new ArrayList<>();
                List<Long> leftRunning = new ArrayList<>();
                for (int round = 1; round <= rounds; round++) {
                    err.println("soak: round " + round + " of " + rounds + ", " + clients + " connections for "
                            + seconds + " s on " + documents + " documents ...");
                    reports.add(Soak.run(base, mix, clients, Duration.ofSeconds(seconds)));
                    leftRunning.add(endlessStillRunning(store));
                }
                String text = render(reports, leftRunning, documents);
                out.println(text);
                if (write != null) {
                    BenchmarksFile.replaceSection(write, SECTION + " (" + documents + " documents)", text);
                    out.println("Written to " + write);
                }
                boolean healthy = reports.stream().allMatch(r -> r.errors() == 0 && r.recoveryMillis() >= 0
                        && r.recoveryMillis() < 5000) && leftRunning.stream().allMatch(n -> n == 0);
                return healthy ? 0 : 1;
            }
        }
    }

    /** Statements of clients that left, still running in the database a moment after the overload (should be 0). */
    private static long endlessStillRunning(GraphStore store) throws InterruptedException {
        Thread.sleep(1000);
        return Soak.runningStatements(store, ENDLESS_MARKER);
    }

    private String render(List<Soak.Report> reports, List<Long> leftRunning, long documents) {
        Soak.Report last = reports.get(reports.size() - 1);
        StringBuilder s = new StringBuilder();
        s.append("Command: `bin/collabgraph bench soak ").append(db != null ? "--db " + db : "--docs " + docs)
                .append(" --seconds ").append(seconds).append(" --clients ").append(clients)
                .append(" --rounds ").append(rounds).append("`  \nMachine: ").append(Machine.describe()).append("  \n")
                .append(String.format(Locale.ROOT, "Store: %d documents, embedded, served with the default limit of %d "
                                + "requests at once; %d connections cycle through the requests below for %d s, %d "
                                + "times on the same server. One request in the mix never ends by itself (a console "
                                + "query with a 30 s limit) and its client leaves after 0.5 s.%n%n",
                        documents, HttpServer.Binding.MAX_CONCURRENT_REQUESTS, last.clients(),
                        last.duration().toSeconds(), reports.size()));
        for (int i = 0; i < reports.size(); i++) {
            s.append("Round ").append(i + 1).append(":\n\n| request | answered | p99 ms | 5xx other than 503 | 503 shed"
                    + " | refused or reset | no answer in 30 s | client left on purpose |\n|---|---|---|---|---|---|---|---|\n");
            for (Soak.Line l : reports.get(i).lines()) {
                s.append(String.format(Locale.ROOT, "| %s | %d | %.1f | %d | %d | %d | %d | %d |%n", l.name(),
                        l.requests(), l.p99Millis(), l.errors5xx(), l.shed503(), l.failures(), l.timedOut(), l.gaveUp()));
            }
            s.append('\n');
        }
        s.append("Every round:\n\n| round | requests | 5xx other than 503, failures, no answer | heap after a collection,"
                + " MB (before → after) | live threads (before → after) | first normal answer after | statements of"
                + " departed clients still running 1 s after |\n|---|---|---|---|---|---|---|\n");
        for (int i = 0; i < reports.size(); i++) {
            Soak.Report r = reports.get(i);
            s.append(String.format(Locale.ROOT, "| %d | %d (%.0f/s) | %d | %d → %d | %d → %d | %d ms | %d |%n", i + 1,
                    r.requests(), r.requests() / (double) r.duration().toSeconds(), r.errors(), r.heapBeforeMb(),
                    r.heapAfterMb(), r.threadsBefore(), r.threadsAfter(), r.recoveryMillis(), leftRunning.get(i)));
        }
        s.append("\nLargest thread groups after the last round: ").append(last.threadsAfterByName()).append('.');
        return s.toString();
    }
}
