package dev.collabgraph.loader.text;

import dev.collabgraph.loader.BadDocumentException;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.IRunElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlObject;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSdtBlock;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSdtContentBlock;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSdtRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The text of a Word (.docx) document's body, in order: one paragraph a line, a page break as a form feed, a table
 * as one line a row with its cells joined by tabs, as the loader's table reader takes them; the text boxes anchored in
 * a paragraph follow it. Headers and footers are left out: they are page furniture, not the document's text.
 */
final class DocxText {
    private DocxText() {
    }

    static String of(String name, byte[] bytes) {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            String text = text(document, false);
            // a document that marks its lead units by type alone (字体加粗的为牵头单位) is read again with the marks
            return BoldLeads.SAYS_BOLD_LEADS.matcher(text).find() ? text(document, true) : text;
        } catch (IOException | RuntimeException e) {
            if (e instanceof BadDocumentException bad) {
                throw bad;
            }
            throw new BadDocumentException(name, "cannot be opened as a Word (.docx) document: " + reason(e));
        }
    }

    /** The document's text; with {@code boldLeads}, the bold units of its tables' unit cells marked （牵头）. */
    private static String text(XWPFDocument document, boolean boldLeads) {
        StringBuilder out = new StringBuilder();
        WordNumbering numbering = new WordNumbering();
        // the body's block controls in order, as POI's own elements list them: read from their XML, since POI's
        // text of a control drops the controls inside its paragraphs (a form's fields inside a repeating section)
        List<CTSdtBlock> blocks = document.getDocument().getBody().getSdtList();
        int block = 0;
        for (IBodyElement element : document.getBodyElements()) {
            if (element instanceof XWPFParagraph paragraph) {
                if (paragraph.isPageBreak()) {
                    out.append('\f');
                }
                String text = textOf(paragraph);
                // a note line's bold units lead where the document says so (责任单位：县科技局、<b>县林业局</b>)
                out.append(numbering.label(paragraph))
                        .append(boldLeads && UNITS_LINE.matcher(text).lookingAt() ? markedListText(paragraph) : text)
                        .append('\n');
                textBoxes(paragraph).forEach(line -> out.append(line).append('\n'));
            } else if (element instanceof XWPFTable table) {
                appendRows(table, out, numbering, boldLeads);
            } else if (element instanceof XWPFSDT control) {
                if (block < blocks.size()) {
                    appendControl(blocks.get(block++), document, out, numbering, boldLeads);
                } else {
                    out.append(control.getContent().getText()).append('\n');
                }
            }
        }
        return out.toString();
    }

    /** The paragraphs, tables and controls inside a block control, in order, read as the body's own. */
    private static void appendControl(CTSdtBlock control, XWPFDocument document, StringBuilder out,
                                      WordNumbering numbering, boolean boldLeads) {
        CTSdtContentBlock content = control.getSdtContent();
        if (content == null) {
            return;
        }
        XmlCursor cursor = content.newCursor();
        try {
            for (boolean more = cursor.toFirstChild(); more; more = cursor.toNextSibling()) {
                XmlObject child = cursor.getObject();
                if (child instanceof CTP ctp) {
                    XWPFParagraph paragraph = new XWPFParagraph(ctp, document);
                    out.append(numbering.label(paragraph)).append(textOf(paragraph)).append('\n');
                } else if (child instanceof CTTbl ctTable) {
                    appendRows(new XWPFTable(ctTable, document), out, numbering, boldLeads);
                } else if (child instanceof CTSdtBlock nested) {
                    appendControl(nested, document, out, numbering, boldLeads);
                }
            }
        } finally {
            cursor.dispose();
        }
    }

    private static void appendRows(XWPFTable table, StringBuilder out, WordNumbering numbering, boolean boldLeads) {
        if (table.getRows().stream().allMatch(r -> r.getTableCells().size() <= 1)) {
            // a table of one column is a frame around text (a task list boxed row by row), not data: its
            // paragraphs are the document's own
            for (XWPFTableRow row : table.getRows()) {
                for (XWPFTableCell cell : row.getTableCells()) {
                    appendParagraphs(cell, out, numbering, boldLeads);
                }
            }
            return;
        }
        boolean header = true;
        for (XWPFTableRow row : table.getRows()) {
            List<String> cells = new ArrayList<>();
            for (XWPFTableCell cell : row.getTableCells()) {
                CTTcPr properties = cell.getCTTc().getTcPr();
                // a vertically merged cell's continuation is left empty: the table reader gives it the cell above
                cells.add(continuesMerge(properties) ? ""
                        : boldLeads && !header ? markedCellText(cell) : cellText(cell, numbering));
                // a cell spanning several grid columns keeps the columns after it, empty, so columns stay aligned
                for (int i = 1; i < gridSpan(properties); i++) {
                    cells.add("");
                }
            }
            out.append(String.join("\t", cells)).append('\n');
            header = false;
        }
    }

    /**
     * A unit cell's text with its bold units marked as the page shows them leading (区科技局（牵头）、区财政局): a run of
     * bold runs is one name or a list of names, marked after each. A cell that holds a sentence is left as it is.
     */
    private static String markedCellText(XWPFTableCell cell) {
        List<String> parts = new ArrayList<>();
        for (XWPFParagraph paragraph : cell.getParagraphs()) {
            String plain = textOf(paragraph);
            if (plain.indexOf('。') >= 0 || plain.indexOf('，') >= 0 || plain.length() > BoldLeads.MAX_LIST) {
                parts.add(plain);
                continue;
            }
            StringBuilder text = new StringBuilder();
            StringBuilder bold = new StringBuilder();
            for (XWPFRun run : paragraph.getRuns()) {
                if (run.isVanish() || movedAway(run)) {
                    continue;
                }
                if (run.isBold()) {
                    bold.append(run);
                    continue;
                }
                text.append(BoldLeads.marked(bold.toString()));
                bold.setLength(0);
                text.append(run);
            }
            text.append(BoldLeads.marked(bold.toString()));
            parts.add(text.toString());
        }
        return String.join(" ", parts).replaceAll("[\\t\\n\\r\\f]+", " ").strip();
    }

    /** A paragraph that lists a task's units after their label: 责任单位：…, 牵头单位：…. */
    private static final java.util.regex.Pattern UNITS_LINE = java.util.regex.Pattern.compile(
            "^[\\s\u3000]*[（(]?[\\p{IsHan}]{0,4}(?:单位|部门)[：:][^。，]{2," + BoldLeads.MAX_LIST + "}$");

    /** A units line's text with its bold units marked （牵头）; a bold label stays as it is. */
    private static String markedListText(XWPFParagraph paragraph) {
        StringBuilder text = new StringBuilder();
        StringBuilder bold = new StringBuilder();
        for (XWPFRun run : paragraph.getRuns()) {
            if (run.isVanish() || movedAway(run)) {
                continue;
            }
            String part = run.toString();
            if (run.isBold() && part.indexOf('：') < 0 && part.indexOf(':') < 0) {
                bold.append(part);
                continue;
            }
            text.append(BoldLeads.marked(bold.toString()));
            bold.setLength(0);
            text.append(part);
        }
        text.append(BoldLeads.marked(bold.toString()));
        return text.toString();
    }

    private static void appendParagraphs(XWPFTableCell cell, StringBuilder out, WordNumbering numbering,
                                         boolean boldLeads) {
        for (IBodyElement element : cell.getBodyElements()) {
            if (element instanceof XWPFParagraph paragraph) {
                out.append(numbering.label(paragraph)).append(textOf(paragraph)).append('\n');
            } else if (element instanceof XWPFTable nested) {
                appendRows(nested, out, numbering, boldLeads);
            }
        }
    }

    /**
     * A cell's paragraphs joined by a space, which parts list items (units one a line) as the table reader expects;
     * a tab or line break inside the cell would split the row. A 序号 column Word numbers itself keeps its numbers.
     */
    private static String cellText(XWPFTableCell cell, WordNumbering numbering) {
        List<String> parts = new ArrayList<>();
        for (IBodyElement element : cell.getBodyElements()) {
            if (element instanceof XWPFParagraph paragraph) {
                parts.add(numbering.label(paragraph) + textOf(paragraph));
            } else if (element instanceof XWPFTable nested) {
                StringBuilder text = new StringBuilder();
                appendRows(nested, text, numbering, false);
                parts.add(text.toString());
            }
        }
        return String.join(" ", parts).replaceAll("[\\t\\n\\r\\f]+", " ").strip();
    }

    private static final String WORD_NS = "declare namespace w='http://schemas.openxmlformats.org/wordprocessingml/2006/main' ";

    /**
     * The lines of the text boxes anchored in {@code paragraph} (a 专栏 box floating beside a task, a masthead), one a
     * box paragraph, after the paragraph's own text: a box a drawing holds comes with an older copy of itself for
     * readers without drawings (mc:Fallback), which is left out.
     */
    private static List<String> textBoxes(XWPFParagraph paragraph) {
        XmlObject[] boxes = paragraph.getCTP().selectPath(WORD_NS + ".//w:txbxContent");
        if (boxes.length == 0) {
            return List.of();
        }
        List<String> lines = new ArrayList<>();
        for (XmlObject box : boxes) {
            if (inFallback(box)) {
                continue;
            }
            for (XmlObject p : box.selectPath(WORD_NS + "./w:p")) {
                StringBuilder line = new StringBuilder();
                for (XmlObject t : p.selectPath(WORD_NS + ".//w:t")) {
                    try (XmlCursor cursor = t.newCursor()) {
                        line.append(cursor.getTextValue());
                    }
                }
                if (!line.isEmpty()) {
                    lines.add(line.toString());
                }
            }
        }
        return lines;
    }

    /** Whether {@code element} stands in an mc:Fallback: the copy of a drawing for readers that cannot show it. */
    private static boolean inFallback(XmlObject element) {
        try (XmlCursor cursor = element.newCursor()) {
            while (cursor.toParent()) {
                if ("Fallback".equals(cursor.getName() == null ? null : cursor.getName().getLocalPart())) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * A paragraph's text without the prompt an empty content control shows (单击或点击此处输入文字。, 选择一项。): a form
     * field nobody filled names nothing.
     */
    static String textOf(XWPFParagraph paragraph) {
        String text = runInHeading(paragraph, visibleText(paragraph));
        if (text.indexOf('\t') < 0 || PAGE_NUMBER_AFTER_TAB.matcher(text).find() || !DocxTabs.leaderAtRight(paragraph)) {
            return text; // a table of contents' line, its page number after the leader, stays as it was read
        }
        // a tab to a right-aligned stop with a leader (title……unit, as a table of contents sets a page number):
        // the dots the page shows, the margin's tab dropped
        return text.replaceFirst("^\t+", "").replaceAll("\t+", "……");
    }

    private static final java.util.regex.Pattern PAGE_NUMBER_AFTER_TAB = java.util.regex.Pattern.compile("\t\\s*[\\dIVXivx—-]+\\s*$");

    /**
     * A paragraph's text as the page shows it: without the prompt an empty content control shows, without hidden
     * runs (w:vanish: a template's instructions, a replaced name kept out of sight) and without text moved away.
     */
    private static String visibleText(XWPFParagraph paragraph) {
        List<CTSdtRun> controls = paragraph.getCTP().getSdtList();
        boolean hidden = paragraph.getRuns().stream().anyMatch(r -> r.isVanish() || movedAway(r));
        if (!hidden && controls.stream().noneMatch(DocxText::showsPrompt)) {
            return paragraph.getText();
        }
        StringBuilder text = new StringBuilder();
        int control = 0;
        for (IRunElement run : paragraph.getIRuns()) {
            if (run instanceof XWPFSDT sdt) {
                boolean prompt = control < controls.size() && showsPrompt(controls.get(control));
                control++;
                if (!prompt) {
                    text.append(sdt.getContent().getText());
                }
            } else if (run instanceof XWPFRun plain && !plain.isVanish() && !movedAway(plain)) {
                text.append(plain);
            }
        }
        return text.toString();
    }

    /** An item's label at a paragraph's start: （一）, 一、, 1., 1、, （1）, ①. */
    private static final java.util.regex.Pattern ITEM_LABEL = java.util.regex.Pattern.compile(
            "^[\\s\u3000]*(?:[（(][一二三四五六七八九十\\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}、|\\d{1,2}[.．、](?!\\d)|[\u2460-\u2473])");
    /** What ends a heading phrase already: no full stop is added after it. */
    private static final String HEADING_ENDS = "。：:；;，,！？!?、）)】」》”—…．.·";
    private static final int MIN_HEADING = 4;
    private static final int MAX_HEADING = 40;

    /**
     * An item whose heading Word sets in bold and runs into its text with no mark between ((一)高校院所成果入园攻坚 ⟨bold⟩
     * 支持…): the page shows where the heading ends by its type, which the text drops, so a full stop is written there.
     * Only for a paragraph that opens with an item's label inside the bold run.
     */
    private static String runInHeading(XWPFParagraph paragraph, String text) {
        if (!ITEM_LABEL.matcher(text).lookingAt()) {
            return text;
        }
        StringBuilder bold = new StringBuilder();
        boolean rest = false;
        for (XWPFRun run : paragraph.getRuns()) {
            if (run.isVanish() || movedAway(run)) {
                continue;
            }
            String piece = run.toString();
            if (piece.isEmpty()) {
                continue;
            }
            if (!run.isBold()) {
                rest = true;
                break;
            }
            bold.append(piece);
        }
        return withHeadingStop(text, bold.toString(), rest);
    }

    /**
     * {@code text} with a full stop after its run-in heading {@code bold} (the paragraph's leading bold type, {@code
     * rest} whether type that is not bold follows it), where the heading runs straight into its text with no mark.
     */
    static String withHeadingStop(String text, String bold, boolean rest) {
        String heading = bold.stripTrailing();
        if (!rest || heading.length() < MIN_HEADING || heading.length() > MAX_HEADING
                || HEADING_ENDS.indexOf(heading.charAt(heading.length() - 1)) >= 0 || !text.startsWith(heading)
                || !ITEM_LABEL.matcher(text).lookingAt()) {
            return text;
        }
        // the text runs straight on (a tab or blank after the heading sets the unit off, as a leader line does)
        String after = text.substring(heading.length());
        if (after.isEmpty() || !(Character.isIdeographic(after.charAt(0)) || after.charAt(0) == '“')) {
            return text;
        }
        return heading + "。" + text.substring(heading.length());
    }

    /**
     * Whether a run is the old place of text moved elsewhere with changes tracked (w:moveFrom): the page with the
     * changes accepted shows it only where it was moved to (w:moveTo), so it is read there alone.
     */
    private static boolean movedAway(XWPFRun run) {
        org.w3c.dom.Node parent = run.getCTR().getDomNode().getParentNode();
        return parent != null && "moveFrom".equals(parent.getLocalName());
    }

    private static boolean showsPrompt(CTSdtRun control) {
        return control.getSdtPr() != null && control.getSdtPr().isSetShowingPlcHdr()
                && !"false".equals(String.valueOf(control.getSdtPr().getShowingPlcHdr().getVal()))
                && !"0".equals(String.valueOf(control.getSdtPr().getShowingPlcHdr().getVal()));
    }

    private static boolean continuesMerge(CTTcPr properties) {
        return properties != null && properties.isSetVMerge()
                && (properties.getVMerge().getVal() == null || properties.getVMerge().getVal() == STMerge.CONTINUE);
    }

    private static int gridSpan(CTTcPr properties) {
        if (properties == null || !properties.isSetGridSpan() || properties.getGridSpan().getVal() == null) {
            return 1;
        }
        return Math.max(1, Math.min(64, properties.getGridSpan().getVal().intValue()));
    }

    /** What went wrong in a library's words, first line only; "damaged" when it says nothing. */
    static String reason(Exception e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? "the file is damaged"
                : message.lines().findFirst().orElse(message).strip();
    }
}
