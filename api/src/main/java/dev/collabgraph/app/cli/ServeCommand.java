package dev.collabgraph.app.cli;

import dev.collabgraph.app.explore.ExploreQueries;
import dev.collabgraph.app.http.HttpServer;
import dev.collabgraph.app.http.ServerLinks;
import dev.collabgraph.app.reference.ReferenceData;
import dev.collabgraph.loader.extract.Extractor;
import dev.collabgraph.store.EmbeddedSettings;
import dev.collabgraph.store.GraphWriter;
import dev.collabgraph.store.WriteSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/**
 * {@code collabgraph serve}: the graph store (embedded with Bolt on 127.0.0.1, or external), the bundled document
 * loaded when the graph is empty, and the HTTP API and explorer. Ctrl-C closes the server, then the store.
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

    @Option(names = "--bolt-port", defaultValue = "7687",
            description = "Bolt port of the embedded store on 127.0.0.1, for cypher-shell and Neo4j Browser (default: ${DEFAULT-VALUE}).")
    int boltPort;

    @Option(names = "--browser-port", defaultValue = "7474",
            description = "Port of Neo4j Browser for the embedded store on 127.0.0.1, at /browser/ (default: ${DEFAULT-VALUE}; 0: off).")
    int browserPort;

    @Option(names = "--no-bolt",
            description = "Do not offer Bolt on --bolt-port; the server then reaches its store over a private ephemeral loopback port.")
    boolean noBolt;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        long started = System.nanoTime();
        EmbeddedSettings settings = EmbeddedSettings.defaults().withBoltPort(noBolt ? 0 : boltPort)
                .withHttpPort(noBolt ? 0 : browserPort);
        DatabaseOptions.OpenGraph graph = database.open(settings);
        HttpServer server;
        try {
            loadBundledDocumentIntoAnEmptyGraph(graph, out);
            ReferenceData.load(graph.store());
            server = HttpServer.start(graph.store(), host, port, links(graph));
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
            out.printf("collabgraph: Bolt for cypher-shell at %s%n", links.bolt());
        }
        if (links.neo4jBrowser() != null) {
            out.printf("collabgraph: Neo4j Browser at %s (connect to %s)%n", links.neo4jBrowser(), links.bolt());
        }
        out.printf("collabgraph: explorer at http://%s:%d/ (ready in %.1f s; Ctrl-C stops)%n", host, server.port(),
                (System.nanoTime() - started) / 1e9);
        stopped.await();
        return 0;
    }

    /** Bolt and Neo4j Browser of the embedded store, unless turned off; an external server is the operator's. */
    private ServerLinks links(DatabaseOptions.OpenGraph graph) {
        if (graph.dbms() == null || noBolt) {
            return ServerLinks.none();
        }
        String bolt = graph.dbms().boltUri().toString();
        return new ServerLinks(bolt, browserPort > 0 ? "http://127.0.0.1:" + browserPort + "/browser/" : null);
    }

    private static void loadBundledDocumentIntoAnEmptyGraph(DatabaseOptions.OpenGraph graph, PrintWriter out) {
        if (!new ExploreQueries(graph.store()).stats().documents().isEmpty()) {
            return;
        }
        out.println("collabgraph: the graph is empty, loading the bundled document " + LoadCommand.BUNDLED);
        WriteSummary summary = GraphWriter.write(graph.store(),
                Extractor.extract(LoadCommand.BUNDLED, LoadCommand.bundled()));
        out.printf("collabgraph: loaded %s%n", summary.documentId());
    }
}
