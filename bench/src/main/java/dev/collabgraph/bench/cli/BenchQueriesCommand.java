package dev.collabgraph.bench.cli;

import dev.collabgraph.bench.BenchmarksFile;
import dev.collabgraph.bench.Machine;
import dev.collabgraph.bench.QueryProfiles;
import dev.collabgraph.app.explore.ExploreQueries;
import dev.collabgraph.store.EmbeddedNeo4j;
import dev.collabgraph.store.EmbeddedSettings;
import dev.collabgraph.store.GraphStore;
import dev.collabgraph.store.Schema;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code collabgraph bench queries}: every named query PROFILEd on a store: rows, database hits, time. */
@Command(name = "queries", mixinStandardHelpOptions = true,
        description = "PROFILE every named query on a store (e.g. the one bench api built): rows, DB hits, time.")
public final class BenchQueriesCommand implements Callable<Integer> {
    @Option(names = "--db", paramLabel = "DIR", required = true, description = "Embedded store folder (e.g. var/bench-api-2000).")
    Path db;

    @Option(names = "--timeout", defaultValue = "60", description = "Seconds a query may run (default: ${DEFAULT-VALUE}).")
    int timeout;

    @Option(names = "--write", paramLabel = "FILE", description = "Also write the table as a section of FILE (e.g. BENCHMARKS.md).")
    Path write;

    @Override
    public Integer call() {
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        if (!Files.isDirectory(db)) {
            err.println("collabgraph: no store at " + db + " (build one with bench api --docs N --db DIR)");
            return 2;
        }
        try (EmbeddedNeo4j dbms = EmbeddedNeo4j.start(db, EmbeddedSettings.defaults().withTransactionTimeout(
                Duration.ofSeconds(Math.max(timeout, 5))));
             GraphStore store = dbms.openStore()) {
            Schema.apply(store);
            long documents = new ExploreQueries(store).stats().documentCount();
            List<QueryProfiles.Row> rows = QueryProfiles.run(store, Duration.ofSeconds(timeout),
                    name -> err.println("bench: PROFILE " + name));
            StringBuilder s = new StringBuilder();
            s.append("Command: `bin/collabgraph bench queries --db DIR` on a store of ").append(documents)
                    .append(" documents  \nMachine: ").append(Machine.describe()).append("  \n")
                    .append("Each named query once under PROFILE, in process, with sample arguments from the store (its best "
                            + "connected university and enterprise, its newest document; lists empty, limit 50). DB hits "
                            + "summed over the plan's operators.\n\n| query | rows | DB hits | ms |\n|---|---|---|---|\n");
            for (QueryProfiles.Row row : rows) {
                s.append("| ").append(row.name().substring("queries/".length())).append(" | ");
                if (row.profile() == null) {
                    s.append(row.failure()).append(" | | |\n");
                } else {
                    s.append(String.format(Locale.ROOT, "%d | %d | %.0f |%n", row.profile().rows(), row.profile().dbHits(),
                            row.profile().millis()));
                }
            }
            String report = s.toString().strip();
            out.println(report);
            if (write != null) {
                BenchmarksFile.replaceSection(write, "Named queries (" + documents + " documents)", report);
                out.println("Written to " + write);
            }
        }
        return 0;
    }
}
