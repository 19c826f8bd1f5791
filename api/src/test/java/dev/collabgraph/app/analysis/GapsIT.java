package dev.collabgraph.app.analysis;

import com.fasterxml.jackson.databind.JsonNode;
import dev.collabgraph.app.http.WithSeededServer;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Each coverage gap against the seed, with the rows the document itself gives. */
class GapsIT extends WithSeededServer {
    @Test
    void theListNamesEveryGapWithItsDefinitionAndCount() throws Exception {
        JsonNode gaps = countedGaps();
        Map<String, JsonNode> byName = new LinkedHashMap<>();
        gaps.forEach(g -> byName.put(g.path("name").asText(), g));
        assertThat(byName).containsKeys("findTasksWithFewUnits", "countUnitLoad", "findTasksWithoutTargets",
                "findTargetsWithoutUnits", "findIndustriesWithoutResearch", "findUncoveredDivisions",
                "findIsolatedUniversities", "findAnnexUnitChanges", "findAnnexTitleChanges", "findConflictingFigures",
                "findPlatformsWithoutHosts", "findEmptyParks");
        // Chinese first: a request that names no language is answered in Chinese, without English words
        assertThat(byName.values()).allSatisfy(g -> {
            assertThat(g.path("about").asText()).startsWith("缺口").hasSizeGreaterThan(60).doesNotContainPattern("[A-Za-z]{3,}");
            assertThat(g.path("title").asText()).isNotBlank().doesNotContainPattern("[A-Za-z]{3,}");
        });
        assertThat(byName.get("findTasksWithFewUnits").path("count").asInt()).isEqualTo(4);
    }

    @Test
    void theTitlesAndDefinitionsComeInEnglishWhenAsked() throws Exception {
        JsonNode gaps = Get.of(server, "/api/gaps?lang=en").json().path("gaps");
        assertThat(gaps).hasSize(12).allSatisfy(g -> {
            assertThat(g.path("about").asText()).startsWith("Gap ").hasSizeGreaterThan(120);
            assertThat(g.path("title").asText()).matches("[A-Z][a-z].*"); // Chinese only where it quotes the document
        });
        JsonNode one = Get.of(server, "/api/gaps/findEmptyParks?lang=en").json();
        assertThat(one.path("about").asText()).startsWith("Gap 8");
        assertThat(Get.of(server, "/api/gaps/findEmptyParks").json().path("about").asText()).startsWith("缺口8");
    }

    /** The list once every count is in: they are made in the background, and the list says null until then. */
    private JsonNode countedGaps() throws Exception {
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (true) {
            JsonNode gaps = Get.of(server, "/api/gaps").json().path("gaps");
            boolean counted = true;
            for (JsonNode gap : gaps) {
                counted &= gap.path("count").isInt();
            }
            if (counted || System.nanoTime() > deadline) {
                return gaps;
            }
            Thread.sleep(500);
        }
    }

    @Test
    void tasks23To26HaveNoResponsibleUnitAndNoOtherTaskHasFewerThanTwo() throws Exception {
        List<Map<String, JsonNode>> rows = rows("findTasksWithFewUnits");
        assertThat(rows).extracting(r -> r.get("task").asInt()).containsExactly(23, 24, 25, 26);
        assertThat(rows).allMatch(r -> r.get("unitCount").asInt() == 0 && r.get("units").isEmpty());
    }

    @Test
    void theScienceBureauCarriesTheMostTasks() throws Exception {
        List<Map<String, JsonNode>> rows = rows("countUnitLoad");
        assertThat(rows.get(0).get("unit").asText()).isEqualTo("科技局");
        assertThat(rows.get(0).get("tasks").asInt()).isGreaterThanOrEqualTo(20);
        Map<String, JsonNode> quanshan = rows.stream().filter(r -> r.get("unit").asText().equals("泉山区")).findFirst()
                .orElseThrow();
        assertThat(quanshan.get("taskNumbers")).extracting(JsonNode::asInt).containsExactly(4, 8);
    }

    @Test
    void tasksWithoutTargetsIncludeTheSafeguardsAndTheGoalsHaveNoUnit() throws Exception {
        assertThat(rows("findTasksWithoutTargets")).extracting(r -> r.get("task").asInt())
                .contains(1, 2, 3, 23, 24, 25, 26).doesNotContain(4, 8, 16, 17);
        List<Map<String, JsonNode>> targets = rows("findTargetsWithoutUnits");
        assertThat(targets).extracting(r -> r.get("owner").asText()).containsOnly("工作目标");
        assertThat(targets).extracting(r -> r.get("quote").asText()).contains("科技进步贡献率达60%");
    }

    @Test
    void theFourEmergingIndustriesComeFirstWithoutResearchPartners() throws Exception {
        List<Map<String, JsonNode>> rows = rows("findIndustriesWithoutResearch");
        assertThat(rows.subList(0, 4)).extracting(r -> r.get("industry").asText())
                .containsExactlyInAnyOrder("新能源", "生物医药", "装备与智能制造", "集成电路与ICT");
        assertThat(rows.subList(0, 4)).allMatch(r -> r.get("priority").asBoolean());
        assertThat(rows.get(4).get("priority").asBoolean()).isFalse();
        // the Xugong laboratory and institute focus on equipment manufacturing
        assertThat(rows).extracting(r -> r.get("industry").asText()).doesNotContain("装备制造");
    }

    @Test
    void aGapDownloadsAsCsvAndAnUnknownGapIs404() throws Exception {
        Get csv = Get.of(server, "/api/gaps/findUncoveredDivisions?format=csv");
        assertThat(csv.contentType()).startsWith("text/csv").contains("utf-8");
        assertThat(csv.disposition()).contains("attachment").contains(".csv");
        assertThat(csv.text()).startsWith("\uFEFF\"division\",").contains("\"云龙区\"").contains("\r\n");
        assertThat(Get.of(server, "/api/gaps/noSuchGap").status()).isEqualTo(404);
        assertThat(Get.of(server, "/api/gaps/findEmptyParks?format=xml").json().path("details").path("parameter")
                .asText()).isEqualTo("format");
    }

    private static List<Map<String, JsonNode>> rows(String gap) throws Exception {
        return GapRows.of(server, gap);
    }
}
