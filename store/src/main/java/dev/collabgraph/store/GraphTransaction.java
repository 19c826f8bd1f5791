package dev.collabgraph.store;

import org.neo4j.driver.Record;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** An open write transaction handed to {@link GraphStore#write}: statements run in it see each other's writes. */
public interface GraphTransaction {
    /** Runs one statement and maps every row; the result is fully read before this returns. */
    <T> List<T> run(CypherStatement statement, Map<String, ?> arguments, Function<Record, T> mapper);
}
