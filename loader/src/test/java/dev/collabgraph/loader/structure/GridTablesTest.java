package dev.collabgraph.loader.structure;

import dev.collabgraph.loader.text.Cleaner;
import dev.collabgraph.loader.text.DocumentReader;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** Work tables a web page draws with the style sheet (a CSS grid of divs) and tables whose rows number afresh. */
class GridTablesTest {
    private static DocumentStructure html(String page) {
        return StructureParser.parse(Cleaner.clean(DocumentReader.decode("page.html", page.getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void aCssGridOfDivsIsReadAsATableWhoseTaskCellsOpenWithParenthesisedNumbers() {
        DocumentStructure s = html("""
                <html><head><meta charset="utf-8"><style>
                .grid{display:grid;grid-template-columns:repeat(1,minmax(0,1fr)) [units] 160px}
                .wide{grid-column:1 / -1}
                </style></head><body><div class="article">
                <p>某某县科技创新实施方案</p>
                <p>一、平台建设</p>
                <div class="grid"><div>工作任务</div><div>责任单位</div>
                <div>（1）<b>建设创新服务中心。</b>建成服务中心一处。</div><div>县科技局（牵头）<br>县财政局</div>
                <div class="wide">（以下为企业培育任务）</div>
                <div>（2）<b>培育高新技术企业。</b>新增高企10家。</div><div>县科技局（牵头）<br>县税务局</div>
                </div></div></body></html>
                """);
        assertThat(s.annex()).extracting(AnnexRow::number).containsExactly(1, 2);
        assertThat(Docs.roles(s.annex().get(0))).containsExactly("县科技局:lead", "县财政局:co");
        assertThat(Docs.roles(s.annex().get(1))).containsExactly("县科技局:lead", "县税务局:co");
    }

    @Test
    void rowsNumberedAfreshUnderEachPartAreItemsOfTheirOwn() {
        DocumentStructure s = Docs.parse("""
                某某县科技创新实施方案
                一、平台建设
                工作任务\t责任单位
                （1）建设创新服务中心。建成中心一处。\t县科技局（牵头） 县财政局
                （2）建设中试基地。建成基地两处。\t县发展改革局
                二、企业培育
                工作任务\t责任单位
                （1）培育高新技术企业。新增高企10家。\t县科技局（牵头） 县税务局
                （2）引进科技型企业。引进企业5家。\t县商务局（牵头） 县科技局
                """);
        assertThat(s.annex()).extracting(AnnexRow::number).containsExactly(1, 2, 3, 4);
        assertThat(Docs.roles(s.annex().get(2))).containsExactly("县科技局:lead", "县税务局:co");
        assertThat(Docs.roles(s.annex().get(3))).containsExactly("县商务局:lead", "县科技局:co");
    }
}
