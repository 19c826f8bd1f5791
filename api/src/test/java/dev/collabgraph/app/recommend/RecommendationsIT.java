package dev.collabgraph.app.recommend;

import com.fasterxml.jackson.databind.JsonNode;
import dev.collabgraph.app.analysis.Get;
import dev.collabgraph.app.http.WithSeededServer;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static dev.collabgraph.app.analysis.Get.enc;
import static org.assertj.core.api.Assertions.assertThat;

/** Partner recommendations over real HTTP against the seed: ranked, explained, of complementary kinds. */
class RecommendationsIT extends WithSeededServer {
    @Test
    void xugongGetsUniversitiesAndPlatformsRankedAndExplained() throws Exception {
        JsonNode body = recommendations("enterprise:徐工集团", "");
        assertThat(body.path("entity").path("name").asText()).isEqualTo("徐工集团");
        JsonNode items = body.path("items");
        assertThat(items.size()).isGreaterThanOrEqualTo(3);
        // an enterprise is offered universities and research platforms; parks only when asked for
        assertThat(items).allMatch(i -> List.of("University", "Platform").contains(i.path("label").asText()));
        assertThat(body.path("offered")).extracting(JsonNode::asText).containsExactly("University", "Platform", "Park");
        assertThat(recommendations("enterprise:徐工集团", "&label=Park").path("items"))
                .isNotEmpty().allMatch(i -> i.path("label").asText().equals("Park"));
        assertRanked(items);
        assertThat(items.path(0).path("linked").asBoolean()).isFalse();
        JsonNode top = items.path(0);
        assertThat(top.path("explanation").path("sharedNeighbours").size()
                + top.path("explanation").path("sharedIndustries").size()).isPositive();
        assertThat(top.path("explanation").path("paths").path(0).path("nodes").path(0).path("id").asText())
                .isEqualTo("enterprise:徐工集团");
        assertThat(top.path("explanation").path("quotes")).isNotEmpty();
        // the mining university and Xugong's own institute are already linked: still listed, but pushed down
        JsonNode all = recommendations("enterprise:徐工集团", "&limit=50").path("items");
        List<String> linked = new ArrayList<>();
        all.forEach(i -> {
            if (i.path("linked").asBoolean()) {
                linked.add(i.path("name").asText());
            }
        });
        assertThat(linked).contains("中国矿业大学", "徐工研究院");
        assertThat(names(all).indexOf("中国矿业大学")).isGreaterThan(0);
    }

    @Test
    void theMiningUniversityGetsIndustrySidePartnersNotAlreadyLinkedFirst() throws Exception {
        JsonNode items = recommendations("university:中国矿业大学", "&limit=20").path("items");
        assertThat(items).isNotEmpty().allMatch(i -> i.path("label").asText().equals("Enterprise"));
        assertRanked(items);
        assertThat(items.path(0).path("linked").asBoolean()).isFalse();
        int firstLinked = -1;
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).path("linked").asBoolean() && firstLinked < 0) {
                firstLinked = i;
            }
        }
        assertThat(firstLinked).isNotZero();
        assertThat(items).allSatisfy(i -> assertThat(i.path("score").asDouble()).isPositive());
    }

    @Test
    void pizhouGetsPartnersThroughItsParkAndIndustries() throws Exception {
        JsonNode body = recommendations("region:邳州", "&label=Enterprise");
        assertThat(body.path("kinds")).extracting(JsonNode::asText).containsExactly("Enterprise");
        JsonNode all = recommendations("region:邳州", "").path("items");
        assertThat(all).isNotEmpty()
                .allMatch(i -> List.of("University", "Enterprise").contains(i.path("label").asText()));
        assertRanked(all);
        assertThat(all.path(0).path("explanation").path("paths")).isNotEmpty();
    }

    @Test
    void badParametersAre400AndUnknownEntities404() throws Exception {
        assertThat(Get.of(server, "/api/recommendations").json().path("details").path("parameter").asText())
                .isEqualTo("for");
        assertThat(Get.of(server, "/api/recommendations?for=" + enc("enterprise:无此企业")).status()).isEqualTo(404);
        Get wrongKind = Get.of(server, "/api/recommendations?for=" + enc("enterprise:徐工集团") + "&label=Enterprise");
        assertThat(wrongKind.status()).isEqualTo(400);
        assertThat(wrongKind.json().path("details").path("parameter").asText()).isEqualTo("label");
        assertThat(Get.of(server, "/api/recommendations?for=x&limit=0").status()).isEqualTo(400);
    }

    @Test
    void recommendationsDownloadAsQuotedCsvWithBom() throws Exception {
        Get csv = Get.of(server, "/api/recommendations?for=" + enc("university:中国矿业大学") + "&format=csv");
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.disposition()).contains("attachment; filename=");
        String[] lines = csv.text().split("\r\n");
        assertThat(lines[0]).isEqualTo("\uFEFF\"rank\",\"name\",\"label\",\"calibrated\",\"meaning\",\"score\","
                + "\"linked\",\"sharedNeighbours\",\"sharedIndustries\",\"paths\",\"quotes\",\"id\"");
        assertThat(lines.length).isGreaterThan(1);
        assertThat(lines[1]).startsWith("\"1\",\"").matches(".*\"0\\.\\d{4}\",\"约 [\\d.]+% 的同类组合在文件中确有合作\",\"\\d+\\.\\d{4}\".*");
        String english = Get.of(server, "/api/recommendations?for=" + enc("university:中国矿业大学") + "&format=csv&lang=en")
                .text().split("\r\n")[1];
        assertThat(english).contains("% of pairs scored like this are partners in the documents").doesNotContain("同类组合");
    }

    @Test
    void theCalibratedScoreStandsBesideTheRawOneAndKeepsTheOrder() throws Exception {
        JsonNode items = recommendations("enterprise:徐工集团", "&limit=50").path("items");
        assertThat(items).isNotEmpty();
        double before = Double.MAX_VALUE;
        for (JsonNode item : items) {
            double raw = item.path("score").asDouble();
            double calibrated = item.path("calibrated").asDouble();
            assertThat(item.has("calibrated")).isTrue();
            assertThat(calibrated).isBetween(0.0, 1.0).isEqualTo(Calibration.shipped().of(raw))
                    .isLessThanOrEqualTo(before);
            before = calibrated;
        }
        // the same order: ranked by the raw score, the calibrated one never rising down the list
        assertRanked(items);
    }

    private static JsonNode recommendations(String id, String more) throws Exception {
        Get get = Get.of(server, "/api/recommendations?for=" + enc(id) + more);
        assertThat(get.status()).as(get.text()).isEqualTo(200);
        return get.json();
    }

    private static void assertRanked(JsonNode items) {
        for (int i = 1; i < items.size(); i++) {
            assertThat(items.get(i).path("score").asDouble()).isLessThanOrEqualTo(items.get(i - 1).path("score").asDouble());
        }
    }

    private static List<String> names(JsonNode items) {
        List<String> out = new ArrayList<>();
        items.forEach(i -> out.add(i.path("name").asText()));
        return out;
    }
}
