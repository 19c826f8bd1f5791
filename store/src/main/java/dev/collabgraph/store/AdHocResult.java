package dev.collabgraph.store;

import org.neo4j.driver.Record;

import java.util.List;

/** The rows an analyst's statement returned, its column names, and whether more rows were left unread. */
public record AdHocResult(List<String> columns, List<Record> rows, boolean truncated) {
    public AdHocResult {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }
}
