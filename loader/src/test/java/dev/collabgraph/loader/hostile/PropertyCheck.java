package dev.collabgraph.loader.hostile;

import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A small property-based test harness: a property is tried on {@code tries} generated samples, each drawn from its own
 * seed (the run's seed plus the try's number, so one failing try can be rerun alone); a failing sample is shrunk
 * greedily (the first simpler sample that still fails replaces it) before it is reported.
 *
 * <p>System properties: {@code hostile.tries} (default 200, the CI run) and {@code hostile.seed} (default: {@link #DEFAULT_SEED}).
 * Rerun a reported failure with {@code -Dhostile.seed=SEED -Dhostile.tries=1}.
 *
 * <p>(Written here rather than taken from jqwik: from 1.10 on, jqwik's maintainers ask that it not be used by AI
 * coding agents, which wrote these tests.)
 */
final class PropertyCheck<T> {
    private static final int MAX_SHRINK_STEPS = 300;

    private final String name;
    private final Function<Random, T> generator;
    private final Function<T, List<T>> simpler;
    private final Map<String, Map<String, Integer>> tallies = new TreeMap<>();

    PropertyCheck(String name, Function<Random, T> generator, Function<T, List<T>> simpler) {
        this.name = name;
        this.generator = generator;
        this.simpler = simpler;
    }

    static int tries() {
        return Integer.getInteger("hostile.tries", 200);
    }

    /** Counts {@code value} under {@code label}, for the summary printed after the run. */
    void tally(String label, Object value) {
        synchronized (tallies) {
            tallies.computeIfAbsent(label, l -> new TreeMap<>()).merge(String.valueOf(value), 1, Integer::sum);
        }
    }

    static final long DEFAULT_SEED = 20_261_203L;

    /** Tries the property; throws an {@link AssertionError} naming the seed and the shrunk sample on a failure. */
    void forAll(Consumer<T> property) {
        // a fixed seed unless told otherwise: CI fails on a code change, never on the luck of the draw; the long
        // run (-Dhostile.tries=5000 -Dhostile.seed=…) explores other cases
        long seed = Long.getLong("hostile.seed", DEFAULT_SEED);
        int tries = tries();
        long started = System.nanoTime();
        for (int i = 0; i < tries; i++) {
            long trySeed = seed + i;
            T sample = generator.apply(new Random(trySeed));
            Throwable failure = failure(property, sample);
            if (failure != null) {
                Shrunk<T> shrunk = shrink(property, sample, failure);
                AssertionError error = new AssertionError(name + " failed on try " + (i + 1) + " of " + tries
                        + " (rerun: -Dhostile.seed=" + trySeed + " -Dhostile.tries=1)\n  sample: " + sample
                        + "\n  shrunk in " + shrunk.steps() + " steps to: " + shrunk.sample()
                        + "\n  failure: " + shrunk.failure(), shrunk.failure());
                throw error;
            }
        }
        System.out.printf("%s: %d tries passed in %.1f s (seed %d)%n", name, tries,
                (System.nanoTime() - started) / 1e9, seed);
        tallies.forEach((label, counts) -> {
            System.out.println("  " + label + ":");
            counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                    .forEach(e -> System.out.printf("    %6d  %s%n", e.getValue(), e.getKey()));
        });
    }

    private record Shrunk<T>(T sample, Throwable failure, int steps) {
    }

    private Shrunk<T> shrink(Consumer<T> property, T sample, Throwable failure) {
        int steps = 0;
        boolean progress = true;
        while (progress && steps < MAX_SHRINK_STEPS) {
            progress = false;
            for (T candidate : simpler.apply(sample)) {
                Throwable f = failure(property, candidate);
                if (f != null) {
                    sample = candidate;
                    failure = f;
                    progress = true;
                    steps++;
                    break;
                }
            }
        }
        return new Shrunk<>(sample, failure, steps);
    }

    private static <T> Throwable failure(Consumer<T> property, T sample) {
        try {
            property.accept(sample);
            return null;
        } catch (Throwable t) {
            return t;
        }
    }
}
