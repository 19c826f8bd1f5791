package dev.collabgraph.loader.structure;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Notes that name no units of their own: they refer to another task's note, or share one among items in order. */
class ReferringNotesTest {

    @Test
    void aNoteSayingSameAsAboveOrSameAsItemNTakesThatTasksUnitsAndRoles() {
        DocumentStructure s = Docs.parse("""
                某某县人民政府办公室关于印发某某县校地合作行动方案的通知
                各乡镇人民政府，县直各部门：
                    现印发给你们。任务后所注责任单位列“同上”的，与上一项任务相同。
                某某县校地合作行动方案
                一、重点任务
                （一）搭建平台
                1．共建研究院。支持某某大学共建研究院。（牵头单位：县科技局；配合单位：县财政局）
                2．建设分中心。推动成果转化。（责任单位：同上）
                3．共建实验室。鼓励企业共建实验室。（县工信局牵头，县教育局配合）
                （二）推进转化
                4．实施攻关。每年遴选项目。（牵头单位、配合单位同第3项）
                5．开放设施。推动设备共享。（同上）
                6．发展金融。设立基金。（责任单位：县财政局）
                二、保障措施
                （一）加强领导。成立工作专班。
                """);
        assertThat(s.tasks()).hasSize(6);
        assertThat(Docs.roles(s, 2)).containsExactly("县科技局:lead", "县财政局:co");
        assertThat(Docs.roles(s, 4)).containsExactly("县工信局:lead", "县教育局:co");
        // 同上 after a reference follows it to the real note
        assertThat(Docs.roles(s, 5)).containsExactly("县工信局:lead", "县教育局:co");
        assertThat(s.notes()).flatExtracting(ResponsibilityNote::units).extracting(UnitRef::name)
                .noneMatch(name -> name.startsWith("同"));
    }

    @Test
    void itemsSharingANoteWithLeadsNamedRespectivelyTakeOneLeadEachInOrder() {
        DocumentStructure s = Docs.parse("""
                某某市科学技术局　某某市教育局关于印发2026年校企协同创新工作要点的通知
                各有关单位：
                    现印发给你们。要点中以“第（X）至（Y）项分别由……牵头”标注的，牵头单位依次对应各项，配合单位共同负责各项。
                2026年校企协同创新工作要点
                一、建设创新平台
                （一）建设研究院。推动研究院与高新区融合。（牵头单位：市科技局；配合单位：市财政局）
                （二）建设概念验证中心。依托大学建设概念验证中心。
                （三）布局中试基地。在高新区布局中试基地。
                （四）打造实训平台。推动学院共建实训平台。
                第（二）至（四）项分别由市科技局、市发展改革委、市教育局牵头，市财政局配合。
                二、促进成果转化
                （五）开展对接活动。组织高校与企业对接。（市教育局牵头，市科技局配合）
                """);
        assertThat(s.tasks()).hasSize(5);
        assertThat(Docs.roles(s, 2)).containsExactly("科技局:lead", "财政局:co");
        assertThat(Docs.roles(s, 3)).containsExactly("发展改革委:lead", "财政局:co");
        assertThat(Docs.roles(s, 4)).containsExactly("教育局:lead", "财政局:co");
        assertThat(Docs.roles(s, 5)).containsExactly("教育局:lead", "科技局:co");
    }

    @Test
    void aClosingDivisionNamingUntitledMeasuresByNumberGivesThemTheirNotesAndIsNoTask() {
        DocumentStructure s = Docs.parse("""
                某某市人民政府关于印发某某市支持科技创新若干措施的通知
                各县、区人民政府，市政府各部门：
                    现印发给你们，请认真贯彻执行。
                某某市支持科技创新若干措施
                一、培育创新主体
                1.对首次认定为高新技术企业的，给予20万元奖励。
                2.对迁入我市的高新技术企业，按首次认定标准给予奖励。
                二、建设创新平台
                3.对新认定的国家级重点实验室，给予500万元奖励。
                4.对高校院所与我市共建的新型研发机构，给予运营补助。
                任务分工
                第1—2项由市科技局牵头，市财政局配合。
                第3项由市科技局负责。
                第4项由市科技局、市教育局按职责分工负责。
                """);
        assertThat(s.tasks()).extracting(TaskBlock::label).containsExactly("1", "2", "3", "4");
        assertThat(Docs.roles(s, 1)).containsExactly("科技局:lead", "财政局:co");
        assertThat(Docs.roles(s, 2)).containsExactly("科技局:lead", "财政局:co");
        assertThat(Docs.roles(s, 4)).containsExactly("科技局:null", "教育局:null");
    }

    @Test
    void notesSetAboveTheirItemsUnderGroupHeadingsBelongToTheItemsNotTheHeadings() {
        DocumentStructure s = Docs.parse("""
                某某市科学技术局关于印发2026年产学研协同创新工作要点的通知
                各有关单位：
                    现印发给你们，请认真贯彻落实。
                2026年产学研协同创新工作要点
                一、重点任务
                （一）强化企业创新主体地位
                【市科技局牵头，市工业和信息化局配合】
                1.实施科技企业培育行动。建立培育库，全年新增入库企业600家。
                【市工业和信息化局牵头，市科技局配合】
                2.推动企业研发机构扩面。全年新建企业研发机构80家。
                （二）提升高校服务产业能力
                【市教育局牵头，市科技局配合】
                3.引导高校开展有组织科研。支持高校设立产业技术攻关专项。
                【责任单位：市科技局、市教育局】
                4.完善科研人员激励机制。深化职务科技成果赋权改革。
                二、保障措施
                各牵头单位要制定具体推进方案。
                """);
        assertThat(s.tasks()).extracting(TaskBlock::label).containsExactly("1", "2", "3", "4");
        assertThat(Docs.roles(s, 1)).containsExactly("科技局:lead", "工业和信息化局:co");
        assertThat(Docs.roles(s, 3)).containsExactly("教育局:lead", "科技局:co");
        assertThat(Docs.roles(s, 4)).containsExactly("科技局:null", "教育局:null");
    }

    @Test
    void aPartsNoteNamingItsItemsSaveThoseNotedAboveGoesToTheOthersWhereNotesStandAboveTheirItems() {
        DocumentStructure s = Docs.parse("""
                某某市校地协同创新三年行动计划
                一、重点任务
                〔牵头：市科技局；配合：市财政局〕
                （一）共建前沿材料研究院。支持某某大学组建研究院。
                〔牵头：市工业和信息化局；配合：市科技局〕
                （二）组建校企联合实验室。支持企业与高校组建联合实验室。
                二、专项工程
                本部分第1至第3项，除项前另行标明责任单位的外，均由市教育局牵头，市人力资源社会保障局配合。
                1.产业学院建设工程。支持职业技术学院合作举办产业学院。
                〔牵头：市委人才办；配合：市科技局〕
                2.人才引育工程。每年引进高层次人才100名。
                3.产教联合体培育工程。支持职业技术学院牵头组建产教联合体。
                三、保障措施
                （一）加强组织领导。建立联席会议制度。
                """);
        assertThat(s.tasks()).extracting(TaskBlock::title).containsExactly("共建前沿材料研究院", "组建校企联合实验室",
                "产业学院建设工程", "人才引育工程", "产教联合体培育工程");
        assertThat(Docs.roles(s, 2)).containsExactly("工业和信息化局:lead", "科技局:co");
        assertThat(Docs.roles(s, 3)).containsExactly("教育局:lead", "人力资源社会保障局:co");
        assertThat(Docs.roles(s, 4)).containsExactly("市委人才办:lead", "科技局:co");
        assertThat(Docs.roles(s, 5)).containsExactly("教育局:lead", "人力资源社会保障局:co");
    }

    @Test
    void notesAboveArticlesAfterAChapterHeadingLeadTheirArticlesThoughTheFirstArticlesHaveNone() {
        DocumentStructure s = Docs.parse("""
                某某市人民政府关于印发某某市促进科技成果转化实施办法的通知
                各县区人民政府，市政府各部门：
                    现印发给你们，请认真贯彻执行。
                某某市促进科技成果转化实施办法
                第一章 总体要求
                第一条 指导思想。坚持把科技创新作为引领发展的第一动力。
                第二条 发展目标。到2027年，技术合同成交额突破200亿元。
                第二章 重点任务
                【牵头单位：市科技局；配合单位：市财政局】
                第三条 建设创新平台。支持高校与企业共建联合实验室。
                【牵头单位：市教育局；配合单位：市科技局】
                第四条 促进成果转化。鼓励高校院所与企业开展产学研合作。
                【牵头单位：市地方金融监管局；配合单位：市财政局】
                第五条 强化科技金融。设立科技成果转化基金。
                第三章 保障措施
                第六条 本办法自印发之日起施行。
                """);
        assertThat(Docs.roles(s, 3)).containsExactly("科技局:lead", "财政局:co");
        assertThat(Docs.roles(s, 4)).containsExactly("教育局:lead", "科技局:co");
        assertThat(Docs.roles(s, 5)).containsExactly("地方金融监管局:lead", "财政局:co");
        assertThat(s.notes()).noneMatch(n -> n.taskNumber() == 2);
    }

    @Test
    void aClosingDivisionNamingAnArticleOutweighsTheDutiesItsSentencesGive() {
        DocumentStructure s = Docs.parse("""
                中共某某县委办公室　某某县人民政府办公室关于印发《某某县支持产学研协同创新若干措施》的通知
                各乡镇人民政府，县级各部门：
                    现印发给你们，请结合实际认真贯彻落实。
                某某县支持产学研协同创新若干措施
                第一条　支持共建研发机构。对企业与高校共建的研发机构，给予最高100万元补助。
                第二条　支持研究院建设。县财政局每年安排专项经费，支持某某大学与某某经济开发区共建研究院。
                第三条　奖励成果转化。企业购买高校科技成果并在县内转化的，给予奖励。
                责任分工
                第一条由县科技局牵头，县财政局配合。第二条由县科技局、某某经济开发区管委会牵头，县财政局配合。第三条由县科技局负责。
                本措施自印发之日起施行。
                """);
        assertThat(Docs.roles(s, 2)).containsExactly("县科技局:lead", "某某经济开发区管委会:lead", "县财政局:co");
    }
}
