package dev.collabgraph.bench.formats;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;

import java.io.ByteArrayOutputStream;
import java.io.IOException;

/**
 * A text as Word saves it after a planner pasted it in and tidied it: a paragraph a line (a blank line an empty
 * paragraph), headings set in a bold 黑体 run, each run of tab-separated lines a real table.
 */
final class DocxCopy {
    private DocxCopy() {
    }

    static byte[] render(String text) throws IOException {
        try (XWPFDocument document = new XWPFDocument()) {
            for (Blocks.Block block : Blocks.of(text)) {
                if (block instanceof Blocks.Paragraph p) {
                    paragraph(document, p);
                } else if (block instanceof Blocks.Table t) {
                    table(document, t);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.write(out);
            return out.toByteArray();
        }
    }

    private static void paragraph(XWPFDocument document, Blocks.Paragraph p) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setPageBreak(p.newPage());
        if (p.blank()) {
            return;
        }
        XWPFRun run = paragraph.createRun();
        run.setText(p.text());
        if (p.level() > 0) {
            run.setBold(true);
            run.setFontFamily(p.level() == 1 ? "黑体" : "楷体");
        }
    }

    private static void table(XWPFDocument document, Blocks.Table t) {
        XWPFTable table = document.createTable(t.rows().size(), t.columns());
        for (int r = 0; r < t.rows().size(); r++) {
            for (int c = 0; c < t.columns(); c++) {
                String cell = t.rows().get(r).get(c);
                if (!cell.isEmpty()) {
                    table.getRow(r).getCell(c).setText(cell);
                }
            }
        }
    }
}
