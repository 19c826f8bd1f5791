package dev.collabgraph.app.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.collabgraph.app.query.QueryLimits;
import dev.collabgraph.app.query.QueryRefusedException;
import dev.collabgraph.app.query.QueryResult;
import dev.collabgraph.app.query.QueryRunner;
import dev.collabgraph.store.EmbeddedSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code collabgraph query 'CYPHER' [--param k=v]}: an analyst's read-only query from the command line, with the
 * console's guarantees (read-only by construction, time limit, row cap).
 */
@Command(name = "query", mixinStandardHelpOptions = true,
        description = "Run a read-only Cypher query (time-limited, row-capped) and print the result.")
public final class QueryCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "CYPHER", description = "The query, e.g. 'MATCH (u:University) RETURN u.name'.")
    String cypher;

    @Option(names = {"-p", "--param"}, paramLabel = "NAME=VALUE",
            description = "A parameter; VALUE is read as JSON when it is JSON (12, true, [\"a\"]), else as text.")
    Map<String, String> params = new LinkedHashMap<>();

    @Option(names = "--limit", description = "Most rows (default ${DEFAULT-VALUE}, at most 10000).", defaultValue = "1000")
    int limit;

    @Option(names = "--timeout", description = "Seconds before the query is stopped (default ${DEFAULT-VALUE}, at most 30).",
            defaultValue = "5")
    int timeout;

    @Option(names = "--format", description = "table, csv or json (default ${DEFAULT-VALUE}).", defaultValue = "table")
    OutputFormat format;

    @Mixin
    DatabaseOptions database;

    @Override
    public Integer call() {
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        Map<String, Object> arguments = new LinkedHashMap<>();
        params.forEach((name, value) -> arguments.put(name, parse(value)));
        QueryLimits limits;
        try {
            limits = QueryLimits.of(limit, timeout);
        } catch (QueryRefusedException e) {
            err.println("error: " + e.getMessage());
            return 2;
        }
        try (DatabaseOptions.OpenGraph graph = database.open(EmbeddedSettings.defaults())) {
            QueryResult result = new QueryRunner(graph.store()).run(cypher, arguments, limits);
            if (format == OutputFormat.json) {
                OutputFormat.json(out, result);
            } else {
                format.rows(out, result.columns(), result.rows());
            }
            if (result.truncated()) {
                err.println("note: the result was cut at " + result.maxRows() + " rows (--limit)");
            }
            return 0;
        } catch (QueryRefusedException e) {
            err.println("error: " + e.getMessage());
            return 1;
        }
    }

    private static Object parse(String value) {
        try {
            return Json.MAPPER.readValue(value, Object.class);
        } catch (JsonProcessingException e) {
            return value;
        }
    }
}
