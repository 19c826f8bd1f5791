package dev.collabgraph.loader.structure;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A document copied from a government web page: page fields above it, links and imprint under it. */
class WebPageDocumentTest {
    private static final String PAGE = String.join("\n",
            "首页 | 政务公开 | 政务服务",
            "索引号：11610300MB1234567X/2024-00218 | 发布机构：某某市人民政府办公室",
            "发文字号：某政办发〔2024〕18号 | 成文日期：2024-05-10",
            "标题：某某市人民政府办公室关于印发某某市深化产学研协同创新实施方案的通知",
            "某某市人民政府办公室关于印发某某市深化产学研协同创新实施方案的通知",
            "各区县人民政府，市人民政府各工作部门、直属机构：",
            "现印发给你们，请认真贯彻执行。",
            "某某市人民政府办公室&nbsp;&nbsp;",
            "2024年5月10日",
            "一、重点任务",
            "（一）建设创新平台。支持平台建设。（牵头单位：市科技局；参与单位：市财政局）",
            "（二）培育创新企业。支持企业发展。（责任单位：市工信局）",
            "分享到：",
            "上一篇：某某市人民政府办公室关于做好春季农业生产工作的通知",
            "主办：某某市人民政府办公室　承办：某某市大数据管理中心");

    @Test
    void readsTheHeaderFromThePageFieldsAndTheTitleLine() {
        DocumentHeader header = Docs.parse(PAGE).header();
        assertThat(header.number()).isEqualTo("某政办发〔2024〕18号");
        assertThat(header.title()).isEqualTo("关于印发某某市深化产学研协同创新实施方案的通知");
        assertThat(header.date()).isEqualTo("2024-05-10");
    }

    @Test
    void endsTheBodyAtThePageLinksSoTheImprintIsNoNote() {
        DocumentStructure structure = Docs.parse(PAGE);
        assertThat(structure.tasks()).hasSize(2);
        assertThat(Docs.unitNames(structure, 2)).containsExactly("工信局");
    }
}
