package dev.collabgraph.loader.text;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** A document copied from a web page, as the cleaner hands it on. */
class WebExportTest {
    private static String clean(String text) {
        return Cleaner.clean(Decoder.decode("page.txt", text.getBytes(StandardCharsets.UTF_8))).text();
    }

    @Test
    void turnsPipeRowsIntoTabRowsAndDropsTheRuleUnderTheHeader() {
        assertThat(clean("| 序号 | 任务 | 牵头单位 |\n| --- | :---: | --- |\n| 1 | 建设平台 | |\n| 2 | 培育企业 | 市科技局 |"))
                .isEqualTo("序号\t任务\t牵头单位\n1\t建设平台\t\n2\t培育企业\t市科技局");
    }

    @Test
    void dropsHtmlRemnants() {
        assertThat(clean("市科技局、<br>市财政局、<BR/>市税务局\n某某市人民政府&nbsp;&nbsp;\n2024年5月10日"))
                .isEqualTo("市科技局、市财政局、市税务局\n某某市人民政府\n2024年5月10日");
    }

    @Test
    void keepsEachPageFieldLineApartHoweverLong() {
        assertThat(clean("索引号：11610300MB1234567X/2024-00218 | 发布机构：某某市人民政府办公室\n"
                + "发文字号：某政办发〔2024〕18号 | 成文日期：2024-05-10\n"
                + "标题：某某市人民政府办公室关于印发某某市深化产学研协同创新实施方案的通知\n"
                + "各区县人民政府，市人民政府各工作部门：").split("\n"))
                .hasSize(4);
    }

    @Test
    void tellsPipeRowsFromOtherLines() {
        assertThat(WebExport.isPipeRow("| 1 | 任务 |")).isTrue();
        assertThat(WebExport.isPipeRow("|")).isFalse();
        assertThat(WebExport.isPipeRule("| --- | --- |")).isTrue();
        assertThat(WebExport.isPipeRule("| 1 | --- |")).isFalse();
        assertThat(WebExport.isFieldLine("首页 | 政务公开 | 政务服务")).isTrue();
        assertThat(WebExport.isFieldLine("| 1 | 任务 |")).isFalse();
    }
}
