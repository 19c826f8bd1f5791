package dev.collabgraph.app.analysis;

import com.fasterxml.jackson.databind.JsonNode;
import dev.collabgraph.app.http.WithSeededServer;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static dev.collabgraph.app.analysis.Get.enc;
import static org.assertj.core.api.Assertions.assertThat;

/** The industry–academia links and the named-query library over real HTTP against the seed. */
class IndustryAcademiaIT extends WithSeededServer {
    @Test
    void everyUniversityLinkToTheIndustrySideIsListedWithItsEvidence() throws Exception {
        JsonNode links = Get.of(server, "/api/links/industry-academia").json().path("links");
        List<String> pairs = new ArrayList<>();
        links.forEach(l -> pairs.add(l.path("university").asText() + " " + l.path("type").asText() + " "
                + l.path("partner").asText()));
        assertThat(pairs).contains("中国矿业大学 CO_PARTICIPATES 徐工集团", "中国矿业大学 HOSTS 矿大科技园",
                "江苏师范大学 HOSTS 激光技术研发中心", "徐州医科大学 RELIES_ON 淮海经济区医学健康产业研究院");
        assertThat(links).allSatisfy(l -> {
            assertThat(l.path("evidence")).isNotEmpty();
            assertThat(l.path("evidence").path(0).path("quote").asText()).isNotBlank();
        });
        JsonNode xugong = find(links, "徐工集团");
        assertThat(xugong.path("evidence").path(0).path("quote").asText()).contains("徐工集团、中国矿业大学");
        assertThat(xugong.path("industries")).extracting(JsonNode::asText).contains("装备制造");
    }

    @Test
    void linksFilterByUniversityAndByIndustry() throws Exception {
        JsonNode cumt = Get.of(server, "/api/links/industry-academia?university=" + enc("矿大")).json().path("links");
        assertThat(cumt).isNotEmpty().allMatch(l -> l.path("university").asText().equals("中国矿业大学"));
        JsonNode equipment = Get.of(server, "/api/links/industry-academia?industry=" + enc("装备制造")).json()
                .path("links");
        assertThat(equipment).extracting(l -> l.path("partner").asText()).containsExactly("徐工集团");
        assertThat(Get.of(server, "/api/links/industry-academia?industry=" + enc("不存在的产业")).json()
                .path("links")).isEmpty();
    }

    @Test
    void linksDownloadAsCsvForSpreadsheets() throws Exception {
        Get csv = Get.of(server, "/api/links/industry-academia?format=csv");
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.text()).startsWith("\uFEFF\"university\",\"type\",").contains("\"中国矿业大学\",\"HOSTS\"")
                .endsWith("\r\n");
        assertThat(csv.text().split("\r\n")).allMatch(line -> line.replace("\uFEFF", "").startsWith("\""));
    }

    @Test
    void theQueryLibraryListsNamedQueriesAndRunsOneWithParameters() throws Exception {
        JsonNode queries = Get.of(server, "/api/queries").json().path("queries");
        JsonNode links = find(queries, "links/listIndustryAcademiaLinks");
        assertThat(links.path("purpose").asText()).isNotBlank();
        assertThat(links.path("parameters")).extracting(p -> p.path("name").asText())
                .containsExactly("industry", "university", "limit");
        assertThat(queries).extracting(q -> q.path("name").asText()).contains("gaps/findUncoveredDivisions",
                "explore/listTasks").noneMatch(n -> n.startsWith("write/"));

        JsonNode result = Get.of(server, "/api/queries/links/listIndustryAcademiaLinks?university=" + enc("江苏师范大学"))
                .json();
        assertThat(result.path("columns")).extracting(JsonNode::asText).contains("university", "partner");
        assertThat(result.path("rows")).hasSize(2);

        JsonNode tasks = Get.of(server, "/api/queries/explore/listTasks?number=23").json();
        assertThat(tasks.path("rows")).hasSize(1);
        assertThat(Get.of(server, "/api/queries/explore/listTasks?number=many").json().path("details")
                .path("parameter").asText()).isEqualTo("number");
        assertThat(Get.of(server, "/api/queries/write/mergeEntityNodes").status()).isEqualTo(404);
        assertThat(Get.of(server, "/api/queries/explore/listTasks?number=23&format=csv").text())
                .startsWith("\uFEFF\"id\",");
    }

    private static JsonNode find(JsonNode list, String name) {
        for (JsonNode n : list) {
            if (n.path("name").asText().equals(name) || n.path("partner").asText().equals(name)) {
                return n;
            }
        }
        throw new AssertionError(name + " not in " + list);
    }
}
