package dev.collabgraph.app.analysis;

import com.fasterxml.jackson.databind.JsonNode;
import dev.collabgraph.app.http.WithSeededServer;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The gaps of places, universities, platforms, parks, annex rows and figures against the seed. */
class PlaceAndConsistencyGapsIT extends WithSeededServer {
    @Test
    void divisionsTheDocumentNeverNamesAreGapsAndOnlyThreeHaveAProvincialZone() throws Exception {
        Map<String, Map<String, JsonNode>> byDivision = new LinkedHashMap<>();
        rows("findUncoveredDivisions").forEach(r -> byDivision.put(r.get("division").asText(), r));
        assertThat(byDivision.get("云龙区").get("missing")).extracting(JsonNode::asText)
                .containsExactly("provincial park", "industry cluster", "task");
        // 泉山区 is named through its government, a responsible unit of tasks 4 and 8
        assertThat(byDivision.get("泉山区").get("tasks")).extracting(JsonNode::asInt).contains(4, 8);
        assertThat(byDivision.get("泉山区").get("missing")).extracting(JsonNode::asText).doesNotContain("task");
        assertThat(byDivision.get("鼓楼区").get("missing")).extracting(JsonNode::asText)
                .containsExactly("industry cluster");
        assertThat(byDivision).doesNotContainKeys("邳州市", "新沂市");
        assertThat(byDivision.values().stream().filter(r -> r.get("parks").isEmpty()).map(r -> r.get("division")
                .asText())).containsExactlyInAnyOrder("云龙区", "泉山区", "贾汪区", "铜山区", "丰县", "沛县", "睢宁县");
    }

    @Test
    void universitiesWithoutIndustryPartnersAreTheFarOnesAndTheNewCampuses() throws Exception {
        assertThat(rows("findIsolatedUniversities")).extracting(r -> r.get("university").asText())
                .contains("清华大学", "复旦大学", "中国科学院", "徐州幼儿师范高等专科学校")
                .doesNotContain("中国矿业大学", "江苏师范大学", "徐州医科大学");
    }

    @Test
    void annexRowsThatChangeUnitsOrTitlesAreListed() throws Exception {
        Map<Integer, Map<String, JsonNode>> units = new LinkedHashMap<>();
        rows("findAnnexUnitChanges").forEach(r -> units.put(r.get("task").asInt(), r));
        assertThat(units.get(3).get("added")).extracting(JsonNode::asText).containsExactly("规划局");
        assertThat(units.get(18).get("dropped")).extracting(JsonNode::asText).contains("法院", "检察院", "公安局");
        assertThat(units).doesNotContainKeys(4, 21, 22);
        Map<Integer, String> titles = new LinkedHashMap<>();
        rows("findAnnexTitleChanges").forEach(r -> titles.put(r.get("task").asInt(), r.get("annexTitle").asText()));
        assertThat(titles).containsEntry(7, "加强关键技术攻关").containsEntry(20, "推动金融科技双向融合")
                .doesNotContainKeys(1, 2, 12);
    }

    @Test
    void theTrademarkTargetIsGivenInTwoMagnitudesWithBothQuotes() throws Exception {
        List<Map<String, JsonNode>> rows = rows("findConflictingFigures");
        assertThat(rows).hasSize(1);
        Map<String, JsonNode> row = rows.get(0);
        assertThat(row.get("metric").asText()).isEqualTo("中国驰名商标拥有量");
        assertThat(row.get("conflict").asText()).isEqualTo("magnitude");
        assertThat(List.of(row.get("firstQuote").asText(), row.get("secondQuote").asText()))
                .containsExactlyInAnyOrder("中国驰名商标拥有量达24件", "中国驰名商标拥有量达20万件");
    }

    @Test
    void hostlessPlatformsAndEmptyParks() throws Exception {
        assertThat(rows("findPlatformsWithoutHosts")).extracting(r -> r.get("platform").asText())
                .contains("中美技术转移中心", "徐州产业技术研究院").doesNotContain("徐工研究院", "激光技术研发中心",
                        "淮海经济区医学健康产业研究院");
        assertThat(rows("findEmptyParks")).extracting(r -> r.get("park").asText())
                .contains("徐州高新区", "潘安湖科教创新区").doesNotContain("江苏生物技术与医药科技园");
    }

    private static List<Map<String, JsonNode>> rows(String gap) throws Exception {
        return GapRows.of(server, gap);
    }
}
