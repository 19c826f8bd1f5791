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
        // dev grew on 2026-12-06 by the opened blind sets 440-444 and 530-534 and by 540-574 and 590-594; on 2026-12-04 by
        // the opened blind sets 160-164, 190-194, 210-214 and 230-234 and by 170-174, 180-184, 200-204, 220-224 and
        // 250-254, on 2026-12-05 by 240-244, 260-264, 330-334, 350-354 and 360-414; 370 (a province's measures cascaded
        // into a city table whose province cells span rows) and 313 (a table printed in two bands, its unit half on the
        // next page) are not read yet, nor are names in many PDF tables' wrapped cells and in Word tables, which keep
        // Enterprise, macro-F1 and link precision down
        assertThat(dev.get("tasks").recall()).isGreaterThanOrEqualTo(0.995);
        assertThat(dev.get("tasks").precision()).isGreaterThanOrEqualTo(0.995);
        assertThat(dev.get("titles").recall()).isGreaterThanOrEqualTo(0.995);
        assertThat(dev.get("responsibilities").f1()).isGreaterThanOrEqualTo(0.99);
        assertThat(dev.get("annexResponsibilities").f1()).isGreaterThanOrEqualTo(0.975);
        // (0.985 again since the narrow and banded PDF indicator tables of 531, 541, 562 and 591 are read)
        assertThat(dev.get("indicatorValues").recall()).isGreaterThanOrEqualTo(0.985);
        assertThat(dev.get("industryAcademia").recall()).isGreaterThanOrEqualTo(0.85);
        // (0.96 since 2026-12-08: the subject chain of SchoolTopics finds links many golds left out, 支持A学院与B公司联合攻关X
        // among them; 96.8 % of the links found are in the golds)
        assertThat(dev.get("industryAcademia").precision()).isGreaterThanOrEqualTo(0.96);
        assertThat(Evaluation.entityMacroF1(dev)).isGreaterThanOrEqualTo(0.96);
        // Industry and Region stay the weakest types: industries named only inside platform and project names, places
        // named only inside other names; Industry 0.94 (0.9396) on 2026-12-07 once the thirty documents written or opened
        // that evening (760-764, 780-784, 820-864) joined dev with what they still miss
        for (String type : DocumentScore.TYPES) {
            assertThat(dev.get(type).f1()).as(type).isGreaterThanOrEqualTo(0.93);
        }
    }

    @Test
    void heldOutDocumentsStayAtOrAboveTheirFloors() {
        // the blind held-out sets 640-644 and 940-944 together, as read by the lead at the end of the session that opened
        // 920-924 into dev (2026-12-08 03:45, aggregates only; corpus/SPLITS.md), rounded down: a floor against
        // regressions, not a target
        assertThat(heldOut.get("tasks").recall()).isGreaterThanOrEqualTo(0.99);
        assertThat(heldOut.get("tasks").precision()).isGreaterThanOrEqualTo(0.99);
        assertThat(heldOut.get("titles").recall()).isGreaterThanOrEqualTo(0.99);
        assertThat(heldOut.get("responsibilities").f1()).isGreaterThanOrEqualTo(0.99);
        assertThat(heldOut.get("annexRows").recall()).isGreaterThanOrEqualTo(0.99);
        assertThat(heldOut.get("annexResponsibilities").f1()).isGreaterThanOrEqualTo(0.99);
        // 86.7 %: 941's indicator annex (a GB18030 若干措施) is not read, its layout unknown (the set is blind); the
        // acceptance's 100 % is not met
        assertThat(heldOut.get("indicatorValues").recall()).isGreaterThanOrEqualTo(0.86);
        assertThat(Evaluation.entityMacroF1(heldOut)).isGreaterThanOrEqualTo(0.94);
        // links 75.0 % over the ten (63.9 % on 940-944 alone, the same with the last session's rules), 99.0 % right
        assertThat(heldOut.get("industryAcademia").recall()).isGreaterThanOrEqualTo(0.75);
        assertThat(heldOut.get("industryAcademia").precision()).isGreaterThanOrEqualTo(0.99);
        for (String type : DocumentScore.TYPES) {
            if (type.equals("Industry")) {
                // Industry is what every blind set misses most (0.85 over the ten, recall 0.76; 0.84 on 940-944 alone, 0.83
                // with the last session's rules): the set is blind, so what it misses is not known; the acceptance's 0.90
                // is not met
                assertThat(heldOut.get(type).f1()).as(type).isGreaterThanOrEqualTo(0.80);
            } else {
                assertThat(heldOut.get(type).f1()).as(type).isGreaterThanOrEqualTo(0.93);
            }
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
