package dev.collabgraph.app.analysis;

import dev.collabgraph.app.query.QueryResult;

import java.util.List;

/** The coverage gaps: the named queries of area {@value #AREA}, each with its definition. */
public final class Gaps {
    /** The folder of the gap queries below {@code cypher/queries}. */
    public static final String AREA = "gaps";

    private Gaps() {
    }

    /** One gap's rows, with what it is. */
    public record GapResult(String name, String title, String about, List<String> columns, List<List<Object>> rows,
                            boolean truncated, int maxRows) {
        public GapResult(String name, String title, String about, QueryResult result) {
            this(name, title, about, result.columns(), result.rows(), result.truncated(), result.maxRows());
        }
    }
}
