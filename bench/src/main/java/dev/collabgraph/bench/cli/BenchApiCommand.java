package dev.collabgraph.bench.cli;

import dev.collabgraph.bench.ApiBench;
import dev.collabgraph.app.cli.DatabaseOptions;
import dev.collabgraph.bench.BenchmarksFile;
import dev.collabgraph.bench.LoadGenerator;
import dev.collabgraph.bench.Machine;
import dev.collabgraph.app.explore.ExploreQueries;
import dev.collabgraph.app.http.HttpServer;
import dev.collabgraph.app.http.ResponseCache;
import dev.collabgraph.app.reference.ReferenceData;
import dev.collabgraph.loader.extract.Extractor;
import dev.collabgraph.store.EmbeddedNeo4j;
import dev.collabgraph.store.EmbeddedSettings;
import dev.collabgraph.store.GraphStore;
import dev.collabgraph.app.load.ParallelLoader;
import dev.collabgraph.store.Schema;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code collabgraph bench api}: every main endpoint under 1, 16 and 64 concurrent clients on a store of N generated
 * documents (built once into {@code --db}, reused after), beside the same answers made in process.
 */
@Command(name = "api", mixinStandardHelpOptions = true,
        description = "HTTP API throughput and latency (1/16/64 clients) on a corpus store, against in-process calls.")
public final class BenchApiCommand implements Callable<Integer> {
    static final String SECTION = "API";

    @Option(names = "--docs", defaultValue = "200", description = "Generated documents in the store (default: ${DEFAULT-VALUE}).")
    int docs;

    @Option(names = "--db", paramLabel = "DIR",
            description = "Store folder: built when absent or empty, reused when it holds documents (default: var/bench-api-<docs>).")
    Path db;

    @Option(names = "--seconds", defaultValue = "5", description = "Seconds per endpoint and concurrency (default: ${DEFAULT-VALUE}).")
    int seconds;

    @Option(names = "--clients", split = ",", defaultValue = "1,16,64", description = "Concurrent clients (default: ${DEFAULT-VALUE}).")
    List<Integer> clients = new ArrayList<>();

    @Option(names = "--cache", defaultValue = "both", description = "Servers measured: one keeping read answers (on), "
            + "one making every answer (off), or both side by side, endpoint by endpoint (default: ${DEFAULT-VALUE}).")
    Caching cache;

    @Option(names = "--no-cache", description = "Only the server without the response cache (as --cache off).")
    boolean noCache;

    @Option(names = "--only", split = ",", paramLabel = "TEXT",
            description = "Only the endpoints whose name contains one of these (e.g. details,paths).")
    List<String> only = new ArrayList<>();

    @Option(names = "--url", split = ",", paramLabel = "NAME=URL",
            description = "Measure servers already running (e.g. before=http://127.0.0.1:18080) instead of starting "
                    + "ones on --db: no in-process column; needs --university and --enterprise.")
    List<String> urls = new ArrayList<>();

    @Option(names = "--university", description = "The university the endpoints ask about with --url.")
    String university;

    @Option(names = "--enterprise", description = "The enterprise the endpoints ask about with --url.")
    String enterprise;

    @Option(names = "--settle", defaultValue = "0", description = "Seconds to wait before measuring, so that the "
            + "servers' background warm-up (gap counts, the recommender's projection) is over (default: ${DEFAULT-VALUE}).")
    int settle;

    /** Which servers a run measures. */
    enum Caching { on, off, both }

    @Mixin
    BenchCorpusOptions corpus;

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        if (!urls.isEmpty()) {
            return measureRunning(out, err);
        }
        Path dir = db != null ? db : DatabaseOptions.home().resolve("var").resolve("bench-api-" + docs);
        try (EmbeddedNeo4j dbms = EmbeddedNeo4j.start(dir, EmbeddedSettings.defaults());
             GraphStore store = dbms.openStore()) {
            Schema.apply(store);
            long documents = new ExploreQueries(store).stats().documentCount();
            if (documents == 0) {
                build(store, err);
                documents = new ExploreQueries(store).stats().documentCount();
            }
            err.println("bench: " + documents + " documents in " + dir);
            List<ApiBench.Endpoint> endpoints = ApiBench.endpoints(store).stream()
                    .filter(e -> only.isEmpty() || only.stream().anyMatch(e.name()::contains)).toList();
            Caching caching = noCache ? Caching.off : cache;
            try (HttpServer cached = HttpServer.start(store, "127.0.0.1", 0, ResponseCache.Limits.DEFAULT);
                 HttpServer uncached = HttpServer.start(store, "127.0.0.1", 0, ResponseCache.Limits.OFF)) {
                List<ApiBench.Server> servers = new ArrayList<>();
                if (caching != Caching.off) {
                    servers.add(new ApiBench.Server(caching == Caching.both ? "cached" : "", base(cached)));
                }
                if (caching != Caching.on) {
                    servers.add(new ApiBench.Server(caching == Caching.both ? "no cache" : "", base(uncached)));
                }
                settle(err);
                List<ApiBench.Row> rows = ApiBench.run(servers, endpoints, clients, Duration.ofSeconds(1),
                        Duration.ofSeconds(seconds), message -> err.println("bench: " + message));
                String report = report(documents, rows);
                out.println(report);
                if (corpus.write != null) {
                    BenchmarksFile.replaceSection(corpus.write, SECTION + " (" + docs + " documents)", report);
                    out.println("Written to " + corpus.write);
                }
            }
        }
        return 0;
    }

    /** The servers named by --url, endpoint by endpoint, one after the other. */
    private int measureRunning(PrintWriter out, PrintWriter err) throws InterruptedException {
        if (university == null || enterprise == null) {
            err.println("collabgraph: --url needs --university and --enterprise");
            return 2;
        }
        List<ApiBench.Server> servers = new ArrayList<>();
        for (String named : urls) {
            int at = named.indexOf('=');
            servers.add(at < 0 ? new ApiBench.Server("", URI.create(named))
                    : new ApiBench.Server(named.substring(0, at), URI.create(named.substring(at + 1))));
        }
        List<ApiBench.Endpoint> endpoints = ApiBench.endpoints(university, enterprise).stream()
                .filter(e -> only.isEmpty() || only.stream().anyMatch(e.name()::contains)).toList();
        settle(err);
        List<ApiBench.Row> rows = ApiBench.run(servers, endpoints, clients, Duration.ofSeconds(1),
                Duration.ofSeconds(seconds), message -> err.println("bench: " + message));
        out.println(report(-1, rows));
        return 0;
    }

    private void settle(PrintWriter err) throws InterruptedException {
        if (settle > 0) {
            err.println("bench: waiting " + settle + " s for the servers' warm-up ...");
            Thread.sleep(settle * 1000L);
        }
    }

    private static URI base(HttpServer server) {
        return URI.create("http://127.0.0.1:" + server.port());
    }

    private void build(GraphStore store, PrintWriter err) {
        List<Path> files = corpus.generate(docs);
        err.println("bench: loading " + files.size() + " generated documents (once; later runs reuse the store) ...");
        int[] done = {0};
        ParallelLoader.load(store, files, Extractor::extract, Runtime.getRuntime().availableProcessors(), o -> {
            if (++done[0] % 100 == 0) {
                err.println("bench: " + done[0] + "/" + files.size() + " loaded");
            }
        });
        ReferenceData.load(store);
    }

    private String report(long documents, List<ApiBench.Row> rows) {
        StringBuilder s = new StringBuilder();
        Caching caching = noCache ? Caching.off : cache;
        s.append("Command: `bin/collabgraph bench api").append(urls.isEmpty() ? " --docs " + docs : "")
                .append(" --seconds ").append(seconds)
                .append(caching == Caching.both ? "" : " --cache " + caching)
                .append(settle > 0 ? " --settle " + settle : "")
                .append(urls.isEmpty() ? "" : " --url " + String.join(",", urls))
                .append("`  \nMachine: ").append(Machine.describe()).append("  \n")
                .append(documents < 0 ? "Servers already running (--url), each endpoint on each server in turn; no "
                        + "in-process column. " : String.format(Locale.ROOT, "Store: %d documents, embedded, queried in "
                        + "process. ", documents))
                .append(String.format(Locale.ROOT, "Each endpoint: one "
                        + "second of warm-up, then %d s per concurrency with an in-JVM load generator (keep-alive, every "
                        + "latency kept). \"in process\" is the median time of the same answer made by the query layer "
                        + "without HTTP and JSON; \"API / in process\" divides the single-client p50 by it.%s%n%n", seconds,
                        caching == Caching.both && urls.isEmpty() ? " Every endpoint runs on two servers of the same store, one after the "
                                + "other: \"cached\" keeps each answer's JSON per graph version (after the warm-up every "
                                + "request of the run is answered from it), \"no cache\" makes every answer." : ""));
        s.append("| endpoint | bytes |");
        for (int c : clients) {
            s.append(" ").append(c).append(" cl. req/s | p50 ms | p99 ms |");
        }
        s.append(" 5xx (503 shed) | in process ms | API / in process |\n|---|---|");
        s.append("---|---|---|".repeat(clients.size())).append("---|---|---|\n");
        for (ApiBench.Row row : rows) {
            LoadGenerator.Result first = row.runs().get(0);
            s.append("| ").append(row.name()).append(" | ").append(first.bytesPerResponse()).append(" |");
            long errors = 0;
            long shed = 0;
            for (LoadGenerator.Result r : row.runs()) {
                s.append(String.format(Locale.ROOT, " %.0f | %.1f | %.1f |", r.perSecond(), r.p50Millis(), r.p99Millis()));
                errors += r.errors5xx() + r.failures();
                shed += r.shed503();
            }
            s.append(" ").append(errors).append(" (").append(shed).append(") |");
            if (Double.isNaN(row.directMillis())) {
                s.append(" | |\n");
            } else {
                s.append(String.format(Locale.ROOT, " %.2f | %.1f× |%n", row.directMillis(),
                        first.p50Millis() / Math.max(row.directMillis(), 1e-3)));
            }
        }
        return s.toString().strip();
    }
}
