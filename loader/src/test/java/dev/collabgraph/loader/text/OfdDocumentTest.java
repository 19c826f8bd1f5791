package dev.collabgraph.loader.text;

import dev.collabgraph.loader.BadDocumentException;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * OFD files (GB/T 33190) as an electronic-document system writes them: a corpus document set on pages with a running
 * header, page numbers and a slanted watermark reads as its text file does; cells set apart on a line stay apart.
 */
class OfdDocumentTest {
    private static final String DOCUMENT = "10-action-plan-division-table";
    private static final int LINES_PER_PAGE = 36;
    private static final double SIZE = 4.94;

    @Test
    void aDocumentSetOnOfdPagesLosesItsPageNoiseAndKeepsItsTasksAndNotes() throws IOException {
        String text = Files.readString(Path.of("..", "corpus", DOCUMENT + ".txt"));
        String body = text.substring(0, text.indexOf("\n附件\n"));
        byte[] ofd = ofd(pages(body));

        SourceText fromOfd = DocumentReader.decode(DOCUMENT + ".ofd", ofd);

        assertThat(DocumentFormat.of("download.bin", ofd)).isEqualTo(DocumentFormat.OFD);
        assertThat(fromOfd.charset()).isEqualTo("ofd");
        assertThat(fromOfd.text()).doesNotContain("澜江市人民政府行政规范性文件").doesNotContain("— 2 —")
                .doesNotContain("内部资料").contains("\f").contains("（一）实施高新技术企业倍增行动。");
        StructureSummary set = StructureSummary.of(fromOfd);
        StructureSummary plain = StructureSummary.of(DocumentReader.decode(DOCUMENT + ".txt",
                body.getBytes(StandardCharsets.UTF_8)));
        assertThat(set.tasks()).hasSizeGreaterThan(10).isEqualTo(plain.tasks());
        assertThat(set.notes()).isNotEmpty().isEqualTo(plain.notes());
    }

    @Test
    void cellsSetApartOnALineStayApartAndPiecesOfOneSentenceStayTogether() throws IOException {
        List<String> page = List.of(
                object(20, 30, "序号") + object(40, 30, "重点任务") + object(120, 30, "牵头单位"),
                object(20, 38, "1") + object(40, 38, "建设创新平台") + object(120, 38, "市科技局"),
                // one sentence in two text objects that touch: no gap between them
                object(20, 46, "支持高校与企业") + object(20 + 7 * SIZE, 46, "共建研发平台。"));
        String text = DocumentReader.decode("table.ofd", ofd(List.of(String.join("", page)))).text();

        assertThat(text).containsPattern("序号 {2,}重点任务 {2,}牵头单位")
                .containsPattern("\n1 {2,}建设创新平台 {2,}市科技局")
                .contains("支持高校与企业共建研发平台。");
    }

    @Test
    void anOfdWithoutTextOrPagesOrItsDocumentIsRefusedSayingWhy() throws IOException {
        assertThatThrownBy(() -> DocumentReader.decode("scan.ofd", ofd(List.of("", ""))))
                .isInstanceOf(BadDocumentException.class).hasMessageContaining("looks scanned");
        assertThatThrownBy(() -> DocumentReader.decode("empty.ofd", ofd(List.of())))
                .hasMessageContaining("has no pages");
        Map<String, String> noRoot = new LinkedHashMap<>();
        noRoot.put("OFD.xml", "<ofd:OFD xmlns:ofd=\"http://www.ofdspec.org/2016\"><ofd:DocBody/></ofd:OFD>");
        assertThatThrownBy(() -> DocumentReader.decode("broken.ofd", zip(noRoot)))
                .hasMessageContaining("names no document (DocRoot)");
    }

    /**
     * The text in pages: the lines a PDF copy prints ({@link DocumentFiles#printedLines}) at 7 mm apart, each page
     * with a running header on top, a page number below and a watermark set at a slant; every other line spaced
     * character by character (DeltaX in its "g" shorthand), as typesetting systems write a justified line.
     */
    private static List<String> pages(String text) {
        List<String> lines = DocumentFiles.printedLines(text);
        List<String> pages = new ArrayList<>();
        for (int first = 0, number = 1; first < lines.size(); first += LINES_PER_PAGE, number++) {
            StringBuilder page = new StringBuilder(object(60, 15, "澜江市人民政府行政规范性文件"));
            page.append("<ofd:TextObject ID=\"9\" Boundary=\"40 120 150 30\" Font=\"1\" Size=\"12\""
                    + " CTM=\"0.707 -0.707 0.707 0.707 0 20\"><ofd:TextCode X=\"0\" Y=\"12\">内部资料</ofd:TextCode>"
                    + "</ofd:TextObject>");
            for (int i = first; i < Math.min(lines.size(), first + LINES_PER_PAGE); i++) {
                String line = lines.get(i);
                double y = 30 + 7 * (i - first);
                page.append(i % 2 == 0 ? object(21, y, line) : spaced(21, y, line));
            }
            page.append(object(98, 285, "— " + number + " —"));
            pages.add(page.toString());
        }
        return pages;
    }

    private static String object(double x, double y, String text) {
        return "<ofd:TextObject ID=\"1\" Boundary=\"" + x + " " + (y - SIZE) + " 170 " + (SIZE * 1.2) + "\" Font=\"1\""
                + " Size=\"" + SIZE + "\"><ofd:TextCode X=\"0\" Y=\"" + SIZE + "\">" + escape(text)
                + "</ofd:TextCode></ofd:TextObject>";
    }

    private static String spaced(double x, double y, String text) {
        String deltas = text.length() > 1 ? "g " + (text.length() - 1) + " " + SIZE : "";
        return "<ofd:TextObject ID=\"2\" Boundary=\"" + x + " " + (y - SIZE) + " 170 " + (SIZE * 1.2) + "\" Font=\"1\""
                + " Size=\"" + SIZE + "\"><ofd:TextCode X=\"0\" Y=\"" + SIZE + "\" DeltaX=\"" + deltas + "\">"
                + escape(text) + "</ofd:TextCode></ofd:TextObject>";
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** An OFD package: OFD.xml naming Doc_0/Document.xml, which lists one Content.xml a page. */
    private static byte[] ofd(List<String> pages) throws IOException {
        String ns = "xmlns:ofd=\"http://www.ofdspec.org/2016\"";
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("OFD.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><ofd:OFD " + ns + " Version=\"1.0\" DocType=\"OFD\">"
                + "<ofd:DocBody><ofd:DocInfo><ofd:DocID>1</ofd:DocID></ofd:DocInfo>"
                + "<ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>");
        StringBuilder document = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><ofd:Document " + ns + ">"
                + "<ofd:CommonData><ofd:MaxUnitID>99</ofd:MaxUnitID><ofd:PageArea><ofd:PhysicalBox>0 0 210 297"
                + "</ofd:PhysicalBox></ofd:PageArea></ofd:CommonData><ofd:Pages>");
        for (int i = 0; i < pages.size(); i++) {
            document.append("<ofd:Page ID=\"").append(i + 10).append("\" BaseLoc=\"Pages/Page_").append(i)
                    .append("/Content.xml\"/>");
            parts.put("Doc_0/Pages/Page_" + i + "/Content.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><ofd:Page "
                    + ns + "><ofd:Content><ofd:Layer ID=\"3\">" + pages.get(i)
                    + "</ofd:Layer></ofd:Content></ofd:Page>");
        }
        parts.put("Doc_0/Document.xml", document.append("</ofd:Pages></ofd:Document>").toString());
        return zip(parts);
    }

    private static byte[] zip(Map<String, String> parts) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, String> part : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(part.getKey()));
                zip.write(part.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
