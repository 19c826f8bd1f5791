package dev.collabgraph.bench;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LoadGeneratorTest {
    @Test
    void percentilesAreNearestRankOnTheSortedLatencies() {
        long[] millis = new long[100];
        for (int i = 0; i < millis.length; i++) {
            millis[i] = (i + 1) * 1_000_000L;
        }
        assertThat(LoadGenerator.percentile(millis, 0.50)).isEqualTo(50.0);
        assertThat(LoadGenerator.percentile(millis, 0.99)).isEqualTo(99.0);
        assertThat(LoadGenerator.percentile(new long[] {3_000_000L}, 0.99)).isEqualTo(3.0);
        assertThat(LoadGenerator.percentile(new long[0], 0.5)).isZero();
    }
}
