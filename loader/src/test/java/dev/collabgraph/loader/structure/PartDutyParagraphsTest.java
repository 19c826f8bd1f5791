package dev.collabgraph.loader.structure;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Task layouts whose duties stand apart from the items' own notes: closing 责任分工 paragraphs, duty parts, unit columns. */
class PartDutyParagraphsTest {
    @Test
    void aPartsClosingDivisionParagraphLabelledByItsKindAssignsItsItemsByBracketedNumber() {
        DocumentStructure s = Docs.parse("""
                某某区2027年科技工作要点
                一、建设创新平台
                （一）建设某某科学城。新增科研用房5万平方米。
                （二）支持新型研发机构。开展绩效评价。
                责任分工：第（一）项由区发展改革局牵头，区科技局配合；第（二）项由区科技局、区财政局负责。
                二、培育创新主体
                （三）实施高企倍增计划。新认定高企50家。
                （四）培育科技型中小企业。入库企业300家。
                任务分工：第（三）、（四）项由区科技局牵头，区税务局配合。
                三、强化保障
                各单位要细化举措。
                """);
        assertThat(s.tasks()).extracting(TaskBlock::title)
                .containsExactly("建设某某科学城", "支持新型研发机构", "实施高企倍增计划", "培育科技型中小企业");
        assertThat(Docs.roles(s, 1)).containsExactly("区发展改革局:lead", "区科技局:co");
        assertThat(Docs.unitNames(s, 2)).containsExactly("区科技局", "区财政局");
        assertThat(Docs.roles(s, 3)).containsExactly("区科技局:lead", "区税务局:co");
        assertThat(Docs.roles(s, 4)).containsExactly("区科技局:lead", "区税务局:co");
    }

    @Test
    void aDivisionPartListingUnitByUnitTheItemsEachLeadsOrAssistsByNumberGivesTheirNotes() {
        DocumentStructure s = Docs.parse("""
                某某市2027年科技工作要点
                一、强化平台建设
                （一）建设某某实验室。推动实验室扩容。
                （二）建设中试基地。建成基地2个。
                二、培育创新主体
                （三）培育高新技术企业。新增高企100家。
                （四）引进科技型企业。引进企业20家。
                三、责任分工
                市科技局：牵头第（一）、（三）项，配合第（二）、（四）项。
                市工信局：牵头第（二）项。
                市商务局：负责第（四）项。
                市财政局：配合第（一）项。
                """);
        assertThat(s.tasks()).extracting(TaskBlock::title)
                .containsExactly("建设某某实验室", "建设中试基地", "培育高新技术企业", "引进科技型企业");
        assertThat(Docs.roles(s, 1)).containsExactlyInAnyOrder("科技局:lead", "财政局:co");
        assertThat(Docs.roles(s, 2)).containsExactlyInAnyOrder("工信局:lead", "科技局:co");
        assertThat(Docs.roles(s, 4)).containsExactlyInAnyOrder("商务局:lead", "科技局:co");
    }

    @Test
    void unitsWithTheirLeadMarkedClosingAnItemsLineAfterItsLastSentenceAreItsNote() {
        DocumentStructure s = Docs.parse("""
                某某市2027年科技工作要点
                一、强化平台建设
                1.建设某某实验室。推动实验室扩容。　　　　市科技局（牵头）、市财政局
                2.建设中试基地。建成基地2个。　　　　市工信局（牵头）、市科技局
                二、培育创新主体
                3.培育高新技术企业。新增高企100家。　　　　市科技局（牵头）、市税务局
                """);
        assertThat(s.tasks()).extracting(TaskBlock::title)
                .containsExactly("建设某某实验室", "建设中试基地", "培育高新技术企业");
        assertThat(Docs.roles(s, 1)).containsExactly("科技局:lead", "财政局:co");
        assertThat(Docs.roles(s, 2)).containsExactly("工信局:lead", "科技局:co");
    }

    @Test
    void aSoleUnitsLeadMarkStaysWithItWhenTheNextFieldFollowsWithoutABlank() {
        DocumentStructure s = Docs.parse("""
                某某市2027年科技工作要点
                一、强化平台建设
                1.建设某某实验室。推动实验室扩容。
                责任单位：市科技局（牵头）完成时限：2027年12月
                2.建设中试基地。建成基地2个。
                责任单位：市工信局（牵头）、市科技局　完成时限：2027年6月
                """);
        assertThat(Docs.roles(s, 1)).containsExactly("科技局:lead");
        assertThat(Docs.roles(s, 2)).containsExactly("工信局:lead", "科技局:co");
    }

    @Test
    void aBracketAfterAUnitListNamingItsLeadGivesTheRolesAndIsNoPartOfAName() {
        DocumentStructure s = Docs.parse("""
                某某区2027年科技工作要点
                一、强化平台建设
                1.建设某某实验室——推动实验室扩容。责任单位：区科技局、区财政局（区科技局牵头）
                2.建设中试基地——建成基地2个。责任单位：区工信局、区科技局、区财政局（区工信局为牵头单位）
                """);
        assertThat(Docs.roles(s, 1)).containsExactly("区科技局:lead", "区财政局:co");
        assertThat(Docs.roles(s, 2)).containsExactly("区工信局:lead", "区科技局:co", "区财政局:co");
    }

    @Test
    void aNoteNamingItemsByTheirBracketedNumbersWithoutDiIsAGroupNoteAndNoItem() {
        DocumentStructure s = Docs.parse("""
                某某市2027年科技工作要点
                一、强化平台建设
                （一）建设某某实验室。推动实验室扩容。
                （二）建设中试基地。建成基地2个。
                （三）建设概念验证中心。建成中心1个。
                （一）至（三）项由市科技局牵头，市财政局配合。
                二、培育创新主体
                （四）培育高新技术企业。新增高企100家。
                （五）引进科技型企业。引进企业20家。
                （四）（五）项：市商务局牵头，市科技局配合。
                """);
        assertThat(s.tasks()).extracting(TaskBlock::title).containsExactly(
                "建设某某实验室", "建设中试基地", "建设概念验证中心", "培育高新技术企业", "引进科技型企业");
        assertThat(Docs.roles(s, 2)).containsExactly("科技局:lead", "财政局:co");
        assertThat(Docs.roles(s, 5)).containsExactly("商务局:lead", "科技局:co");
    }

    @Test
    void aPartHeadingsNoteNamingLeadAndAssistingUnitsIsTheWholeNoteOfItsItemsWithoutOne() {
        DocumentStructure s = Docs.parse("""
                某某市推进科技成果转化的实施意见
                一、提升转化能力（市科技局牵头，市教育局、市财政局配合）
                （一）开展赋权改革试点。支持高校开展试点。
                （二）完善转移服务体系。给予最高50万元补助。（市财政局牵头，市税务局配合）
                （三）壮大技术经理人队伍。每年培训200人次。
                二、强化主体地位
                （四）落实税收优惠政策。推动应享尽享。（市税务局负责）
                三、强化人才支撑（责任单位：市人社局、市委人才办）
                （五）引进高端人才。每年引进人才100名。
                """);
        assertThat(s.tasks()).extracting(TaskBlock::title)
                .containsExactly("开展赋权改革试点", "完善转移服务体系", "壮大技术经理人队伍", "落实税收优惠政策", "引进高端人才");
        assertThat(Docs.roles(s, 5)).containsExactly("人社局:null", "市委人才办:null");
        assertThat(s.warnings()).noneMatch(w -> w.contains("belongs to no task"));
        assertThat(Docs.roles(s, 1)).containsExactly("科技局:lead", "教育局:co", "财政局:co");
        assertThat(Docs.roles(s, 2)).containsExactly("财政局:lead", "税务局:co");
        assertThat(Docs.roles(s, 3)).containsExactly("科技局:lead", "教育局:co", "财政局:co");
    }

    @Test
    void aPartWhoseNoteLinesStandAboveEachOfItsItemsGivesEachItemTheLineAboveIt() {
        DocumentStructure s = Docs.parse("""
                某某市推进科技成果转化的实施意见
                一、提升转化能力
                （一）开展赋权改革试点。支持高校开展试点。（市科技局牵头，市教育局配合）
                （二）完善转移服务体系。给予最高50万元补助。（市财政局负责）
                二、强化主体地位
                牵头单位：市科技局；配合单位：市税务局
                （三）落实税收优惠政策。推动应享尽享。
                牵头单位：某某开发区管委会；配合单位：市科技局
                （四）建设孵化载体。打造接续孵化链条。
                牵头单位：市金融局；配合单位：市财政局
                （五）加大金融支持。推广科技贷产品。
                三、保障措施
                各单位要加强协同。
                """);
        assertThat(s.tasks()).extracting(TaskBlock::title)
                .containsExactly("开展赋权改革试点", "完善转移服务体系", "落实税收优惠政策", "建设孵化载体", "加大金融支持");
        assertThat(Docs.roles(s, 1)).containsExactly("科技局:lead", "教育局:co");
        assertThat(Docs.roles(s, 3)).containsExactly("科技局:lead", "税务局:co");
        assertThat(Docs.roles(s, 4)).containsExactly("某某开发区管委会:lead", "科技局:co");
        assertThat(Docs.roles(s, 5)).containsExactly("金融局:lead", "财政局:co");
        assertThat(Docs.task(s, 3).body().end()).isLessThan(s.notes().stream().filter(n -> n.taskNumber() == 4)
                .findFirst().orElseThrow().span().start());
    }

    @Test
    void aClosingDivisionNamingBracketedItemsAfterTheWordForTasksAssignsThem() {
        DocumentStructure s = Docs.parse("""
                某某区推进校地合作三年行动计划
                一、重点任务
                （一）共建研发机构。支持高校建设研究院。
                （二）建设中试基地。依托高校建设中试基地。
                （三）组建工程中心。推动校企联合组建工程中心。
                （四）建设实训基地。鼓励职业院校共建实训基地。
                二、组织实施
                重点任务（一）—（三）由区科技局牵头，区财政局配合；任务（四）由区教育局负责。各单位要加强协同。
                """);
        assertThat(s.tasks()).hasSize(4);
        assertThat(Docs.roles(s, 2)).containsExactly("区科技局:lead", "区财政局:co");
        assertThat(Docs.roles(s, 3)).containsExactly("区科技局:lead", "区财政局:co");
        assertThat(Docs.roles(s, 4)).containsExactly("区教育局:null");
    }

    @Test
    void aClosingDivisionNamingBareBracketedItemsOrItemsAfterALeadInAssignsThem() {
        String items = """
                某某区推进校地合作三年行动计划
                一、重点任务
                （一）共建研发机构。支持高校建设研究院。
                （二）建设中试基地。依托高校建设中试基地。
                （三）组建工程中心。推动校企联合组建工程中心。
                （四）建设实训基地。鼓励职业院校共建实训基地。
                二、组织实施
                """;
        DocumentStructure bare = Docs.parse(items + "（一）至（三）由区科技局牵头，区财政局配合；（四）由区教育局负责。各单位要加强协同。\n");
        assertThat(bare.tasks()).hasSize(4);
        assertThat(Docs.roles(bare, 1)).containsExactly("区科技局:lead", "区财政局:co");
        assertThat(Docs.roles(bare, 4)).containsExactly("区教育局:null");
        DocumentStructure ledIn = Docs.parse(items
                + "各项任务分工如下：第（一）至（三）项，区科技局牵头，区财政局配合；第（四）项，区教育局牵头，区人社局配合。\n");
        assertThat(ledIn.tasks()).hasSize(4);
        assertThat(Docs.roles(ledIn, 3)).containsExactly("区科技局:lead", "区财政局:co");
        assertThat(Docs.roles(ledIn, 4)).containsExactly("区教育局:lead", "区人社局:co");
    }
}
