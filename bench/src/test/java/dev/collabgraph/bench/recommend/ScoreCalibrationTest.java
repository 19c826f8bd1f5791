package dev.collabgraph.bench.recommend;

import dev.collabgraph.app.recommend.Calibration;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ScoreCalibrationTest {
    @Test
    void isotonicSharesRiseWithTheScoreAndPoolWhatWouldFall() {
        List<IsotonicShares.Sample> samples = new ArrayList<>();
        // low scores: 5 partners in 400; middle: 30 in 300; a dip that would fall (5 in 250) after them; high: 60 in 250
        add(samples, 0.0, 400, 5);
        add(samples, 0.1, 300, 30);
        add(samples, 0.2, 250, 5);
        add(samples, 0.5, 250, 60);
        List<Calibration.Block> blocks = IsotonicShares.fit(samples);
        assertThat(blocks).extracting(Calibration.Block::share).isSorted();
        assertThat(blocks).allSatisfy(b -> assertThat(b.share()).isBetween(0.0, 1.0));
        // the dip is pooled with the middle: (30 + 5) / (300 + 250)
        assertThat(blocks).extracting(Calibration.Block::candidates).containsExactly(400L, 550L, 250L);
        assertThat(blocks.get(1).share()).isEqualTo(35.0 / 550);
        assertThat(blocks).extracting(Calibration.Block::partners).containsExactly(5L, 35L, 60L);
    }

    @Test
    void blocksTooSmallToSayMuchJoinANeighbour() {
        List<IsotonicShares.Sample> samples = new ArrayList<>();
        add(samples, 0.0, 1000, 10);
        add(samples, 0.3, 300, 30);
        // one pair alone at the top, a partner: 100% on one pair would overclaim
        add(samples, 0.9, 1, 1);
        List<Calibration.Block> blocks = IsotonicShares.fit(samples);
        assertThat(blocks).hasSize(2);
        assertThat(blocks.get(1).candidates()).isEqualTo(301);
        assertThat(blocks.get(1).to()).isEqualTo(0.9);
    }

    /** The fit takes about 20 s: every dev document of the gold corpus is extracted and every link hidden once. */
    @Test
    void theFittingCommandReproducesTheShippedTable() throws IOException {
        ScoreCalibration.Fit fit = ScoreCalibration.fit(ScoreCalibration.devDocuments(Path.of("..", "corpus")));
        String made = ScoreCalibration.table(fit, "corpus/", LocalDate.now());
        assertThat(withoutDate(made))
                .as("the shipped table is stale (the extraction or the scorer changed): rebuild it with "
                        + ScoreCalibration.COMMAND)
                .isEqualTo(withoutDate(shipped()));
    }

    private static String shipped() throws IOException {
        try (InputStream in = Calibration.class.getResourceAsStream(Calibration.RESOURCE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The table but the line saying when it was made. */
    private static String withoutDate(String table) {
        return table.lines().map(l -> l.startsWith(ScoreCalibration.MADE) ? l.substring(0, ScoreCalibration.MADE.length())
                + l.substring(l.indexOf('.', ScoreCalibration.MADE.length())) : l).reduce("", (a, b) -> a + b + "\n");
    }

    private static void add(List<IsotonicShares.Sample> samples, double score, int candidates, int partners) {
        for (int i = 0; i < candidates; i++) {
            samples.add(new IsotonicShares.Sample(score, i < partners));
        }
    }
}
