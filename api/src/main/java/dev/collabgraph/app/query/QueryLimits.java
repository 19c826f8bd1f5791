package dev.collabgraph.app.query;

import java.time.Duration;

/** Time and row limits of one read-only query, clamped to what the console allows. */
public record QueryLimits(Duration timeout, int maxRows) {
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(5);
    public static final Duration MAX_TIMEOUT = Duration.ofSeconds(30);
    public static final int DEFAULT_ROWS = 1_000;
    public static final int MAX_ROWS = 10_000;

    public static QueryLimits defaults() {
        return new QueryLimits(DEFAULT_TIMEOUT, DEFAULT_ROWS);
    }

    /** Limits asked for (null: default), refused when out of range so the caller learns the bounds. */
    public static QueryLimits of(Integer maxRows, Integer timeoutSeconds) {
        int rows = maxRows == null ? DEFAULT_ROWS : maxRows;
        long seconds = timeoutSeconds == null ? DEFAULT_TIMEOUT.toSeconds() : timeoutSeconds;
        if (rows < 1 || rows > MAX_ROWS) {
            throw new QueryRefusedException("limit", "limit must be between 1 and " + MAX_ROWS + " rows");
        }
        if (seconds < 1 || seconds > MAX_TIMEOUT.toSeconds()) {
            throw new QueryRefusedException("timeout", "timeout must be between 1 and " + MAX_TIMEOUT.toSeconds()
                    + " seconds");
        }
        return new QueryLimits(Duration.ofSeconds(seconds), rows);
    }
}
