package dev.collabgraph.loader.structure;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TaskSelectionTest {
    @Test
    void takesTasksByTheNotesTheyCarryWhateverTheirNumbering() {
        DocumentStructure doc = Docs.parse("""
                一、总体要求
                1.指导思想。坚持创新驱动。
                2.工作目标。到2025年，建成一批平台。
                二、重点任务
                （一）完善协同机制。建立联系制度。（市科技局牵头，市财政局配合）
                （二）支持高校服务地方。引导高校优化布局。（市教育局牵头）
                三、专项行动
                （一）高校赋能行动
                1.建设技术中心。依托高校建设中心。（市科技局牵头）
                2.提升平台开放水平。推动仪器共享。（市教育局牵头）
                （二）企业提升行动
                3.引导企业加大投入。落实加计扣除政策。（市科技局牵头）
                四、保障措施
                （一）加强组织领导。成立工作专班。
                （二）加大财政投入。安排专项资金。（市财政局牵头）
                """);
        assertThat(doc.tasks()).extracting(TaskBlock::title).containsExactly("完善协同机制", "支持高校服务地方", "建设技术中心", "提升平台开放水平", "引导企业加大投入", "加强组织领导", "加大财政投入");
        assertThat(doc.tasks()).extracting(TaskBlock::number).containsExactly(1, 2, 3, 4, 5, 6, 7);
        assertThat(doc.sections()).extracting(SectionBlock::title).contains("高校赋能行动", "企业提升行动")
                .doesNotContain("完善协同机制", "加大财政投入");
        assertThat(doc.warnings()).anyMatch(w -> w.contains("part 1") && w.contains("1.指导思想") && w.contains("not taken"));
    }

    @Test
    void givesTheNoteClosingAListToTheItemAboveTheList() {
        DocumentStructure doc = Docs.parse("""
                一、重点任务
                （一）建设创新平台。重点做好以下工作：
                1.建设实验室。
                2.建设研究院。（市科技局牵头，市财政局配合）
                （二）培育创新企业。主要包括：
                1.培育高新技术企业。
                2.培育领军企业。（市工信局牵头）
                """);
        assertThat(doc.tasks()).extracting(TaskBlock::title).containsExactly("建设创新平台", "培育创新企业");
        assertThat(Docs.unitNames(doc, 1)).containsExactly("科技局", "财政局");
    }

    @Test
    void aHeadingClosedByANoteOverNumberedItemsHeadsThemAndGivesThemItsNote() {
        DocumentStructure doc = Docs.parse("""
                一、推动协同创新
                （一）提升基础研究能力
                1.加大基础研究投入。扩大联合基金规模。【牵头单位：基础研究处】
                2.完善实验室体系。推动实验室重组。【牵头单位：基础研究处；配合单位：各市科技局】
                （二）组建创新联合体【牵头单位：高新技术处；配合单位：省国资委】
                1.实施创新联合体建设工程。支持领军企业牵头组建创新联合体。
                2.开展产学研合作专项行动。促成校企合作项目。【牵头单位：成果转化处】
                （三）深化科技金融结合。推广科技贷款。【牵头单位：资源配置处】
                """);
        assertThat(doc.tasks()).extracting(TaskBlock::title).containsExactly("加大基础研究投入", "完善实验室体系",
                "实施创新联合体建设工程", "开展产学研合作专项行动", "深化科技金融结合");
        assertThat(doc.sections()).extracting(SectionBlock::title).contains("组建创新联合体");
        assertThat(Docs.unitNames(doc, 3)).containsExactly("高新技术处", "省国资委");
        assertThat(Docs.roles(doc, 3)).containsExactly("高新技术处:lead", "省国资委:co");
        assertThat(Docs.unitNames(doc, 4)).containsExactly("成果转化处");
    }

    @Test
    void agreedItemsWithTheirNotesBeforeAListOfNextStepsAreTheWork() {
        DocumentStructure doc = Docs.parse("""
                科技创新工作简报
                县委常委会会议专题研究产学研合作工作
                4月16日，县委常委会召开会议，议定以下事项：
                （1）加快组建产业技术研究院。依托某某大学，年内完成注册。由县科技局牵头，县发改局、县财政局配合，6月底前完成注册。
                （2）推动校企联合攻关。支持企业与高校共建研究中心。由县林业局牵头，县科技局配合。
                （3）建设中试孵化基地。在经开区规划建设中试基地。由县经开区管委会负责。
                【下步安排】
                1.县科创办将对会议议定事项进行月度调度，每月通报进展。
                2.组织开展系列对接活动。
                """);
        assertThat(doc.tasks()).extracting(TaskBlock::title).containsExactly("加快组建产业技术研究院", "推动校企联合攻关",
                "建设中试孵化基地");
        assertThat(Docs.roles(doc, 1)).containsExactly("县科技局:lead", "县发改局:co", "县财政局:co");
    }

    @Test
    void takesTheHeadedArticlesOfAPlanButNotTheClausesOfARegulation() {
        DocumentStructure regulation = Docs.parse("""
                第一章 总则
                第一条 为促进协同创新，根据有关规定，制定本规定。
                第二条 本规定所称协同创新，是指企业与高校开展的合作活动。
                第二章 主要措施
                第三条 支持企业建设研发机构。给予奖励。责任单位：市科技局。
                第四条 推动成果转化。给予补助。由市科技局会同市财政局负责。
                第三章 附则
                第五条 本规定自发布之日起施行，由市科技局负责解释。
                """);
        assertThat(regulation.tasks()).extracting(TaskBlock::label).containsExactly("第三条", "第四条");
        DocumentStructure plan = Docs.parse("""
                第一章 总体要求
                第一条 指导思想。坚持创新驱动。
                第二条 基本原则。坚持企业主体。
                第二章 重点任务
                第三条 建设创新平台。支持高校建设平台。
                牵头单位：市科技局
                """);
        assertThat(plan.tasks()).extracting(TaskBlock::label).containsExactly("第一条", "第二条", "第三条");
    }

    @Test
    void keepsItemsThatContinueTheNumberingOfTasksWithNotes() {
        DocumentStructure doc = Docs.parse("""
                一、重点任务
                1.建设平台。内容。（责任单位：市科技局）
                2.培育企业。内容。（责任单位：市工信局）
                二、保障措施
                3.加强领导。内容。
                """);
        assertThat(doc.tasks()).extracting(TaskBlock::title).containsExactly("建设平台", "培育企业", "加强领导");
    }

    @Test
    void takesParagraphsOpeningWithYiShiAsTasksAndAHeadingWithItsOwnNoteToo() {
        DocumentStructure doc = Docs.parse("""
                一、重点工作
                （一）培育创新主体
                一是加强企业培育，建立梯次培育库。牵头单位：区科技局；协办单位：区财政局。
                二是推动研发机构全覆盖。牵头单位：区经信局。
                （二）建设创新平台。一是建设实验室，二是建设研究院。牵头单位：区科技局。
                """);
        assertThat(doc.tasks()).extracting(TaskBlock::title)
                .containsExactly("加强企业培育，建立梯次培育库", "推动研发机构全覆盖", "建设创新平台");
        assertThat(Docs.unitNames(doc, 1)).containsExactly("区科技局", "区财政局");
        assertThat(doc.sections()).extracting(SectionBlock::title).contains("培育创新主体");
    }

    @Test
    void takesTheItemsOfTheWorkPartsOnlyInADocumentWithoutNotes() {
        DocumentStructure doc = Docs.parse("""
                一、总体要求
                （一）指导思想。坚持创新驱动。
                二、重点任务
                （一）建设创新平台。支持高校建设平台。
                三、保障措施
                （一）加强组织领导。成立专班。
                """);
        assertThat(doc.tasks()).extracting(TaskBlock::title).containsExactly("建设创新平台");
    }

    @Test
    void itemsNumberedOnThroughThePartsAreTasksBesideAnotherFamilyAndAPartsNoteCoversThoseWithoutTheirOwn() {
        DocumentStructure doc = Docs.parse("""
                一、主要目标
                1.研发投入。全社会研发经费投入强度达到3%。
                二、深化创新平台建设
                （一）建设示范区。一是编制规划；二是完善服务。（责任单位：区科技局）
                （二）打造集聚区。一是推动扩容提质。（由区发改局负责）
                三、强化企业创新主体地位
                （三）实施高企倍增计划。一是建立培育库；二是给予奖励。
                （四）培育科技领军企业。一是遴选企业。
                以上任务由区科技局牵头，区经信局、区财政局配合。
                四、优化科技创新生态
                （五）加强科技人才引育。一是落实政策。（责任单位：区人社局）
                （六）营造创新氛围。一是办好大赛。（各镇人民政府、各街道办事处，区科协按职责分工负责）
                """);
        assertThat(doc.tasks()).extracting(TaskBlock::title).containsExactly("建设示范区", "打造集聚区", "实施高企倍增计划",
                "培育科技领军企业", "加强科技人才引育", "营造创新氛围");
        assertThat(Docs.roles(doc, 3)).containsExactly("区科技局:lead", "区经信局:co", "区财政局:co");
        assertThat(Docs.roles(doc, 4)).containsExactly("区科技局:lead", "区经信局:co", "区财政局:co");
        // a list set apart by a comma shares the work of the units after it
        assertThat(Docs.roles(doc, 6)).containsExactly("各镇人民政府:null", "各街道办事处:null", "区科协:null");
        assertThat(doc.warnings()).noneMatch(w -> w.contains("belongs to no task"));
    }
}
