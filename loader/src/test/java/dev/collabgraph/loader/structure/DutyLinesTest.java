package dev.collabgraph.loader.structure;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DutyLinesTest {
    private static final String DOCUMENT = """
            某某区人民政府办公室关于印发某某区促进成果转化若干举措的通知
            各街道办事处，区政府各部门：
                现印发给你们，请认真贯彻落实。
            某某区促进成果转化若干举措
                一、搭建载体
                （一）建设转化服务站。设立某某成果转化服务站，提供一站式服务。
            ——区科技局：牵头制定建设方案；
            ——区住建局、某某科技城管委会：配合提供场地；
            ——某某大学：参与成果入站工作。
                （二）培育技术经理人。每年培养技术经理人100名。
            --区人社局：负责职称评价；
            —区市场监管局（知识产权局）：负责专利服务。
                二、强化保障
                （三）设立转化基金。发起设立转化基金。
            ——区财政局：牵头制定基金管理办法；
            ——某某产业投资集团有限公司：配合做好基金运作；
            ——目标：到2027年基金规模5亿元。
                三、附则
                本举措自印发之日起施行。
            """;

    @Test
    void unitsOnDashedLinesBelowATaskAreItsUnitsWithTheRoleTheirDutyOpensWith() {
        DocumentStructure s = Docs.parse(DOCUMENT);
        assertThat(s.tasks()).extracting(TaskBlock::title).containsExactly("建设转化服务站", "培育技术经理人", "设立转化基金");
        assertThat(Docs.roles(s, 1)).containsExactly("区科技局:lead", "区住建局:co", "某某科技城管委会:co", "某某大学:co");
        // 负责 says what the unit does, not whether it leads
        assertThat(Docs.roles(s, 2)).containsExactly("区人社局:null", "区市场监管局（知识产权局）:null");
        // a dashed line whose head names no unit (——目标：) adds nobody
        assertThat(Docs.roles(s, 3)).containsExactly("区财政局:lead", "某某产业投资集团有限公司:co");
    }
}
