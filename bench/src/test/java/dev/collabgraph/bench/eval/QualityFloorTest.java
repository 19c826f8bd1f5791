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
        assertThat(dev.get("indicatorValues").recall()).isGreaterThanOrEqualTo(0.97);
        // dev grew by the opened blind set 80-84 (2026-12-03): its structure is read now, its names and links less so —
        // links 73.2 %, 95.2 % of those found; entity macro-F1 94.0 %, Platform and Industry 0.92; then by the new
        // layouts 110-114 (a work report, a joint meeting's member duties, a reply letter, a PDF layout export, an
        // agreement): links 72.1 %; then by 120-124 (a project guide, a two-city plan, a university's plan, a law
        // inspection report, a WeChat publicity list whose pairs stand only in its table's columns): 69.4 %
        assertThat(dev.get("industryAcademia").recall()).isGreaterThanOrEqualTo(0.69);
        assertThat(dev.get("industryAcademia").precision()).isGreaterThanOrEqualTo(0.95);
        assertThat(Evaluation.entityMacroF1(dev)).isGreaterThanOrEqualTo(0.94);
        for (String type : DocumentScore.TYPES) {
            assertThat(dev.get(type).f1()).as(type).isGreaterThanOrEqualTo(0.915);
        }
    }

    @Test
    void heldOutDocumentsStayAtOrAboveTheirFloors() {
        // the blind held-out set 100-104 as its writer first measured it (2026-12-03, corpus/SPLITS.md), rounded down:
        // far from the goals, a floor against regressions, not a target
        assertThat(heldOut.get("tasks").recall()).isGreaterThanOrEqualTo(0.55);
        assertThat(heldOut.get("tasks").precision()).isGreaterThanOrEqualTo(0.99);  // 100 % at the session's end
        assertThat(heldOut.get("titles").recall()).isGreaterThanOrEqualTo(0.48);
        assertThat(heldOut.get("responsibilities").f1()).isGreaterThanOrEqualTo(0.60);  // 0.61 at the session's end
        assertThat(heldOut.get("annexRows").recall()).isGreaterThanOrEqualTo(0.26);
        assertThat(heldOut.get("annexResponsibilities").f1()).isGreaterThanOrEqualTo(0.22);
        assertThat(heldOut.get("indicatorValues").recall()).isGreaterThanOrEqualTo(0.52);
        assertThat(Evaluation.entityMacroF1(heldOut)).isGreaterThanOrEqualTo(0.69);  // 69.7 % at the session's end
        assertThat(heldOut.get("industryAcademia").recall()).isGreaterThanOrEqualTo(0.24);
        assertThat(heldOut.get("industryAcademia").precision()).isGreaterThanOrEqualTo(0.79);
        for (String type : DocumentScore.TYPES) {
            assertThat(heldOut.get(type).f1()).as(type).isGreaterThanOrEqualTo(0.56);
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
