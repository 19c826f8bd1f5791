package dev.collabgraph.bench.eval;

import dev.collabgraph.loader.entity.EntityExtractor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The gold corpus scored as {@code bin/collabgraph eval} scores it, against floors: a rule change may move figures up,
 * never below these. The floors sit a little under the figures in {@code QUALITY.md}; raise them as the rules get
 * better (the goals are the ceiling we aim for, not what is asserted here).
 */
class QualityFloorTest {
    private static Map<String, Tally> dev;
    private static Map<String, Tally> heldOut;
    private static Map<String, Tally> bundled;

    @BeforeAll
    static void score() {
        List<DocumentScore> scores = Evaluation.run(Path.of("..", "corpus"), EntityExtractor.standard(), s -> { });
        dev = Evaluation.totals(scores.stream().filter(s -> !s.gold().heldOut()).toList());
        heldOut = Evaluation.totals(scores.stream().filter(s -> s.gold().heldOut()).toList());
        bundled = Evaluation.totals(scores.stream().filter(s -> s.name().startsWith("00-")).toList());
        assertThat(scores).hasSizeGreaterThanOrEqualTo(16);
        assertThat(scores.stream().filter(s -> s.gold().heldOut())).hasSizeGreaterThanOrEqualTo(4);
    }

    @Test
    void theBundledDocumentsStructureStaysPerfect() {
        assertThat(bundled.get("tasks").recall()).isEqualTo(1.0);
        assertThat(bundled.get("tasks").precision()).isEqualTo(1.0);
        assertThat(bundled.get("titles").recall()).isEqualTo(1.0);
        assertThat(bundled.get("responsibilities").f1()).isEqualTo(1.0);
        assertThat(bundled.get("annexResponsibilities").f1()).isEqualTo(1.0);
        assertThat(bundled.get("indicatorValues").recall()).isGreaterThanOrEqualTo(0.97);
    }

    @Test
    void devDocumentsStayAtOrAboveTheirFloors() {
        assertThat(dev.get("tasks").recall()).isGreaterThanOrEqualTo(0.99);
        assertThat(dev.get("tasks").precision()).isGreaterThanOrEqualTo(0.99);
        assertThat(dev.get("titles").recall()).isGreaterThanOrEqualTo(0.99);
        assertThat(dev.get("responsibilities").f1()).isGreaterThanOrEqualTo(0.99);
        assertThat(dev.get("annexResponsibilities").f1()).isGreaterThanOrEqualTo(0.99);
        assertThat(dev.get("indicatorValues").recall()).isGreaterThanOrEqualTo(0.95);  // 95.1 % since 60-64 and 90-94 joined dev (prose goals chained over years, arrows)
        // the figures on the 31 dev documents (2026-12-03, with 20-27 moved in from held-out), rounded down
        // dev grew by 40-44 and 70-74, then by the opened blind set 60-64 and the new layouts 90-94 (2026-12-03): links
        // 75.9 %, 95.9 % of those found; entity macro-F1 94.8 %
        assertThat(dev.get("industryAcademia").recall()).isGreaterThanOrEqualTo(0.75);
        assertThat(dev.get("industryAcademia").precision()).isGreaterThanOrEqualTo(0.955);
        assertThat(Evaluation.entityMacroF1(dev)).isGreaterThanOrEqualTo(0.945);
        // 0.925: Enterprise, Park and Industry sit at 0.93
        for (String type : DocumentScore.TYPES) {
            assertThat(dev.get(type).f1()).as(type).isGreaterThanOrEqualTo(0.925);
        }
    }

    @Test
    void heldOutDocumentsStayAtOrAboveTheirFloors() {
        // the blind held-out set 80-84 (2026-12-03, corpus/SPLITS.md), rounded down: far from the goals, a
        // floor against regressions, not a target
        assertThat(heldOut.get("tasks").recall()).isGreaterThanOrEqualTo(0.33);
        assertThat(heldOut.get("tasks").precision()).isGreaterThanOrEqualTo(0.85);
        assertThat(heldOut.get("titles").recall()).isGreaterThanOrEqualTo(0.33);
        assertThat(heldOut.get("responsibilities").f1()).isGreaterThanOrEqualTo(0.19);
        assertThat(heldOut.get("annexResponsibilities").f1()).isGreaterThanOrEqualTo(0.99);
        assertThat(heldOut.get("indicatorValues").recall()).isGreaterThanOrEqualTo(0.86);
        assertThat(Evaluation.entityMacroF1(heldOut)).isGreaterThanOrEqualTo(0.74);
        assertThat(heldOut.get("industryAcademia").recall()).isGreaterThanOrEqualTo(0.47);
        // 87.8 % since the two documents once refused are read for their names (more links found, some wrong)
        assertThat(heldOut.get("industryAcademia").precision()).isGreaterThanOrEqualTo(0.87);
        for (String type : DocumentScore.TYPES) {
            assertThat(heldOut.get(type).f1()).as(type).isGreaterThanOrEqualTo(0.52);
        }
    }

    @Test
    void theBundledDocumentsEntitiesStayAtOrAboveTheirFloors() {
        assertThat(Evaluation.entityMacroF1(bundled)).isGreaterThanOrEqualTo(0.96);
        for (String type : DocumentScore.TYPES) {
            // the acceptance asks 0.95 for every type; the floor sits just under so that rounding does not flap
            assertThat(bundled.get(type).f1()).as(type).isGreaterThanOrEqualTo(0.945);
        }
    }
}
