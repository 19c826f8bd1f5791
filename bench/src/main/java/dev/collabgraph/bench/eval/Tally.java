package dev.collabgraph.bench.eval;

/**
 * Counts behind a precision/recall figure: {@code found} of {@code expected} gold items were matched, and
 * {@code correct} of {@code returned} extracted items matched gold. Tallies add up over documents (micro average).
 */
public record Tally(int expected, int found, int returned, int correct) {
    public static final Tally ZERO = new Tally(0, 0, 0, 0);

    public Tally plus(Tally other) {
        return new Tally(expected + other.expected, found + other.found, returned + other.returned,
                correct + other.correct);
    }

    /** Recall; 1 when nothing was expected. */
    public double recall() {
        return expected == 0 ? 1 : (double) found / expected;
    }

    /** Precision; 1 when nothing was returned. */
    public double precision() {
        return returned == 0 ? 1 : (double) correct / returned;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
