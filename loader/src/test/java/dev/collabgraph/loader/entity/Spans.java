package dev.collabgraph.loader.entity;

import static org.assertj.core.api.Assertions.assertThat;

/** Checks shared by document tests: spans lie in the text, surfaces are what the spans say. */
final class Spans {
    private Spans() {
    }

    static void assertConsistent(Extraction e) {
        int length = e.text().length();
        assertThat(e.result().mentions()).isNotEmpty().allSatisfy(m -> {
            assertThat(m.span().end()).isLessThanOrEqualTo(length);
            assertThat(e.text().substring(m.span().start(), m.span().end())).isEqualTo(m.surface());
        });
        assertThat(e.result().relations()).isNotEmpty().allSatisfy(r -> {
            assertThat(r.evidence().end()).isLessThanOrEqualTo(length);
            assertThat(r.evidence().length()).isPositive();
            assertThat(e.result().mentions()).anyMatch(m -> m.label() == r.fromLabel() && m.name().equals(r.from()));
            assertThat(e.result().mentions()).anyMatch(m -> m.label() == r.toLabel() && m.name().equals(r.to()));
        });
    }
}
