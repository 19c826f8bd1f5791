package dev.collabgraph.loader.structure;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A task list kept as a sheet too wide for its page, printed in two parts joined only by the repeated 序号. */
class SplitSheetsTest {

    @Test
    void aRowsTaskAndItsUnitsPrintedPagesApartAreJoinedByTheirNumber() {
        DocumentStructure s = Docs.parse("""
                某某市人民政府办公室关于印发某某市产学研融合行动计划的通知
                各县（市、区）人民政府，市各有关部门：
                    现印发给你们，请认真贯彻落实。
                一、重点任务
                （一）建设研发机构。支持建设新型研发机构。（牵头单位：市科技局；配合单位：市财政局）
                附件：某某市产学研融合重点任务清单

                  序号    任务类别             重点任务                         主要举措及年度目标
                   1      平台载体   建设高水平新型研发机构        2026年新增新型研发机构4家
                   2      平台载体   组建产业创新联合体            2026年组建创新联合体
                                                                   2026年建成概念验证中心，2027年建成中试
                   3      平台载体   建设概念验证和中试服务平台

                  序号          牵头单位                     配合单位                  完成时限
                   1            市科技局            市财政局、某某高新区管委会       2028年12月
                   2        市工业和信息化局          市科技局、市发展改革委         2026年12月
                   3        某某高新区管委会          市科技局、市应急管理局         2027年12月
                """);
        assertThat(s.annex()).extracting(AnnexRow::number, AnnexRow::title).containsExactly(
                org.assertj.core.groups.Tuple.tuple(1, "建设高水平新型研发机构"),
                org.assertj.core.groups.Tuple.tuple(2, "组建产业创新联合体"),
                org.assertj.core.groups.Tuple.tuple(3, "建设概念验证和中试服务平台"));
        assertThat(Docs.roles(s.annex().get(1))).containsExactly("工业和信息化局:lead", "科技局:co", "发展改革委:co");
        assertThat(Docs.roles(s.annex().get(2))).containsExactly("某某高新区管委会:lead", "科技局:co", "应急管理局:co");
        assertThat(s.warnings()).noneMatch(w -> w.contains("its rows are not read"));
    }
}
