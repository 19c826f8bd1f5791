package dev.collabgraph.app.http;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Which routes the shedder bounds, and how tightly. */
class LoadShedderTest {
    @Test
    void pathSearchesAndRecommendationsHaveTheCostlyBoundOtherRoutesDoNot() {
        assertThat(LoadShedder.isCostly("/api/paths")).isTrue();
        assertThat(LoadShedder.isCostly("/api/recommendations")).isTrue();
        assertThat(LoadShedder.isCostly("/api/recommendations.csv")).isTrue();
        assertThat(LoadShedder.isCostly("/api/pathsX")).isFalse();
        assertThat(LoadShedder.isCostly("/api/nodes/university:x")).isFalse();
        assertThat(LoadShedder.isCostly("/api/search")).isFalse();
        assertThat(LoadShedder.usesDatabase("/api/health")).isFalse();
        assertThatThrownBy(() -> new LoadShedder(4, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
