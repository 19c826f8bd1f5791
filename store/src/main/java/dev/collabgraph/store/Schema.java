package dev.collabgraph.store;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Applies the schema migrations {@code cypher/schema/V<n>__<description>.cypher} in version order. Every statement
 * is re-runnable ({@code IF NOT EXISTS}), so this runs at each start; it then waits for the indexes to be online and
 * makes the pair summaries of a store written before the writer kept them ({@link PairSummaries}).
 */
public final class Schema {
    private static final Pattern MIGRATION = Pattern.compile("schema/V(\\d+)__\\w+");
    private static final long INDEX_WAIT_SECONDS = 60;

    private Schema() {
    }

    /** Applies every migration and returns their names, in the order applied. */
    public static List<String> apply(GraphStore store) {
        List<String> migrations = migrations(CypherFiles.names());
        for (String migration : migrations) {
            // schema changes cannot share a transaction with each other's index population or with data writes
            for (CypherStatement statement : CypherFiles.loadScript(migration)) {
                store.write(tx -> tx.run(statement, Map.of(), row -> row));
            }
        }
        CypherStatement await = CypherFiles.load("write/awaitIndexes");
        store.write(Duration.ofSeconds(INDEX_WAIT_SECONDS + 5),
                tx -> tx.run(await, Map.of("timeoutSeconds", INDEX_WAIT_SECONDS), row -> row));
        // the one data migration: pair summaries for a store written before the writer kept them
        PairSummaries.backfillIfMissing(store);
        return migrations;
    }

    /** The migrations among the given Cypher file names, by version; fails on a misnamed schema file. */
    static List<String> migrations(List<String> names) {
        List<String> schemaFiles = names.stream().filter(name -> name.startsWith("schema/")).toList();
        for (String name : schemaFiles) {
            if (!MIGRATION.matcher(name).matches()) {
                throw new IllegalStateException(name + " is not named schema/V<n>__<description>");
            }
        }
        if (schemaFiles.stream().map(Schema::version).distinct().count() != schemaFiles.size()) {
            throw new IllegalStateException("two schema migrations share a version: " + schemaFiles);
        }
        return schemaFiles.stream().sorted(Comparator.comparingInt(Schema::version)).toList();
    }

    private static int version(String name) {
        Matcher m = MIGRATION.matcher(name);
        m.matches();
        return Integer.parseInt(m.group(1));
    }
}
