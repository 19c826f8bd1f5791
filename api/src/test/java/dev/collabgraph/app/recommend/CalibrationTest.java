package dev.collabgraph.app.recommend;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CalibrationTest {
    @Test
    void theShippedTableRisesWithTheScoreAndStaysWithinZeroAndOne() {
        Calibration shipped = Calibration.shipped();
        assertThat(shipped.blocks()).hasSizeGreaterThan(3);
        assertThat(shipped.blocks()).extracting(Calibration.Block::share).isSorted()
                .allSatisfy(s -> assertThat(s).isBetween(0.0, 1.0));
        double before = -1;
        for (double raw = 0; raw <= 3; raw += 0.001) {
            double calibrated = shipped.of(raw);
            assertThat(calibrated).isBetween(0.0, 1.0).isGreaterThanOrEqualTo(before);
            before = calibrated;
        }
        // the highest scores mean more than the lowest
        assertThat(shipped.of(2.0)).isGreaterThan(shipped.of(0.0));
    }

    @Test
    void aScoreTakesItsBlocksShareAndOneBetweenBlocksTheLowerOnes() {
        Calibration table = new Calibration(List.of(new Calibration.Block(0, 0.1, 0.01, 500, 5),
                new Calibration.Block(0.2, 0.4, 0.2, 300, 60), new Calibration.Block(0.5, 1.5, 0.6, 200, 120)));
        assertThat(table.of(-1)).isEqualTo(0.01);
        assertThat(table.of(0.05)).isEqualTo(0.01);
        assertThat(table.of(0.15)).isEqualTo(0.01);
        assertThat(table.of(0.2)).isEqualTo(0.2);
        assertThat(table.of(0.45)).isEqualTo(0.2);
        assertThat(table.of(9)).isEqualTo(0.6);
    }

    @Test
    void aTableThatFallsOrLeavesZeroToOneIsRefused() {
        assertThatThrownBy(() -> new Calibration(List.of(new Calibration.Block(0, 0.1, 0.3, 500, 150),
                new Calibration.Block(0.2, 0.4, 0.2, 300, 60)))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Calibration(List.of(new Calibration.Block(0, 0.1, 1.2, 500, 5))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Calibration.parse("# no columns\n0\t1\t0.5\t2\t1\n"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theMeaningIsSaidInTheLanguageAsked() {
        assertThat(Calibration.meaning(0.1234, "zh")).isEqualTo("约 12% 的同类组合在文件中确有合作");
        assertThat(Calibration.meaning(0.034, "en")).isEqualTo("about 3.4% of pairs scored like this are partners in the documents");
        assertThat(Calibration.meaning(0.0007, "zh")).isEqualTo("约 0.07% 的同类组合在文件中确有合作");
    }
}
