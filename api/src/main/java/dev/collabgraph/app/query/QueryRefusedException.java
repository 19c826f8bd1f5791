package dev.collabgraph.app.query;

import dev.collabgraph.app.http.Wording;

/**
 * A query the console will not run or that failed for the analyst's reasons: a 400 with a readable message (English
 * as the exception's message, both languages when the refusal was worded for the explorer).
 */
public final class QueryRefusedException extends RuntimeException {
    private final String field;
    private final Wording wording;

    public QueryRefusedException(String field, String message) {
        this(field, new Wording(message, message));
    }

    public QueryRefusedException(String field, Wording wording) {
        super(wording.en());
        this.field = field;
        this.wording = wording;
    }

    /** The message in both languages (the English twice when it was only worded in English). */
    public Wording wording() {
        return wording;
    }

    /** The request field at fault: query, params, limit or timeout. */
    public String field() {
        return field;
    }
}
