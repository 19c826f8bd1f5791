package dev.collabgraph.app.analysis;

import dev.collabgraph.app.query.QueryLimits;
import dev.collabgraph.app.query.QueryResult;
import dev.collabgraph.app.query.QueryRunner;
import dev.collabgraph.store.CypherFiles;
import dev.collabgraph.store.CypherStatement;
import dev.collabgraph.store.GraphStore;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The named queries under {@code cypher/queries} (explore, stats, gaps, links …), listed with their headers and run
 * read-only through the {@link QueryRunner}: the same guard, READ transaction, timeout and row cap as the console.
 */
public final class QueryLibrary {
    private final QueryRunner runner;

    public QueryLibrary(GraphStore store) {
        this.runner = new QueryRunner(store);
    }

    /** Every named query, or those of one area ({@code gaps}) when {@code area} is not null, sorted by name. */
    public List<NamedQuery> list(String area) {
        String prefix = NamedQuery.ROOT + (area == null ? "" : area + "/");
        return CypherFiles.names().stream().filter(n -> n.startsWith(prefix))
                .map(n -> NamedQuery.of(CypherFiles.load(n))).toList();
    }

    /** The query named {@code name} below {@code cypher/queries}; empty for an unknown name or one outside. */
    public Optional<NamedQuery> find(String name) {
        return statement(name).map(NamedQuery::of);
    }

    /** Runs a named query; the arguments must name its parameters (absent ones as null). */
    public QueryResult run(NamedQuery query, Map<String, Object> arguments) {
        return run(query, arguments, QueryLimits.of(QueryLimits.MAX_ROWS, (int) QueryLimits.MAX_TIMEOUT.toSeconds()));
    }

    /** Runs a named query within the given limits. */
    public QueryResult run(NamedQuery query, Map<String, Object> arguments, QueryLimits limits) {
        CypherStatement statement = statement(query.name()).orElseThrow();
        return runner.run(statement.text(), arguments, limits);
    }

    private static Optional<CypherStatement> statement(String name) {
        if (name == null || name.contains("..") || !CypherFiles.names().contains(NamedQuery.ROOT + name)) {
            return Optional.empty();
        }
        return Optional.of(CypherFiles.load(NamedQuery.ROOT + name));
    }
}
