package dev.collabgraph.loader.text;

import dev.collabgraph.loader.BadDocumentException;
import org.jsoup.nodes.Entities;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A corpus document published as a government web page reads as its text file does, without the page around it. */
class HtmlDocumentTest {
    private static final String DOCUMENT = "10-action-plan-division-table";

    @Test
    void cardsNumberedByAStyleSheetCounterAreItemsWithTheirNumbers() {
        String page = """
                <html><head><meta charset="utf-8"><style>
                .cards{counter-reset:xm;} .cards dt{counter-increment:xm;font-weight:bold;}
                .cards dt::before{content:"项目" counter(xm) "\\3000";}
                </style></head><body><div class="article">
                <p>某某经济技术开发区2027年校企合作重点项目推进计划</p>
                <p>今年安排校企合作重点项目3个。</p>
                <h3>一、协同创新平台项目</h3>
                <dl class="cards"><dt>某某大学高端装备研究院二期</dt><dd>建设内容：新建中试车间。</dd>
                <dd>责任单位：科技创新局（牵头）、经济发展局</dd>
                <dt>某某锂电池材料中试基地</dt><dd>建设内容：建设中试线2条。</dd></dl>
                <h3>二、校企合作载体项目</h3>
                <dl class="cards" style="counter-reset:none"><dt>某某科技企业孵化器提质</dt><dd>建设内容：新增在孵企业40家。</dd>
                <dd>责任单位及责任人：科技创新局（张某某）</dd></dl>
                <p>注：项目1、项目2由招商服务局牵头推进，规划建设局配合。</p>
                </div></body></html>
                """;
        SourceText source = DocumentReader.decode("cards.html", page.getBytes(StandardCharsets.UTF_8));

        // the counter goes on in the second list, whose inline style keeps it from starting again
        assertThat(source.text()).contains("项目1\u3000某某大学高端装备研究院二期").contains("项目3\u3000某某科技企业孵化器提质");
        StructureSummary s = StructureSummary.of(source);
        assertThat(s.tasks()).containsExactly("1 某某大学高端装备研究院二期", "2 某某锂电池材料中试基地", "3 某某科技企业孵化器提质");
        // the person after a unit is none of its names
        assertThat(s.notes()).anyMatch(n -> n.startsWith("3: ") && n.contains("科技创新局") && !n.contains("张"));
        // a note naming the cards by their printed numbers reaches the card without units of its own
        assertThat(s.notes()).anyMatch(n -> n.startsWith("2: ") && n.contains("招商服务局"));
    }

    @Test
    void aForumPostInItsLayoutTableReadsLineByLineWithoutItsHiddenJammerRuns() {
        String page = """
                <html><head><meta charset="utf-8"><style>.jammer{display:none;font-size:0}</style></head><body>
                <table class="plhin"><tr><td class="pls">某某小编<dl><dt>主题</dt><dd>2871</dd></dl></td>
                <td class="plc"><div class="pct"><table><tr><td class="t_f">
                <strong>二、重点工作任务</strong><font class="jammer">cN42Y</font><br />
                　　1.支持某某大学与某某科技有限公司共建联合实验室，开展关键技术攻关项目5项以上。<font class="jammer">tc2</font><br />
                牵头单位：县科技局；责任单位：县工业和信息化局<span style="display:none">738y8z</span><br />
                　　2.推动某某研究院实体化运行，引进研发团队3个，孵化科技型企业5家。<font class="jammer">xJy</font><br />
                责任单位：县科技局、县财政局<span style="display:none">YCD</span><br />
                <table><tr><td>序号</td><td>项目名称</td><td>牵头单位</td></tr><tr><td>1</td><td>某某孵化器改造提升</td><td>县科技局</td></tr></table>
                <div class="fold" style="display:none"><p>3.设立县科技成果转化基金。</p></div>
                </td></tr></table></div></td></tr></table></body></html>
                """;
        String text = DocumentReader.decode("post.html", page.getBytes(StandardCharsets.UTF_8)).text();

        assertThat(text).contains("\n1.支持某某大学", "\n牵头单位：县科技局；责任单位：县工业和信息化局\n",
                        "\n序号\t项目名称\t牵头单位\n1\t某某孵化器改造提升\t县科技局\n")
                .doesNotContain("tc2", "738y8z", "cN42Y", "YCD")
                // a hidden block is a panel a visitor opens: its text stays
                .contains("3.设立县科技成果转化基金");
    }

    @Test
    void aSmallTableInsideAUnitsCellGivesItsFieldsWithTheirLabels() {
        String page = """
                <html><head><meta charset="utf-8"></head><body><div class="article">
                <p>附件</p><p>某某县2026年重点任务分工表</p>
                <table><tr><th>序号</th><th>重点任务</th><th>责任单位</th></tr>
                <tr><td>1</td><td>推进某某大学研究院实体化运行</td><td><table>
                <tr><td>牵头单位</td><td>县科技局</td></tr><tr><td>配合单位</td><td>县财政局、某某经开区管委会</td></tr></table></td></tr>
                <tr><td>2</td><td>实施高新技术企业倍增行动</td><td><table>
                <tr><td>牵头单位</td><td>配合单位</td></tr><tr><td>县科技局</td><td>县税务局</td></tr></table></td></tr>
                </table></div></body></html>
                """;
        SourceText source = DocumentReader.decode("units.html", page.getBytes(StandardCharsets.UTF_8));

        // rows that open with a label, and a row of labels over a row of their values, read alike
        assertThat(source.text()).contains("牵头单位：县科技局；配合单位：县财政局、某某经开区管委会")
                .contains("牵头单位：县科技局；配合单位：县税务局");
    }

    @Test
    void chipsTakeTheRoleTheLegendGivesTheirStyleAndLabelsAloneOnTheirLineNumberItems() {
        String page = """
                <html><head><meta charset="utf-8"><style>
                .tag{display:inline-block;margin:2px 4px;border-radius:10px;background:#e3e8ef}
                .tag-main{background:#1557a8;color:#fff}
                </style></head><body><div class="article">
                <h1>某某市2027年科技创新重点任务时间表</h1>
                <div class="content">
                <p>市科技局会同有关部门梳理形成3项年度重点任务。</p>
                <div class="legend">说明：<span class="tag tag-main">深色</span>为牵头单位，<span class="tag">浅色</span>为配合单位</div>
                <ul><li><span>3月</span>
                  <div class="card"><div class="no">任务01</div><h4>出台创新中心管理办法</h4>
                  <p>明确认定条件和绩效评价方式。</p>
                  <div class="tags"><span class="tag tag-main">市科技局</span><span class="tag">市教育局</span><span class="tag">市财政局</span></div></div>
                  <div class="card"><div class="no">任务02</div><h4>建设中试基地</h4><p>支持某某大学建设中试基地。</p>
                  <div class="tags">
                    <span class="tag tag-main">某某高新区管委会</span>
                    <span class="tag tag-main">市工业和信息化局</span>
                    <span class="tag">市发展改革委</span>
                  </div></div></li>
                <li><span>6月</span><div class="card"><div class="no">任务03</div><h4>举办校企对接活动</h4>
                  <p>全年举办对接活动100场。</p><div class="tags"><span class="tag tag-main">市教育局</span></div></div></li></ul>
                </div></div></body></html>
                """;
        SourceText source = DocumentReader.decode("timeline.html", page.getBytes(StandardCharsets.UTF_8));

        // a row of chips is a list; the legend's own chips say what a style means and are no units
        assertThat(source.text()).contains("市科技局（牵头）、市教育局（配合）、市财政局（配合）").doesNotContain("深色（");
        StructureSummary s = StructureSummary.of(source);
        assertThat(s.tasks()).containsExactly("1 出台创新中心管理办法", "2 建设中试基地", "3 举办校企对接活动");
        assertThat(s.notes()).anyMatch(n -> n.startsWith("1: ") && n.contains("科技局/lead") && n.contains("教育局/co")
                && n.contains("财政局/co"));
        assertThat(s.notes()).anyMatch(n -> n.startsWith("2: ") && n.contains("某某高新区管委会/lead")
                && n.contains("工业和信息化局/lead") && n.contains("发展改革委/co"));
        assertThat(s.notes()).anyMatch(n -> n.startsWith("3: ") && n.contains("教育局/lead"));
    }

    @Test
    void aPortalsCollapsedTaskListNumbersItsHeadersAndPairsItsFields() {
        String page = """
                <html><head><meta charset="utf-8"></head><body><div class="article">
                <h1>某某市2026年度科技创新重点工作任务清单</h1>
                <div class="el-collapse">
                <div class="el-collapse-item"><div role="button" class="el-collapse-item__header"><span class="task-no">01</span><span class="task-name">建设某某实验室</span><span class="el-tag">推进中</span><!----></div>
                <div class="el-collapse-item__content"><p>依托某某大学建设实验室。</p>
                <table class="el-descriptions__table"><tbody>
                <tr><th>牵头市领导</th><td>张某某（副市长）</td><th>完成时限</th><td>2026年12月底</td></tr>
                <tr><th>牵头单位</th><td colspan="3">市科技局</td></tr>
                <tr><th>配合单位</th><td colspan="3">市财政局<br>某某大学</td></tr></tbody></table></div></div>
                <div class="el-collapse-item"><div role="button" class="el-collapse-item__header"><span class="task-no">02</span><span class="task-name">加快生物医药产业园建设</span><span class="el-tag">未开始</span></div>
                <div class="el-collapse-item__content"><p>推进产业园二期建设。</p>
                <table class="el-descriptions__table"><tbody>
                <tr><th>牵头单位</th><td>某某区人民政府</td><th>配合单位</th><td>市发展改革委、市卫生健康委</td></tr></tbody></table></div></div>
                </div></div></body></html>
                """;
        StructureSummary s = StructureSummary.of(DocumentReader.decode("tasks.html", page.getBytes(StandardCharsets.UTF_8)));

        // the status tag after the name is no part of the title
        assertThat(s.tasks()).containsExactly("1 建设某某实验室", "2 加快生物医药产业园建设");
        assertThat(s.notes()).anyMatch(n -> n.startsWith("1: ") && n.contains("科技局/lead") && n.contains("财政局/co")
                && n.contains("某某大学/co"));
        // two fields to a row: each label with its own value
        assertThat(s.notes()).anyMatch(n -> n.startsWith("2: ") && n.contains("某某区人民政府/lead")
                && n.contains("发展改革委/co") && n.contains("卫生健康委/co"));
    }

    @Test
    void unitsShownAsChipsAfterASpacedLabelAreUnitsOfTheirRole() {
        String page = """
                <html><head><meta charset="utf-8"><style>
                .duty .k{color:#666} .duty .tag{display:inline-block;padding:0 8px;border:1px solid #c8102e}
                </style></head><body><div class="article">
                <p>某某市推进产学研融合行动方案</p>
                <h3>一、建强协同创新平台</h3>
                <p><strong>（一）建设校地共建研究院。</strong>支持某某大学建设研究院。</p>
                <div class="duty">
                  <span class="k">牵头单位</span>
                  <span class="tag">市科技局</span>
                  <span class="k">配合单位</span>
                  <span class="tag">市教育局</span>
                  <span class="tag">市财政局</span>
                </div>
                <p><strong>（二）推动龙头企业组建创新联合体。</strong>支持企业牵头组建联合体。</p>
                <div class="duty"><span class="k">牵头单位</span><span class="tag">市工业和信息化局</span><span class="k">配合单位</span><span class="tag">市科技局</span><span class="tag">市国资委</span></div>
                </div></body></html>
                """;
        StructureSummary s = StructureSummary.of(DocumentReader.decode("chips.html", page.getBytes(StandardCharsets.UTF_8)));

        assertThat(s.notes()).anyMatch(n -> n.startsWith("1: ") && n.contains("科技局/lead") && n.contains("教育局/co")
                && n.contains("财政局/co"));
        // chips with nothing between them in the markup are apart on screen, and so are their units
        assertThat(s.notes()).anyMatch(n -> n.startsWith("2: ") && n.contains("工业和信息化局/lead")
                && n.contains("科技局/co") && n.contains("国资委/co"));
    }

    @Test
    void thePagesArticleWithItsTableGivesTheTasksNotesAndAnnexRowsOfTheTextFile() throws IOException {
        Path txt = Path.of("..", "corpus", DOCUMENT + ".txt");
        byte[] html = webPage(Files.readString(txt), "utf-8").getBytes(StandardCharsets.UTF_8);

        SourceText fromPage = DocumentReader.decode(DOCUMENT + ".html", html);

        assertThat(fromPage.charset()).isEqualTo("html");
        assertThat(fromPage.sha256()).isEqualTo(Decoder.sha256(html));
        assertThat(fromPage.text())
                .doesNotContain("首页").doesNotContain("政务公开").doesNotContain("相关文件")
                .doesNotContain("关于印发澜江市数字乡村发展规划的通知").doesNotContain("版权所有").doesNotContain("var ")
                .doesNotContain("&nbsp;").doesNotContain("&ldquo;")
                // <br> ends a line; a section row's colspan and a merged lead unit's rowspan leave empty cells
                .contains("\n澜江市人民政府\n2023年3月16日\n")
                .contains("\n一、强化企业创新主体地位\t\t\t\t\t\n")
                .contains("\n3\t支持龙头企业组建创新联合体\t支持澜钢集团、恒昌锂业等牵头组建创新联合体，承担省级以上重大科技专项\t\t")
                .contains("“一企一策”");
        StructureSummary page = StructureSummary.of(fromPage);
        StructureSummary text = StructureSummary.of(DocumentReader.read(txt));
        assertThat(page.annex()).hasSize(16).isEqualTo(text.annex());
        assertThat(page.tasks()).isNotEmpty().isEqualTo(text.tasks());
        assertThat(page.notes()).isNotEmpty().isEqualTo(text.notes());
    }

    @Test
    void aPageInGbkThatDeclaresItsCharsetAndOneWithoutTagsAreRead() {
        Charset gbk = Charset.forName("GBK");
        String page = "<html><head><meta charset=\"gbk\"></head><body><div class=\"TRS_Editor\"><p>一、总体要求</p>"
                + "<p>（一）加强组织领导。（牵头单位：市科技局）</p></div></body></html>";
        assertThat(DocumentReader.decode("notice.htm", page.getBytes(gbk)).text())
                .isEqualTo("一、总体要求\n（一）加强组织领导。（牵头单位：市科技局）\n");
        // saved without a declaration: decoded as a text file of that encoding would be
        String bare = page.replace("<meta charset=\"gbk\">", "");
        assertThat(DocumentReader.decode("notice.html", bare.getBytes(gbk)).text()).contains("（一）加强组织领导。");
    }

    @Test
    void itemsOfAnOrderedListCarryTheNumbersTheBrowserPrints() {
        String page = "<html><body><div class=\"TRS_Editor\"><h4>一、创新主体</h4>"
                + "<ol><li><p><strong>实施企业倍增行动。</strong>建立培育库。</p><p>（主办：科技创新局）</p></li>"
                + "<li>推动研发机构全覆盖。</li></ol><h4>二、协同创新</h4>"
                + "<ol start=\"3\"><li>共建研究院。<ul><li>牵头单位：县科技局</li></ul></li><li value=\"7\">建设中试基地。</li></ol>"
                + "<ol style=\"list-style-type: cjk-ideographic\"><li>加强领导。</li></ol>"
                + "<ol style=\"list-style: none\"><li>不编号。</li></ol></div></body></html>";
        assertThat(DocumentReader.decode("measures.html", page.getBytes(StandardCharsets.UTF_8)).text())
                .isEqualTo("一、创新主体\n1.实施企业倍增行动。建立培育库。\n（主办：科技创新局）\n2.推动研发机构全覆盖。\n"
                        + "二、协同创新\n3.共建研究院。\n牵头单位：县科技局\n7.建设中试基地。\n一、加强领导。\n不编号。\n");
    }

    @Test
    void boldUnitsLeadWhereThePageSaysSo() {
        String body = "<p>各项任务的责任单位中，字体加粗的为牵头单位，其余为配合单位。</p>"
                + "<p><strong>1.建设研究院。</strong>支持高校共建。（责任单位：<strong>市地方金融</strong><strong>管理局</strong>、市财政局）</p>"
                + "<p>2.开展科研。（责任单位：<strong>市教育局、市科技局</strong>、各高等学校）</p>";
        String said = DocumentReader.decode("points.html", ("<html><body><div class=\"content\">" + body
                + "</div></body></html>").getBytes(StandardCharsets.UTF_8)).text();
        assertThat(said).contains("1.建设研究院。支持高校共建。（责任单位：市地方金融管理局（牵头）、市财政局）",
                "（责任单位：市教育局（牵头）、市科技局（牵头）、各高等学校）");
        // without the page's word, bold is only type
        String plain = DocumentReader.decode("points.html", ("<html><body><div class=\"content\">" + body.substring(body.indexOf("</p>") + 4)
                + "</div></body></html>").getBytes(StandardCharsets.UTF_8)).text();
        assertThat(plain).doesNotContain("（牵头）");
    }

    @Test
    void preformattedTextKeepsItsLineBreaks() {
        String page = "<html><body><pre>一、总体要求\n（一）加强组织领导。</pre></body></html>";
        assertThat(DocumentReader.decode("notice.html", page.getBytes(StandardCharsets.UTF_8)).text())
                .isEqualTo("一、总体要求\n（一）加强组织领导。\n");
    }

    @Test
    void theFormatIsSniffedFromTheBytesWhateverTheExtension() {
        byte[] page = "<!DOCTYPE html><html><body><p>一、总体要求</p></body></html>".getBytes(StandardCharsets.UTF_8);
        assertThat(DocumentFormat.of("saved.txt", page)).isEqualTo(DocumentFormat.HTML);
        assertThat(DocumentFormat.of("report", "%PDF-1.7".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo(DocumentFormat.PDF);
        assertThat(DocumentFormat.of("plan.txt", "一、总体要求".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(DocumentFormat.TEXT);
        assertThatThrownBy(() -> DocumentFormat.of("plan.ceb", "CEB".getBytes(StandardCharsets.US_ASCII)))
                .isInstanceOf(BadDocumentException.class)
                .hasMessage("plan.ceb: .ceb is not a format the loader reads: save it as .docx, .pdf or .txt");
        assertThatThrownBy(() -> DocumentFormat.of("plan.odt", "PK\u0003\u0004".getBytes(StandardCharsets.US_ASCII)))
                .isInstanceOf(BadDocumentException.class)
                .hasMessageContaining("a zip file that is no Word (.docx), OpenDocument (.odt), spreadsheet (.xlsx) or OFD");
    }

    /**
     * The text file as a government site publishes it: banner, navigation, a sidebar of related documents, a script
     * and a footer around the article; the lines of a block joined by {@code <br>}; quotes and spaces as entities;
     * the annex a table with a section row across it (colspan) and merged lead units (rowspan).
     */
    static String webPage(String text, String charset) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html><head><meta charset=\"" + charset + "\">"
                + "<title>澜江市人民政府</title><script>var lead = \"市科技局\";</script><style>p{margin:0}</style></head>"
                + "<body><header><div class=\"logo\">澜江市人民政府门户网站</div></header>"
                + "<nav><ul><li><a href=\"/\">首页</a></li><li><a href=\"/zwgk\">政务公开</a></li></ul></nav>"
                + "<div class=\"main-wrap\"><div class=\"sidebar\"><h3>相关文件</h3><ul>"
                + "<li><a href=\"/1\">澜江市人民政府关于印发澜江市数字乡村发展规划的通知</a></li>"
                + "<li><a href=\"/2\">澜江市人民政府办公室关于加快发展先进制造业的实施意见</a></li></ul></div>\n"
                + "<div class=\"article-content\" id=\"zoom\">\n");
        String[] lines = text.split("\n", -1);
        StringBuilder block = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || CorpusTable.PAGE_NUMBER.matcher(line).matches()) {
                if (!block.isEmpty()) {
                    html.append("<p>").append(block).append("</p>\n");
                    block.setLength(0);
                }
            } else if (lines[i].indexOf('\t') >= 0) {
                int end = CorpusTable.end(lines, i);
                table(html, CorpusTable.of(Arrays.asList(lines).subList(i, end)));
                i = end - 1;
            } else {
                block.append(block.isEmpty() ? "" : "<br>\n").append(escaped(line));
            }
        }
        html.append("<p>").append(block).append("</p>\n</div></div>"
                + "<footer><p>版权所有：澜江市人民政府办公室</p></footer></body></html>\n");
        return html.toString();
    }

    private static void table(StringBuilder html, CorpusTable table) {
        html.append("<table border=\"1\">\n");
        for (int r = 0; r < table.rows().size(); r++) {
            String[] cells = table.rows().get(r);
            html.append("<tr>");
            if (table.isSection(r)) {
                html.append("<td colspan=\"").append(table.columns()).append("\">").append(escaped(cells[0]))
                        .append("</td></tr>\n");
                continue;
            }
            for (int c = 0; c < cells.length; c++) {
                if (table.mergedWithAbove(r, c)) {
                    continue;
                }
                int rows = 1;
                while (r + rows < table.rows().size() && table.mergedWithAbove(r + rows, c)) {
                    rows++;
                }
                String tag = r == 0 ? "th" : "td";
                html.append('<').append(tag).append(rows > 1 ? " rowspan=\"" + rows + "\"" : "").append('>')
                        .append(escaped(cells[c])).append("</").append(tag).append('>');
            }
            html.append("</tr>\n");
        }
        html.append("</table>\n");
    }

    private static String escaped(String text) {
        return Entities.escape(text).replace("“", "&ldquo;").replace("”", "&rdquo;").replace("\u3000", "&#12288;");
    }

    @Test
    void aPdfConvertedToPositionedLinesPartsATablesCellsWhereItsSpacersAreWide() {
        // a portal's 在线预览: one div per printed line, cells parted by empty spans of a fixed width
        String line = "<div class=\"t\">%s</div>";
        String gap = "<span class=\"_ _w\"> </span>";
        String narrow = "<span class=\"_ _n\"> </span>";
        String page = "<html><head><meta charset=\"utf-8\"><style>._w{width:58.88px;} ._n{width:3.2px;}</style></head>"
                + "<body><div id=\"page-container\">"
                + String.join("", java.util.stream.Stream.of(
                        "某某县人民政府办公室关于印发某某县校地合作行动方案的通知",
                        "一、行动目标",
                        "到2028年，全县与高校院所共建研发平台达到二十个以上，实施校地合作项目一百项以上。",
                        "表1" + narrow + "主要指标",
                        "指标名称" + gap + "单位", "2025年", "（基期）", "2026年" + gap + "2028年",
                        "研发经费投入强度" + gap + "%" + gap + "1.9" + gap + "2.1" + gap + "2.5",
                        "规上工业企业中有研发机", "构的企业占比", "%" + gap + "38" + gap + "45" + gap + "55",
                        "高新技术企业" + gap + "家" + gap + "74" + gap + "90" + gap + "120",
                        "二、重点任务",
                        "（一）共建研究院。支持某某大学共建研究院。（责任单位：县科技局）").map(line::formatted).toList())
                + "</div></body></html>";
        SourceText source = DocumentReader.decode("preview.html", page.getBytes(StandardCharsets.UTF_8));
        assertThat(source.text()).contains("研发经费投入强度\t%\t1.9\t2.1\t2.5").contains("表1 主要指标");

        var structure = dev.collabgraph.loader.structure.StructureParser.parse(Cleaner.clean(source));
        assertThat(structure.indicators()).extracting(r -> r.name() + " " + r.values()).containsExactly(
                "研发经费投入强度 {2025=1.9, 2026=2.1, 2028=2.5}",
                "规上工业企业中有研发机构的企业占比 {2025=38.0, 2026=45.0, 2028=55.0}",
                "高新技术企业 {2025=74.0, 2026=90.0, 2028=120.0}");
        // goals spelled in numerals after their verb, or closing their clause
        assertThat(structure.targets()).extracting(t -> t.metric() + " " + t.value() + " " + t.year())
                .contains("与高校院所共建研发平台 20.0 2028", "校地合作项目 100.0 2028");
    }

    @Test
    void aSavedPdfViewerPageIsReadAsThePdfItShows() {
        // pdf.js text layers: one placed piece per run of one font, digits apart, in no reading order
        String layer = "<div class=\"textLayer\">"
                + piece(643, 1042, "— 1 —")
                + piece(105, 417, "一、重点任务")
                + piece(148, 455, "1．建设实验室。支持某某大学建设实验室，年内新增")
                + piece(620, 455, "3") + piece(632, 455, "家。")
                + piece(105, 494, "（责任处室：平台建设处；协同单位：市财政局）")
                + piece(148, 532, "2．培育科技企业。（责任处室：高新技术处）")
                + "</div>";
        String page = "<html><body><div id=\"viewer\"><div class=\"page\" data-page-number=\"1\">" + layer
                + "</div></div><div id=\"toolbar\">缩略图 文档大纲</div></body></html>";
        SourceText source = DocumentReader.decode("viewer.html", page.getBytes(StandardCharsets.UTF_8));
        assertThat(source.text()).contains("1．建设实验室。支持某某大学建设实验室，年内新增3家。")
                .doesNotContain("缩略图").doesNotContain("— 1 —");
        StructureSummary s = StructureSummary.of(source);
        assertThat(s.tasks()).hasSize(2);
        assertThat(s.notes()).anyMatch(n -> n.startsWith("1: ") && n.contains("平台建设处") && n.contains("财政局/co"));
    }

    private static String piece(double left, double top, String text) {
        return "<div style=\"left: " + left + "px; top: " + top + "px; font-size: 21.34px; font-family: sans-serif;\">"
                + text + "</div>";
    }
}
