package dev.collabgraph.app.cli;

import dev.collabgraph.app.documents.Editors;
import dev.collabgraph.app.explore.ExploreQueries;
import dev.collabgraph.app.http.HttpServer;
import dev.collabgraph.app.http.ResponseCache;
import dev.collabgraph.app.http.ServerLinks;
import dev.collabgraph.app.reference.ReferenceData;
import dev.collabgraph.loader.extract.Extractor;
import dev.collabgraph.store.EmbeddedNeo4j;
import dev.collabgraph.store.EmbeddedSettings;
import dev.collabgraph.store.GraphWriter;
import dev.collabgraph.store.WriteSummary;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/**
 * {@code collabgraph serve}: the graph store (embedded, or external), the bundled document loaded when the graph is
 * empty, and the HTTP API and explorer. Bolt and Neo4j Browser of the embedded store only when asked for, and then
 * behind a login. Ctrl-C closes the server, then the store.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve the explorer and the JSON API (loads the bundled document into an empty graph).")
public final class ServeCommand implements Callable<Integer> {
    @Mixin
    DatabaseOptions database;

    @Option(names = "--host", defaultValue = "127.0.0.1", description = "Address to listen on (default: ${DEFAULT-VALUE}).")
    String host;

    @Option(names = "--port", defaultValue = "8080", description = "HTTP port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--bolt",
            description = "Offer the embedded store's Bolt on 127.0.0.1:--bolt-port for cypher-shell and Neo4j Browser "
                    + "(login neo4j with $NEO4J_PASSWORD, or a password generated for the run and printed once).")
    boolean bolt;

    @Option(names = "--bolt-port", defaultValue = "7687", description = "Port of --bolt (default: ${DEFAULT-VALUE}).")
    int boltPort;

    @Option(names = "--browser",
            description = "Serve Neo4j Browser on 127.0.0.1:--browser-port at /browser/ (implies --bolt).")
    boolean browser;

    @Option(names = "--browser-port", defaultValue = "7474", description = "Port of --browser (default: ${DEFAULT-VALUE}).")
    int browserPort;

    @Option(names = "--allowed-host", paramLabel = "NAME",
            description = "Another name clients may reach the explorer by (Host header), e.g. the machine's name when "
                    + "--host is not a loopback address; repeatable.")
    List<String> allowedHosts = new ArrayList<>();

    @Option(names = "--no-response-cache", description = "Make every read answer anew instead of keeping its JSON "
            + "while the graph stays as it was (for measuring).")
    boolean noResponseCache;

    @Option(names = "--max-requests", paramLabel = "N", defaultValue = "" + HttpServer.Binding.MAX_CONCURRENT_REQUESTS,
            description = "API requests served at once (default: ${DEFAULT-VALUE}); more are answered 503 with "
                    + "Retry-After at once instead of queueing.")
    int maxRequests;

    @Option(names = "--editors", paramLabel = "FILE",
            description = "Let the editors listed in FILE (lines NAME:HASH, made by `collabgraph editor-password NAME`) "
                    + "add and remove documents in the explorer; $" + Editors.TOKEN_VARIABLE + " lets the holder of "
                    + "that token do so too. Without either, the explorer only reads.")
    Path editorsFile;

    @Mixin
    DocumentSizeOption documentSize;

    /** Bolt is off unless asked for: kept so that older scripts that said so still run. */
    @Option(names = "--no-bolt", hidden = true)
    boolean noBolt;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        long started = System.nanoTime();
        if (offersBolt() && noBolt) {
            throw new CommandLine.ParameterException(new CommandLine(this), "--no-bolt contradicts --bolt/--browser");
        }
        EmbeddedSettings settings = (offersBolt() ? EmbeddedSettings.defaults().withBoltPort(boltPort)
                : EmbeddedSettings.defaults()).withHttpPort(browser ? browserPort : 0);
        Editors editors = Editors.of(editorsFile, System.getenv(Editors.TOKEN_VARIABLE));
        DatabaseOptions.OpenGraph graph = database.open(settings);
        HttpServer server;
        try {
            loadBundledDocumentIntoAnEmptyGraph(graph, out);
            ReferenceData.load(graph.store());
            server = HttpServer.start(graph.store(), new HttpServer.Binding(host, port, allowedHosts, maxRequests),
                    links(graph), new HttpServer.Writing(editors, documentSize.limit().maxBytes()),
                    noResponseCache ? ResponseCache.Limits.OFF : ResponseCache.Limits.DEFAULT);
        } catch (RuntimeException e) {
            graph.close();
            throw e;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            out.println("collabgraph: stopping ...");
            server.close();
            graph.close();
            stopped.countDown();
        }, "collabgraph-shutdown"));
        out.printf("collabgraph: graph in %s%n", graph.description());
        ServerLinks links = links(graph);
        if (links.bolt() != null) {
            // printed once, here, for the user at the terminal; never logged
            out.printf("collabgraph: Bolt for cypher-shell at %s, user %s, password %s%n", links.bolt(),
                    EmbeddedNeo4j.USER, graph.dbms().generatedPassword()
                            ? graph.dbms().password() + " (generated for this run; set NEO4J_PASSWORD to choose one)"
                            : "from NEO4J_PASSWORD");
        }
        if (links.neo4jBrowser() != null) {
            out.printf("collabgraph: Neo4j Browser at %s (connect to %s)%n", links.neo4jBrowser(), links.bolt());
        }
        out.printf("collabgraph: %s%n", editors.describe());
        out.printf("collabgraph: explorer at http://%s:%d/ (ready in %.1f s; Ctrl-C stops)%n", host, server.port(),
                (System.nanoTime() - started) / 1e9);
        stopped.await();
        return 0;
    }

    private boolean offersBolt() {
        return bolt || browser;
    }

    /** Bolt and Neo4j Browser of the embedded store when asked for; an external server is the operator's. */
    private ServerLinks links(DatabaseOptions.OpenGraph graph) {
        if (graph.dbms() == null || !offersBolt()) {
            return ServerLinks.none();
        }
        String boltUri = graph.dbms().boltUri().toString();
        return new ServerLinks(boltUri, browser ? "http://127.0.0.1:" + browserPort + "/browser/" : null);
    }

    private static void loadBundledDocumentIntoAnEmptyGraph(DatabaseOptions.OpenGraph graph, PrintWriter out) {
        if (new ExploreQueries(graph.store()).documentCount() > 0) {
            return;
        }
        out.println("collabgraph: the graph is empty, loading the bundled document " + LoadCommand.BUNDLED);
        WriteSummary summary = GraphWriter.write(graph.store(),
                Extractor.extract(LoadCommand.BUNDLED, LoadCommand.bundled()));
        out.printf("collabgraph: loaded %s%n", summary.documentId());
    }
}
