package dev.collabgraph.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code gaps} and {@code recommend} as a user runs them, on a store loaded with the seed by {@code load}. */
class AnalysisCommandsIT {
    @TempDir
    static Path dir;
    private static String db;

    @BeforeAll
    static void load() {
        db = dir.resolve("graph").toString();
        Cli.Run run = run("load", "--db", db, Path.of("..", "data", "xuzhou-2018-20.txt").toString());
        assertThat(run.code()).as(run.err()).isZero();
    }

    @Test
    void gapsWithoutANameListsEveryGapWithItsCount() {
        Cli.Run run = run("gaps", "--db", db);
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("findUncoveredDivisions").contains("findConflictingFigures")
                .containsPattern("findTasksWithFewUnits\\s+4\\s");
    }

    @Test
    void oneGapPrintsAsTableCsvAndJson() throws Exception {
        Cli.Run table = run("gaps", "findUncoveredDivisions", "--db", db);
        assertThat(table.code()).as(table.err()).isZero();
        assertThat(table.out()).contains("Gap 4").contains("云龙区").contains("provincial park");

        Cli.Run csv = run("gaps", "findTasksWithFewUnits", "--db", db, "--format", "csv");
        assertThat(csv.out()).startsWith("\uFEFF\"document\",\"task\",").contains("\"23\"").contains("\r\n");

        Cli.Run json = run("gaps", "findConflictingFigures", "--db", db, "--format", "json");
        JsonNode body = Json.MAPPER.readTree(json.out());
        assertThat(body.path("about").asText()).startsWith("Gap 7");
        assertThat(body.path("rows")).hasSize(1);
    }

    @Test
    void anUnknownGapIsAUsageErrorNamingTheGaps() {
        Cli.Run run = run("gaps", "noSuchGap", "--db", db);
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("no gap noSuchGap").contains("findEmptyParks");
    }

    @Test
    void recommendGivesRankedExplainedPartnersInJson() throws Exception {
        Cli.Run run = run("recommend", "徐工集团", "--db", db, "--format", "json", "--limit", "5");
        assertThat(run.code()).as(run.err()).isZero();
        JsonNode items = Json.MAPPER.readTree(run.out()).path("items");
        assertThat(items).hasSizeBetween(1, 5);
        for (JsonNode item : items) {
            assertThat(item.has("id") && item.has("name") && item.has("label") && item.has("score")).isTrue();
            assertThat(item.path("calibrated").asDouble(-1)).isBetween(0.0, 1.0);
            assertThat(item.path("explanation").has("sharedNeighbours")).isTrue();
            assertThat(item.path("explanation").has("paths")).isTrue();
            assertThat(item.path("explanation").has("quotes")).isTrue();
        }
    }

    @Test
    void recommendPrintsATableAndCsvAndRefusesAWrongKind() {
        Cli.Run table = run("recommend", "邳州", "--db", db);
        assertThat(table.code()).as(table.err()).isZero();
        assertThat(table.out()).contains("Partners for 邳州 (Region)").contains("score").contains("partners")
                .contains("are partners in the documents").containsPattern("\\d%");

        Cli.Run csv = run("recommend", "中国矿业大学", "--db", db, "--format", "csv", "--label", "Enterprise");
        assertThat(csv.code()).as(csv.err()).isZero();
        assertThat(csv.out()).startsWith("\uFEFF\"rank\",\"name\",\"label\",\"calibrated\",\"meaning\",\"score\",")
                .contains("\"Enterprise\"").doesNotContain("\"Park\"").contains("of pairs scored like this are partners");

        Cli.Run wrong = run("recommend", "徐工集团", "--db", db, "--label", "Enterprise");
        assertThat(wrong.code()).isEqualTo(2);
        assertThat(run("recommend", "无此单位", "--db", db).code()).isEqualTo(2);
    }

    private static Cli.Run run(String... args) {
        return Cli.run(args);
    }
}
