package dev.collabgraph.loader.text;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** A portal's API answer saved as the document: the article inside the JSON is read, its HTML as a page's. */
class JsonDocumentTest {
    private static final String ARTICLE = "\\u003cp\\u003e一、强化创新平台\\u003c\\/p\\u003e\\r\\n"
            + "\\u003cp style\\u003d\\\"text-indent: 2em;\\\"\\u003e1.建设研究院。支持某州理工大学建设智能装备研究院，"
            + "全年新认定市级新型研发机构8家，推动校企共建联合实验室。（责任处室：基础研究处、资源配置处）\\u003c\\/p\\u003e\\r\\n"
            + "\\u003cp style\\u003d\\\"text-indent: 2em;\\\"\\u003e2.建设科技大市场。推动科技大市场与技术转移中心一体化运营，"
            + "完善技术经纪人培养体系。（责任处室：成果转化处）\\u0026nbsp;\\u003c\\/p\\u003e";

    @Test
    void theArticleOfAnApiAnswerIsReadAsItsPageAndItsNumberSetAboveIt() {
        String json = "{\"code\":200,\"data\":{\"title\":\"某州市科学技术局关于印发工作要点的通知\",\"docNo\":\"某科发〔2026〕3号\","
                + "\"viewCount\":1387,\"content\":\"" + ARTICLE + "\",\"attachments\":[]}}";
        SourceText read = DocumentReader.decode("answer.txt", json.getBytes(StandardCharsets.UTF_8));
        assertThat(read.charset()).isEqualTo("json");
        assertThat(read.text()).startsWith("某科发〔2026〕3号\n").contains("\n一、强化创新平台\n1.建设研究院。")
                .contains("（责任处室：成果转化处）").doesNotContain("\\u003c", "<p", "viewCount");
    }

    @Test
    void aTextThatOnlyOpensWithABraceIsReadAsText() {
        String text = "{草稿} 某州市工作要点\n一、强化创新平台\n";
        SourceText read = DocumentReader.decode("draft.txt", text.getBytes(StandardCharsets.UTF_8));
        assertThat(read.text()).isEqualTo(text);
    }
}
