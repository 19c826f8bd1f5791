package dev.collabgraph.app.explore;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DocumentTextsTest {
    @Test
    void theSentenceAroundAQuoteIsCutFromItsWindowAtTheSentenceEnds() {
        String text = "前一句。支持中国矿业大学与徐工集团共建研究院；后一句。";
        int start = text.indexOf("中国矿业大学");
        int end = start + "中国矿业大学".length();
        int from = 2; // the window begins inside the first sentence
        String window = text.substring(from);
        assertThat(DocumentTexts.sentence(window, from, start, end)).isEqualTo("支持中国矿业大学与徐工集团共建研究院；");
    }

    @Test
    void aWindowWithoutSentenceEndsGivesTheWholeWindowAndAShortWindowNothing() {
        assertThat(DocumentTexts.sentence("共建研究院", 10, 12, 14)).isEqualTo("共建研究院");
        // where the sentence begins in the document, past the blank before it
        assertThat(DocumentTexts.locate("。\n  与甲大学合作，与甲大学共建。", 100, 112, 115))
                .isEqualTo(new DocumentTexts.Sentence("与甲大学合作，与甲大学共建。", 104));
        assertThat(DocumentTexts.sentence("共建", 10, 12, 14)).isNull();
        assertThat(DocumentTexts.sentence(null, 0, 0, 1)).isNull();
    }

    @Test
    void anAnnexRowsSentenceEndsWhereItsRowEndsNotInTheHeadingOrRowAfterIt() {
        String row1 = "1\t深化“放管服”改革\t实施市级相对集中行政许可改革，形成标准化审批流程\t编办 政务办";
        String row2 = "2\t推进科技管理创新\t围绕产业发展优化科技计划项目体系\t科技局 财政局";
        String text = "附件：2018年度重点工作任务\n序号\t主要任务\t重点工作\t责任单位\n一、创新政府服务方式\t\t\t\n"
                + row1 + "\n二、支持创新平台建设\t\t\t\n" + row2 + "\n三、促进科技成果转化\t\t\t\n";
        int start = text.indexOf(row1);
        assertThat(DocumentTexts.sentence(text, 0, start, start + row1.length())).isEqualTo(row1);
        int second = text.indexOf(row2);
        assertThat(DocumentTexts.sentence(text, 0, second, second + row2.length())).isEqualTo(row2);
        // a name in a row's last cell: that cell, not the heading under it
        int unit = text.indexOf("财政局");
        assertThat(DocumentTexts.sentence(text, 0, unit, unit + 3)).isEqualTo("科技局 财政局");
    }

    @Test
    void aSentenceWithoutAFullStopEndsAtItsLineAndANoteLineStaysApartFromTheItemAfterIt() {
        String text = "（一）创新政府服务方式\n\n1、深化改革。支持甲大学建设平台\n（责任单位：市科技局、财政局）\n\n2、推进科技管理创新。";
        int at = text.indexOf("甲大学");
        assertThat(DocumentTexts.sentence(text, 0, at, at + 3)).isEqualTo("支持甲大学建设平台");
        int unit = text.indexOf("财政局");
        assertThat(DocumentTexts.sentence(text, 0, unit, unit + 3)).isEqualTo("（责任单位：市科技局、财政局）");
        int heading = text.indexOf("创新政府");
        assertThat(DocumentTexts.sentence(text, 0, heading, heading + 4)).isEqualTo("（一）创新政府服务方式");
    }

    @Test
    void aLongLineOfProseWrappedAtAFixedWidthStaysOneSentence() {
        String text = "围绕装备制造产业支持徐工集团与中国矿业大学共建\n研究院，开展关键技术攻关。\n二、保障措施";
        int at = text.indexOf("研究院");
        assertThat(DocumentTexts.sentence(text, 0, at, at + 3))
                .isEqualTo("围绕装备制造产业支持徐工集团与中国矿业大学共建\n研究院，开展关键技术攻关。");
    }
}
