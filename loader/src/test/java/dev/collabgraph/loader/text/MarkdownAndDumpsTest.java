package dev.collabgraph.loader.text;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** Documents kept in a form other than the page they were: a Markdown export, a text browser's dump, a mind map's outline. */
class MarkdownAndDumpsTest {
    @Test
    void aMarkdownExportIsReadAsThePageItRendersTo() {
        String markdown = """
                # 某某高新区2026年产学研工作要点

                > 📌 **文档说明**：正式文件以 某高管发〔2026〕5号 为准。维护人 [@某某](https://example.cn/u/1)

                **某某高新区管委会关于印发工作要点的通知**

                各项任务“牵头”后所列为牵头部门，“配合”后所列为配合部门。

                ## 一、总体目标

                | 序号 | 指标名称 | 单位 | 2025年 | 2026年目标 |
                | :---: | :--- | :---: | ---: | ---: |
                | 1 | 研发经费投入强度 | % | 6.8 | 7.2 |

                ## 二、重点任务

                ### （一）共建创新平台

                1. **建设某某湾实验室**
                   依托某某大学建设实验室。
                   - 牵头：科技创新局
                   - 配合：财政金融局、规划建设局
                   - [x] 1月完成方案论证

                1. **共建海工装备联合研究院**
                   支持某某大学与企业共建研究院。
                   - 牵头：科技创新局/配合：—

                ![image.png](https://example.cn/a.png)

                ### （二）加快成果转化

                1. **建设概念验证中心**
                   依托技术转移中心建设概念验证中心。
                   - 责任部门：科技创新局、经济发展局
                """;
        SourceText source = DocumentReader.decode("points.txt", markdown.getBytes(StandardCharsets.UTF_8));
        StructureSummary s = StructureSummary.of(source);

        // every item written 1. is numbered as rendered: on through its list, afresh in the next
        assertThat(s.tasks()).containsExactly("1 建设某某湾实验室", "2 共建海工装备联合研究院", "3 建设概念验证中心");
        assertThat(s.notes()).anyMatch(n -> n.startsWith("1: ") && n.contains("科技创新局/lead")
                && n.contains("财政金融局/co") && n.contains("规划建设局/co"));
        // two fields parted by a slash
        assertThat(s.notes()).anyMatch(n -> n.startsWith("2: ") && n.endsWith("科技创新局/lead"));
        assertThat(s.notes()).anyMatch(n -> n.startsWith("3: ") && n.contains("经济发展局"));
        assertThat(dev.collabgraph.loader.structure.StructureParser.parse(Cleaner.clean(source)).indicators())
                .hasSize(1);
    }

    @Test
    void aTextBrowsersDumpIsReadWithoutItsLinkNumbersAndAddresses() {
        String dump = """
                   [1]首页 [2]政务公开
                   某某县人民政府办公室关于印发行动方案的通知
                   各乡镇人民政府，[3]某某经济开发区管委会，县政府各部门：
                   首责单位牵头，协同单位配合。
                   1. 建设某某大学研究院。推动研究院实体化运行。（首责单位：[4]县科技局；协同单位：县财政局）
                   2. 打造创新服务综合体。建设综合体1家。（[5]某某经济开发区管委会首责，县科技局协同）
                   3. 支持企业建设研发机构。新增研发机构20家。（责任单位：县工业和信息化局、县科技局）

                References

                   1. https://www.example.gov.cn/
                   2. https://www.example.gov.cn/zwgk/
                   3. https://www.example.gov.cn/kfq/
                   4. https://www.example.gov.cn/kjj/
                   5. https://www.example.gov.cn/kfq/
                """;
        StructureSummary s = StructureSummary.of(DocumentReader.decode("dump.txt", dump.getBytes(StandardCharsets.UTF_8)));

        assertThat(s.tasks()).containsExactly("1 建设某某大学研究院", "2 打造创新服务综合体", "3 支持企业建设研发机构");
        // 首责 leads as 牵头 does
        assertThat(s.notes()).anyMatch(n -> n.startsWith("1: ") && n.contains("科技局/lead") && n.contains("财政局/co")
                && !n.contains("["));
        assertThat(s.notes()).anyMatch(n -> n.startsWith("2: ") && n.contains("某某经济开发区管委会/lead")
                && n.contains("科技局/co"));
    }

    @Test
    void aTableABrowserJoinedWithSingleSpacesAndWrappedIsReadRowByRow() {
        String dump = String.join("\n",
                "某某县科技创新行动方案",
                "一、重点任务",
                "1. 建设某某研究院。推动研究院实体化运行。（首责单位：县科技局）",
                "2. 打造创新服务综合体。建设综合体1家。（首责单位：某某经济开发区管委会）",
                "附件",
                "   2026年度重点任务清单",
                "   序号 重点任务 首责单位 协同单位 完成时限",
                "   1 建设某某研究院 县科技局 某某经济开发区管委会、县财政局 2026年12",
                "   月",
                "   2 打造创新服务综合体 某某经济开发区管委会 县科技局、县市场监",
                "   管局 2026年12月",
                "   3 开展校企对接活动 县科技局、县教育体育局（共同负责） 2026年12月",
                "   4 实施企业培育行动 县科技局 县财政局、县税务局",
                "   2026年12月",
                "",
                "   注：第3项由所列单位按职责分工共同负责。");
        SourceText source = DocumentReader.decode("dump.txt", dump.getBytes(StandardCharsets.UTF_8));
        StructureSummary s = StructureSummary.of(source);

        // a wrap inside a word is glued back (县市场监 / 管局); a whole deadline on its own line is the next cell
        assertThat(s.annex()).hasSize(4);
        assertThat(s.annex().get(1)).contains("县市场监管局/co");
        // one cell across the two unit columns, its units sharing the work: an empty cell keeps the deadline in place
        assertThat(s.annex().get(2)).contains("县科技局/null").contains("县教育体育局/null");
        assertThat(s.annex().get(3)).contains("县科技局/lead").contains("县税务局/co");
    }

    @Test
    void aMindMapsTreeOutlineIsReadAsTheOutlineItDraws() {
        String tree = String.join("\n",
                "某某区2026年科技创新工作要点",
                "├─ 发文信息",
                "│  └─ 某某区人民政府办公室",
                "├─ 总体思路",
                "│  └─ 以建设校地协同创新示范区为牵引，聚焦集成电路、新材料、生物医药三大主导产业，推动高校院所创新资源与区内产业深度对接",
                "├─ 年度目标",
                "│  ├─ 技术合同成交额：18亿元（2025年：13.5亿元）",
                "│  └─ 高新技术企业数量：260家（2025年：221家）",
                "├─ 一、平台载体",
                "│  ├─ 1. 推进某某大学研究院实体化运行",
                "│  │  ├─ 内容：完成研究院二期场地装修，组建两个研发中心，全年孵化",
                "│  │  │  科技型企业8家以上",
                "│  │  ├─ 牵头：区科技局",
                "│  │  └─ 配合：区财政局、某某高新区管委会",
                "│  └─ 2. 建设新材料中试基地",
                "│     ├─ 内容：建成中试基地，开放中试线3条",
                "│     ├─ 牵头单位",
                "│     │  ├─ 某某高新区管委会",
                "│     │  └─ 区科技局",
                "│     └─ 配合单位",
                "│        └─ 区发改局",
                "└─ 二、企业主体",
                "   └─ 3. 实施高新技术企业倍增计划",
                "      ├─ 内容：建立高企培育库",
                "      └─ 责任单位",
                "         ├─ 区科技局 🏷牵头",
                "         └─ 区财政局");
        SourceText source = DocumentReader.decode("map.txt", tree.getBytes(StandardCharsets.UTF_8));
        MappedText text = Cleaner.clean(source);

        // a node wrapped over two lines is one; a label over its units is a labelled list; a tag is the unit's role
        assertThat(text.text()).contains("全年孵化科技型企业8家以上").contains("牵头单位：某某高新区管委会、区科技局")
                .contains("区科技局（牵头）、区财政局").doesNotContain("├").doesNotContain("│");
        StructureSummary s = StructureSummary.of(source);
        assertThat(s.tasks()).containsExactly("1 推进某某大学研究院实体化运行", "2 建设新材料中试基地", "3 实施高新技术企业倍增计划");
        assertThat(s.notes()).anyMatch(n -> n.startsWith("2: ") && n.contains("某某高新区管委会/lead")
                && n.contains("区科技局/lead") && n.contains("区发改局/co"));
        assertThat(s.notes()).anyMatch(n -> n.startsWith("3: ") && n.contains("区科技局/lead") && n.contains("区财政局/co"));
        // the goals under their heading, the plan's year from its title
        assertThat(dev.collabgraph.loader.structure.StructureParser.parse(text).targets())
                .anyMatch(t -> t.metric().equals("技术合同成交额") && t.year() == 2026 && t.value() == 18.0);
    }
}
