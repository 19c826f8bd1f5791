package dev.collabgraph.app.query;

/** A query the console will not run or that failed for the analyst's reasons: a 400 with a readable message. */
public final class QueryRefusedException extends RuntimeException {
    private final String field;

    public QueryRefusedException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The request field at fault: query, params, limit or timeout. */
    public String field() {
        return field;
    }
}
