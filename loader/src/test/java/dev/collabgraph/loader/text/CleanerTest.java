package dev.collabgraph.loader.text;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class CleanerTest {
    /** The text as the cleaner writes it: what the other cleaning tests of this package read too. */
    static String clean(String text) {
        return Cleaner.clean(Decoder.decode("inline.txt", text.getBytes(StandardCharsets.UTF_8))).text();
    }

    @Test
    void aTabRowWrappedInsideACellIsJoinedAgainButACategoryRowIsNot() {
        // a spreadsheet pasted into a mail and hard-wrapped: the row's rest carries its remaining tabs, or stands alone
        String table = "序号\t重点任务\t责任单位\t完成时限\n"
                + "1\t建设中试基地\t市科技局（牵头）、某市理\n工大学\t2026年12月\n"
                + "2\t建设技术转移中心\t市商务局\t2026\n年12月\n"
                + "3\t举办对接活动\t市教育局\t2026年6月\n"
                + "（二）2027年度\n"
                + "4\t建设孵化器\t市科技局\t2027年6月";
        assertThat(clean(table).lines().toList()).containsExactly("序号\t重点任务\t责任单位\t完成时限",
                "1\t建设中试基地\t市科技局（牵头）、某市理工大学\t2026年12月", "2\t建设技术转移中心\t市商务局\t2026年12月",
                "3\t举办对接活动\t市教育局\t2026年6月", "（二）2027年度", "4\t建设孵化器\t市科技局\t2027年6月");
    }

    @Test
    void aFigureSpacedOutDigitByDigitBetweenChineseWordsIsJoinedButSeparateNumbersStayApart() {
        assertThat(clean("到２０２７年，研发平台达到 6 0 个，专利达到2 0 2 7件。")).isEqualTo("到2027年，研发平台达到60个，专利达到2027件。");
        assertThat(clean("型号 A 3 与 B 12 保持不变")).contains("A 3");
        assertThat(clean("版本 2024 2025 对照")).contains("2024 2025");
    }

    @Test
    void aLabelledProjectOpensALineAfterAFieldLineThatEndsNoSentence() {
        assertThat(clean("项目一：建设中试线\n牵头单位：市科技局　　完成时限：2026年12月\n项目二：建设测试示范区\n建成测试道路。"))
                .contains("2026年12月\n项目二：建设测试示范区\n");
    }

    @Test
    void aSentenceClosedByACitationMarkEndsItsLine() {
        // an encyclopedia page's reference mark after the sentence: the bracketed note below is a line of its own
        assertThat(clean("1.支持企业建设研发中心。对获批的给予最高200万元支持。 [2]\n【牵头单位：市科技局】\n2.鼓励企业开展研发。"))
                .contains("支持。[2]\n【牵头单位：市科技局】");
    }

    @Test
    void aBracketLineAfterAFullWrappedLineEndingASentenceIsALineOfItsOwn() {
        // indented paragraphs wrapped at the page's width (30): an unindented line under a full one goes on, but a
        // note bracket after a sentence's end is set above the next item, not the rest of the item before
        String filler = "支持某某大学与某某高新区共建产业技术研究院围绕新材料和生物医药设立专业研究所推动成果转化";
        StringBuilder text = new StringBuilder();
        for (int item = 1; item <= 6; item++) {
            text.append("【市科技局牵头，市财政局、某某高新区管委会配合】\n");
            // an item of three full lines, its sentence ending at the last line's end
            String body = "　　（" + "一二三四五六".charAt(item - 1) + "）建设创新平台。" + filler + filler;
            body = body.substring(0, 89) + "。";
            for (int at = 0; at < body.length(); at += 30) {
                text.append(body, at, Math.min(body.length(), at + 30)).append('\n');
            }
        }
        String cleaned = clean(text.toString());
        assertThat(cleaned).contains("。\n【市科技局牵头，市财政局、某某高新区管委会配合】\n（二）建设创新平台。")
                .doesNotContain("。【");
    }

    @Test
    void theNextTaskGluedToANoteGetsALineOfItsOwn() {
        assertThat(clean("（三）落实政策。给予补助。（县财政局、县科技局按职责分工负责）（四）开展活动。每季度举办。"))
                .isEqualTo("（三）落实政策。给予补助。（县财政局、县科技局按职责分工负责）\n（四）开展活动。每季度举办。");
        assertThat(clean("9.集聚人才。实施计划。责任单位：市委组织部、市人社局。10.营造氛围。每年举办。"))
                .isEqualTo("9.集聚人才。实施计划。责任单位：市委组织部、市人社局。\n10.营造氛围。每年举办。");
    }

    @Test
    void aPointGluedToTheBracketOfUnitsClosingThePointBeforeGetsALineOfItsOwn() {
        // run-in points of one paragraph, each closed by its units in 【】 (labelled or not): each point its own line
        assertThat(clean("　　一是建设中试平台。支持企业建设。【县科技局、县财政局】二是举办对接活动。每季度举办。【县教育局】"
                + "三是培育人才。【牵头：县人社局】四是做好宣传。"))
                .isEqualTo("一是建设中试平台。支持企业建设。【县科技局、县财政局】\n二是举办对接活动。每季度举办。【县教育局】\n"
                        + "三是培育人才。【牵头：县人社局】\n四是做好宣传。");
        // points without notes, or after a bracket of other words, stay in their paragraph
        assertThat(clean("一是加强统筹。由县科技局负责。二是严格督查。【详见附表】三是营造氛围。")).doesNotContain("\n");
        // points set under an item's heading on its line are that item's text, their notes its note
        assertThat(clean("（一）提升能力。一是建设中心。（牵头单位：县科技局）二是培育企业。【县工信局】")).doesNotContain("\n");
    }

    @Test
    void aScanHardWrappedNarrowerThanUsualIsJoinedInsideItsNames() {
        // OCR of a scanned page: every line cut at 26-28 characters, a unit name broken over two lines
        String wrapped = """
                会议听取了市科技局关于去年校地合作工作情况的汇报
                ，会议认为近年来我市与驻地高校合作不断深化，一批
                合作平台相继建成，围绕新材料和生物医药等产业转化
                了一批成果，但成果本地转化率偏低、中试环节薄弱等
                问题仍较突出。会议同意将研究院二期纳入市级重点项
                目，用地在高新区内统筹安排，所需资金由市财政局、
                市教育局和市人社局按规定统筹解决，具体由市教
                育局牵头，市人社局配合，于年底前完成全部建设任
                务并投入使用，形成可复制可推广的校地合作经验
                做法，各有关单位要明确责任人和时间节点抓紧落实
                """;
        assertThat(clean(wrapped)).doesNotContain("\n").contains("由市教育局牵头");
        // the same short lines in a text not wrapped at one width stay lines: headings, titles, fields
        assertThat(clean("项目1：某某大学联合研发中心建设\n合作高校：某某大学\n牵头单位：区科技局"))
                .isEqualTo("项目1：某某大学联合研发中心建设\n合作高校：某某大学\n牵头单位：区科技局");
    }

    @Test
    void aNumberAfterOrdinaryTextStaysInItsSentence() {
        assertThat(clean("加快建设（一期）。2.5亿元用于建设。（详见附件）1.")).doesNotContain("\n");
    }

    @Test
    void aNoteLineCutInsideAUnitNameGoesOnOverAPageNumber() {
        assertThat(clean("加快建设。\n配合部门：区发改局、桂湖街\n— 7 —\n道办事处\n（二）建设中心。"))
                .isEqualTo("加快建设。\n配合部门：区发改局、桂湖街道办事处\n（二）建设中心。");
    }

    @Test
    void aPagesFootnotesCuttingASentenceGoAfterTheParagraphItGoesOnIn() {
        String page = "　　3．推动共建中试平台①。支持某某大学与某某公司共建中试基地，支持某某学院依\n"
                + "①中试平台：指为实验室阶段的科技成果提供工艺放大、样品试制等服务的平台。\n\n— 2 —\n\n"
                + "托某某产业园建设中试平台。（市科技局、市\n教育局按职责分工负责）\n　　（二）建设验证中心\n";
        assertThat(clean(page)).isEqualTo("3.推动共建中试平台①。支持某某大学与某某公司共建中试基地，支持某某学院依托某某产业园建设中试平台。"
                + "（市科技局、市教育局按职责分工负责）\n①中试平台：指为实验室阶段的科技成果提供工艺放大、样品试制等服务的平台。\n（二）建设验证中心");
    }

    @Test
    void anIndentedLineThatOpensWithAListMarkOrFollowsOneGoesOnTheParagraph() {
        assertThat(clean("　　第四条　开展联合攻关。本条责任部门为市科技局\n\n　　、市工信局。\n"))
                .isEqualTo("第四条开展联合攻关。本条责任部门为市科技局、市工信局。");
        assertThat(clean("　　（九）某某高新区管委会：配合做好任务一、\n\n- 4 -\n\n　　任务五，承担中心建设运营。\n"))
                .isEqualTo("（九）某某高新区管委会：配合做好任务一、任务五，承担中心建设运营。");
    }

    @Test
    void aHardWrappedSentenceGoesOnAfterANamesEndOrBeforeAClosingMark() {
        String text = "（一）支持某某大学与某某化工有限公司共建某某新材料研究院，聚焦高性\n"
                + "能材料开展关键技术攻关，突破一批关键技术，形成一批标志性成果，每年\n"
                + "转化一批科技成果，带动企业新增产值，打造全省领先的新材料创新高地。\n"
                + "（二）支持某某学院与某某机床有限公司共建某某数控技术研究院，聚焦高性\n"
                + "能材料开展关键技术攻关，突破一批关键技术，形成一批标志性成果，每年\n"
                + "转化一批科技成果，带动企业新增产值，打造全省领先的新材料创新高地。\n"
                + "（三）支持某某大学依托某某高新区湖西科技园区建设某某大学国家大学\n"
                + "科技园，打造众创空间孵化器加速器孵化链条，新增一批孵化面积，每年\n"
                + "孵化一批科技型企业，培育一批毕业企业，建成全省一流的大学科技园。\n"
                + "（四）支持某某学院与某某药业有限公司共建某某生物医药研究院，聚焦高性\n"
                + "能材料开展关键技术攻关，突破一批关键技术，形成一批标志性成果，每年\n"
                + "转化一批科技成果，带动企业新增产值，打造全省领先的新材料创新高地。\n"
                + "（五）推动某某市高校院所与产业协同创新三年行动方案（二〇二六年）\n"
                + "》落地见效，建立季度调度机制，定期通报各地各部门推进情况和成效，\n"
                + "推动各项任务落地落实，确保取得实效，形成可复制可推广的经验做法。\n";
        assertThat(clean(text)).contains("建设某某大学国家大学科技园，打造", "三年行动方案（二〇二六年）》落地见效");
    }

    @Test
    void pointsGluedToTheNoteClosingThePointBeforeGetLinesOfTheirOwnInAWrappedParagraph() {
        String text = "　　一是围绕新能源装备产业链组织联合攻关。支持某某重工集团有限公司联合某\n"
                + "某大学，聚焦风电主轴承等关键环节，实施校企联合攻关项目。【区科技局、区工\n"
                + "信局】二是推动新材料企业与院所共建中试平台。支持某某新锐材料股份有限公\n"
                + "司建设膜材料中试基地，面向全区企业开放共享。【区科技局、区财政局】三是实\n"
                + "施揭榜挂帅项目。聚焦智能网联汽车零部件领域发布技术需求榜单，引导高校团\n"
                + "队揭榜攻关，形成一批标志性成果，推动一批成果在区内转化落地。【区科技局】\n";
        assertThat(clean(text).lines().toList()).hasSize(3)
                .allMatch(l -> l.startsWith("一是") || l.startsWith("二是") || l.startsWith("三是"));
    }

    @Test
    void aListNumberedInCircledDigitsAtAPagesFootIsNoFootnote() {
        String page = "　　3．推动共建中试平台。重点支持以下方向：\n①中试平台建设\n②概念验证中心建设\n\n— 2 —\n\n"
                + "　　4．建设验证中心。（市科技局负责）\n";
        assertThat(clean(page)).isEqualTo("3.推动共建中试平台。重点支持以下方向：\n①中试平台建设\n②概念验证中心建设\n4.建设验证中心。（市科技局负责）");
    }

    @Test
    void aNoteLineEndingOnAWholeNameEndsThere() {
        assertThat(clean("加快建设。\n责任单位：县科技局\n各单位要抓好落实"))
                .isEqualTo("加快建设。\n责任单位：县科技局\n各单位要抓好落实");
    }

    @Test
    void aSpaceLaidHeaderOfShortColumnNamesOpensATableWithoutASerialColumn() {
        String table = "附件\n片区          主导产业    招引方向          目标企业\n星湾科技城    智能制造    工业机器人    启明重工、远航电子\n";
        assertThat(clean(table)).contains("星湾科技城\t智能制造\t工业机器人\t启明重工、远航电子");
        assertThat(Cleaner.shortCellsOnly("片区  主导产业  招引方向  目标企业")).isTrue();
        assertThat(Cleaner.shortCellsOnly("牵头：市科技局  配合：市财政局  市教育局")).isFalse();
        assertThat(Cleaner.shortCellsOnly("推动 产业  发展  壮大  集群")).isFalse();
    }

    @Test
    void aTableWithPipesBetweenButNotAroundItsCellsBecomesTabSeparated() {
        assertThat(clean("序号 | 工作任务 | 牵头部门 | 配合部门\n一、企业创新\n1 | 培育企业 | 市工信局 | 市科技局、东湖区人\n"
                + "  | 建成投用 |  | 民政府 |\n索引号：1 | 发布机构：市政府"))
                .isEqualTo("序号\t工作任务\t牵头部门\t配合部门\n一、企业创新\n1\t培育企业\t市工信局\t市科技局、东湖区人\n"
                        + "\t建成投用\t\t民政府\t\n索引号：1|发布机构：市政府");
    }

    @Test
    void aNoteLineCutBeforeASentenceOfTheTextDoesNotTakeItIn() {
        assertThat(clean("加快建设。\n责任单位：县科技局、人行某某中支\n各单位要对照要点，细化措施，按时报送进展。"))
                .isEqualTo("加快建设。\n责任单位：县科技局、人行某某中支\n各单位要对照要点，细化措施，按时报送进展。");
    }

    @Test
    void aLineInDistributedAlignmentIsSingleLettersPartedByEvenBlanks() {
        assertThat(Cleaner.letterSpaced("区                科                技                局")).isTrue();
        assertThat(Cleaner.letterSpaced("责  任  单  位   ：  区  科  技  局  、  区   教  育  局")).isTrue();
        // a letter-spaced table header parts its cells by wider gaps than its letters; two letters may be two cells
        assertThat(Cleaner.letterSpaced("序 号      重 点 任 务      牵 头 单 位")).isFalse();
        assertThat(Cleaner.letterSpaced("是      否")).isFalse();
        assertThat(Cleaner.letterSpaced("市科技局  市财政局  市教育局")).isFalse();
    }

    @Test
    void aBaseYearsFigureOnTheNextLineStaysInItsGoalsSentence() {
        assertThat(clean("到2028年，全县研发经费投入强度达到2.6%\n（2025年为1.92%），高新技术企业达到150家。\n"))
                .isEqualTo("到2028年，全县研发经费投入强度达到2.6%（2025年为1.92%），高新技术企业达到150家。");
        // a line that opens with a year of its own is still a block of its own
        assertThat(clean("一、总体目标\n（2026年）建成平台。\n")).contains("\n（2026年）建成平台。");
    }

    @Test
    void aClosingArticleOpensALineOfItsOwnAfterALongDutyLine() {
        String text = "第十条　强化科技金融支持。设立规模10亿元的天使投资引导基金，重点投向海洋生物、氢能领域初创企业，对科技型中小企业贷款给予贴息。\n"
                + "主责部门：市地方金融管理局　协同部门：人民银行某某市分行、市财政局、市科技局、市工业和信息化局、市商务局\n"
                + "本政策措施自2026年7月1日起施行，有效期至2028年12月31日。";
        assertThat(clean(text).lines().toList()).last().asString().startsWith("本政策措施自2026年7月1日起施行");
    }
}
