package dev.collabgraph.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Rates of repeated measured passes (units per second): the median and the spread (lowest, highest). */
public record Rate(double median, double min, double max, int passes) {
    static Rate of(List<Double> rates) {
        List<Double> sorted = new ArrayList<>(rates);
        Collections.sort(sorted);
        int n = sorted.size();
        double median = n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
        return new Rate(median, sorted.get(0), sorted.get(n - 1), n);
    }

    static Rate single(double rate) {
        return new Rate(rate, rate, rate, 1);
    }

    /** "12.3 (11.9–12.8)" with the given number of decimals; the spread only for several passes. */
    public String format(int decimals) {
        String f = "%." + decimals + "f";
        return passes == 1 ? String.format(f, median)
                : String.format(f + " (" + f + "–" + f + ")", median, min, max);
    }
}
