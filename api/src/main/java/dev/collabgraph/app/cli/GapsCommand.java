package dev.collabgraph.app.cli;

import dev.collabgraph.app.analysis.Gaps;
import dev.collabgraph.app.analysis.NamedQuery;
import dev.collabgraph.app.analysis.QueryLibrary;
import dev.collabgraph.app.query.QueryResult;
import dev.collabgraph.store.EmbeddedSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code collabgraph gaps [NAME]}: the coverage gaps of the loaded plan. Without a name, every gap with its title and
 * how many rows it finds; with one, its definition and rows.
 */
@Command(name = "gaps", mixinStandardHelpOptions = true,
        description = "Coverage gaps of the plan (no NAME: the list of gaps with their counts).")
public final class GapsCommand implements Callable<Integer> {
    @Parameters(arity = "0..1", paramLabel = "NAME", description = "A gap, e.g. findUncoveredDivisions.")
    String name;

    @Option(names = "--format", defaultValue = "table", description = "table, csv or json (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Mixin
    DatabaseOptions database;

    @Override
    public Integer call() {
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        try (DatabaseOptions.OpenGraph graph = database.open(EmbeddedSettings.defaults())) {
            QueryLibrary library = new QueryLibrary(graph.store());
            if (name == null) {
                list(out, library);
                return 0;
            }
            NamedQuery gap = library.find(Gaps.AREA + "/" + name).orElse(null);
            if (gap == null) {
                err.println("error: no gap " + name + "; gaps: " + String.join(", ",
                        library.list(Gaps.AREA).stream().map(NamedQuery::shortName).toList()));
                return 2;
            }
            QueryResult result = library.run(gap, Map.of());
            if (format == OutputFormat.json) {
                OutputFormat.json(out, new Gaps.GapResult(gap.shortName(), gap.purpose(), gap.about(), result));
            } else {
                if (format == OutputFormat.table) {
                    out.println(gap.purpose());
                    out.println(gap.about());
                    out.println();
                }
                format.rows(out, result.columns(), result.rows());
            }
        }
        return 0;
    }

    /** One gap of the list; a record so that its JSON keys come in this order on every run (a Map.of would not). */
    record GapCount(String name, int count, String title, String about) {
    }

    private void list(PrintWriter out, QueryLibrary library) {
        List<List<Object>> rows = new ArrayList<>();
        for (NamedQuery gap : library.list(Gaps.AREA)) {
            rows.add(List.of(gap.shortName(), library.run(gap, Map.of()).rows().size(), gap.purpose(), gap.about()));
        }
        List<String> columns = List.of("name", "rows", "title", "about");
        if (format == OutputFormat.json) {
            OutputFormat.json(out, rows.stream().map(r -> new GapCount((String) r.get(0), (Integer) r.get(1),
                    (String) r.get(2), (String) r.get(3))).toList());
        } else if (format == OutputFormat.table) {
            format.rows(out, columns.subList(0, 3), rows.stream().map(r -> r.subList(0, 3)).toList());
        } else {
            format.rows(out, columns, rows);
        }
    }
}
