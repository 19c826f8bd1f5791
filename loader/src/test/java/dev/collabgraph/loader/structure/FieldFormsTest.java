package dev.collabgraph.loader.structure;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A notice handing out a meeting's decisions on ruled forms (交办单), as a PDF prints them: value cells wrap in parallel. */
class FieldFormsTest {
    private static final String NOTICE = String.join("\n",
            "        某某县人民政府督查室",
            "                           某督〔2027〕3号",
            "                 关于交办县政府常务会议议定事项的通知",
            "县科技局、县财政局，某某高新区管委会：",
            "　　现将议定事项以交办单形式交办，请认真抓好落实。交办单中“承办单位”为牵头单位，“协办单位”为配合单位。",
            "                                                某某县人民政府督查室",
            "                                                  2027年4月12日",
            "",
            "交办事项（一）                                            编号：某督交〔2027〕3-1",
            "议定事项      关于推进某某县与某某大学共建新能源研究院的事项。会议同意由县",
            "              政府与某某大学共建研究院，年内完成首批团队入驻。",
            "承办单位      县科技局                     协办单位     县财政局、县发展改革委、某",
            "                                                        某高新区管委会",
            "督办领导      张某（副县长）               办结时限     2027年6月30日前",
            "交办事项（二）                                            编号：某督交〔2027〕3-2",
            "议定事项      关于建设某某储能产业园二期厂房的事项。会议要求加快建设。",
            "承办单位      某某高新技术产业开发区管理   协办单位     ——",
            "              委员会",
            "督办领导      李某（常务副县长）           办结时限     2027年8月31日前",
            "备　　注      请县人社局做好用工保障。",
            "",
            "（续上页）",
            "交办事项（三）                                            编号：某督交〔2027〕3-3",
            "议定事项      关于设立县科技成果转化基金的事项。会议同意设立基金。",
            "承办单位      县财政局                     协办单位     某某城投集团有限公司、县科",
            "                                                        技局",
            "督办领导      李某（常务副县长）、张某     办结时限     2027年12月31日前",
            "              （副县长）",
            "抄送：县委办公室。",
            "");

    @Test
    void eachFormIsAnItemTitledByItsFirstSentenceWithTheUnitsOfItsFieldsJoinedAcrossTheirWrappedLines() {
        DocumentStructure s = Docs.parse(NOTICE);
        assertThat(s.tasks()).extracting(TaskBlock::title).containsExactly(
                "关于推进某某县与某某大学共建新能源研究院的事项", "关于建设某某储能产业园二期厂房的事项", "关于设立县科技成果转化基金的事项");
        assertThat(Docs.roles(s, 1)).containsExactly("县科技局:lead", "县财政局:co", "县发展改革委:co", "某某高新区管委会:co");
        // an empty 协办 field still makes 承办 the lead
        assertThat(Docs.roles(s, 2)).containsExactly("某某高新技术产业开发区管理委员会:lead");
        assertThat(Docs.roles(s, 3)).containsExactly("县财政局:lead", "某某城投集团有限公司:co", "县科技局:co");
    }
}
