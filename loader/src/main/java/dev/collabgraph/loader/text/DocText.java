package dev.collabgraph.loader.text;

import dev.collabgraph.loader.BadDocumentException;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.usermodel.CharacterRun;
import org.apache.poi.hwpf.usermodel.HWPFList;
import org.apache.poi.hwpf.usermodel.Notes;
import org.apache.poi.hwpf.usermodel.Paragraph;
import org.apache.poi.hwpf.usermodel.Range;
import org.apache.poi.hwpf.usermodel.Table;
import org.apache.poi.hwpf.usermodel.TableCell;
import org.apache.poi.hwpf.usermodel.TableRow;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The text of a Word 97–2003 (.doc) document's body, laid out as {@link DocxText} lays out a .docx: one paragraph a
 * line with its list number written out, a page break as a form feed, a table as one line a row with its cells joined
 * by tabs (a merged cell's continuation left empty, for the table reader to fill from the cell above). Government
 * portals still publish most attachments in this format, and WPS Writer saves the same structure under .wps.
 */
final class DocText {
    private static final int LEVELS = 9;
    /**
     * Word's binary number formats (MSONFC) by code, named as the .docx formats {@link WordNumbering} writes: the
     * codes the two formats share are the same list in the same order.
     */
    private static final String[] FORMATS = {"decimal", "upperRoman", "lowerRoman", "upperLetter", "lowerLetter",
            "ordinal", "cardinalText", "ordinalText", "hex", "chicago", "ideographDigital", "japaneseCounting", "aiueo",
            "iroha", "decimalFullWidth", "decimalHalfWidth", "japaneseLegal", "japaneseDigitalTenThousand",
            "decimalEnclosedCircle", "decimalFullWidth2", "aiueoFullWidth", "irohaFullWidth", "decimalZero", "bullet",
            "ganada", "chosung", "decimalEnclosedFullstop", "decimalEnclosedParen", "decimalEnclosedCircleChinese",
            "ideographEnclosedCircle", "ideographTraditional", "ideographZodiac", "ideographZodiacTraditional",
            "taiwaneseCounting", "ideographLegalTraditional", "taiwaneseCountingThousand", "taiwaneseDigital",
            "chineseCounting", "chineseLegalSimplified", "chineseCountingThousand"};
    private static final int NO_NUMBER = 0xFF;

    private DocText() {
    }

    static String of(String name, byte[] bytes) {
        try (HWPFDocument document = new HWPFDocument(new ByteArrayInputStream(bytes))) {
            return new DocText.Reader(document).text();
        } catch (Exception | LinkageError e) {
            if (e instanceof BadDocumentException bad) {
                throw bad;
            }
            String why = e.getClass().getSimpleName().contains("OldWordFileFormat")
                    ? "a Word 6/95 file, older than the .doc format read: save it as .docx"
                    : e.getClass().getSimpleName().contains("Encrypted") ? "the file is password-protected"
                    : String.valueOf(e.getMessage());
            throw new BadDocumentException(name, "cannot be opened as a Word 97–2003 (.doc) document: " + why);
        }
    }

    /** One document's reading: its footnotes are written where they are referred to, as {@link DocxText} has them. */
    private static final class Reader {
        private final Range body;
        private final Notes footnotes;
        private final String footnoteText;
        private final Numbering numbering = new Numbering();

        Reader(HWPFDocument document) {
            this.body = document.getRange();
            this.footnotes = document.getFootnotes();
            String notes;
            try {
                notes = footnotes.getNotesCount() == 0 ? "" : document.getFootnoteRange().text();
            } catch (RuntimeException e) {
                notes = "";
            }
            this.footnoteText = notes;
        }

        String text() {
            StringBuilder out = new StringBuilder();
            int count = body.numParagraphs();
            for (int i = 0; i < count; ) {
                Paragraph paragraph = body.getParagraph(i);
                if (paragraph.isInTable()) {
                    Table table = body.getTable(paragraph);
                    appendRows(table, out);
                    i += Math.max(1, table.numParagraphs());
                    continue;
                }
                out.append(numbering.label(paragraph)).append(paragraphText(paragraph)).append('\n');
                i++;
            }
            return out.toString();
        }

        private void appendRows(Table table, StringBuilder out) {
            boolean frame = true;
            for (int r = 0; r < table.numRows(); r++) {
                frame &= table.getRow(r).numCells() <= 1;
            }
            ColumnLines grid = frame ? null : grid(table);
            for (int r = 0; r < table.numRows(); r++) {
                TableRow row = table.getRow(r);
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < row.numCells(); c++) {
                    TableCell cell = row.getCell(c);
                    if (frame) {
                        // a table of one column frames text (a task list boxed row by row): its paragraphs are the body's
                        for (int p = 0; p < cell.numParagraphs(); p++) {
                            Paragraph paragraph = cell.getParagraph(p);
                            out.append(numbering.label(paragraph)).append(paragraphText(paragraph)).append('\n');
                        }
                        continue;
                    }
                    boolean continuation = (cell.isVerticallyMerged() && !cell.isFirstVerticallyMerged())
                            || (cell.isMerged() && !cell.isFirstMerged());
                    cells.add(continuation ? "" : cellText(cell));
                    // a cell as wide as several columns of other rows keeps the columns after it, empty, so columns
                    // stay aligned (Word stores a horizontal merge as one wider cell)
                    for (int i = 1; i < grid.span(cell.getLeftEdge(), cell.getLeftEdge() + cell.getWidth()); i++) {
                        cells.add("");
                    }
                }
                if (!frame) {
                    out.append(String.join("\t", cells)).append('\n');
                }
            }
        }

        /** The column lines of a table: every cell's right edge in every row. */
        private static ColumnLines grid(Table table) {
            List<Integer> edges = new ArrayList<>();
            for (int r = 0; r < table.numRows(); r++) {
                TableRow row = table.getRow(r);
                for (int c = 0; c < row.numCells(); c++) {
                    edges.add(row.getCell(c).getLeftEdge() + row.getCell(c).getWidth());
                }
            }
            return new ColumnLines(edges);
        }

        private String cellText(TableCell cell) {
            List<String> parts = new ArrayList<>();
            for (int p = 0; p < cell.numParagraphs(); p++) {
                Paragraph paragraph = cell.getParagraph(p);
                parts.add(numbering.label(paragraph) + paragraphText(paragraph));
            }
            return String.join(" ", parts).replaceAll("[\\t\\n\\r\\f\\u000b]+", " ").strip();
        }

        /**
         * A paragraph's text as the page shows it with tracked changes accepted: deleted and hidden runs left out, a
         * footnote's text after the paragraph ([footnoteRef:N] where it is referred to, [N: text] at the end), and a
         * full stop after a bold run-in heading the text runs on from.
         */
        private String paragraphText(Paragraph paragraph) {
            StringBuilder raw = new StringBuilder();
            StringBuilder bold = new StringBuilder();
            boolean rest = false;
            List<String> notes = new ArrayList<>();
            for (int k = 0; k < paragraph.numCharacterRuns(); k++) {
                CharacterRun run = paragraph.getCharacterRun(k);
                if (run.isMarkedDeleted() || run.isVanished()) {
                    continue;
                }
                String piece = run.text();
                int note = piece.indexOf('\u0002') >= 0 ? noteAt(run) : -1;
                if (note >= 0) {
                    piece = piece.replace("\u0002", "[footnoteRef:" + (note + 1) + "]");
                    notes.add(" [" + (note + 1) + ": " + noteText(note) + "] ");
                }
                raw.append(piece);
                if (!rest && !plain(piece).isBlank()) {
                    if (run.isBold()) {
                        bold.append(piece);
                    } else {
                        rest = true;
                    }
                }
            }
            String text = plain(raw.toString());
            text = DocxText.withHeadingStop(text, plain(bold.toString()), rest);
            return notes.isEmpty() ? text : text + String.join("", notes);
        }

        private int noteAt(CharacterRun run) {
            if (footnotes == null || footnotes.getNotesCount() == 0) {
                return -1;
            }
            for (int cp = run.getStartOffset(); cp < run.getEndOffset(); cp++) {
                int index = footnotes.getNoteIndexByAnchorPosition(cp);
                if (index >= 0) {
                    return index;
                }
            }
            return -1;
        }

        private String noteText(int index) {
            int start = Math.max(0, Math.min(footnoteText.length(), footnotes.getNoteTextStartOffset(index)));
            int end = Math.max(start, Math.min(footnoteText.length(), footnotes.getNoteTextEndOffset(index)));
            // the note opens with its own mark and a blank, and ends with its paragraph mark
            return plain(footnoteText.substring(start, end).replace('\u0002', ' ')).replace('\n', ' ').strip();
        }
    }

    /**
     * A paragraph's characters as shown: a field's code (PAGE, HYPERLINK "…") left out and its result kept, a line
     * break (Shift+Enter) a new line, the paragraph and cell marks dropped.
     */
    static String plain(String text) {
        StringBuilder out = new StringBuilder(text.length());
        // the open fields, innermost last: true while a field is in its code, false once in its result
        java.util.ArrayDeque<Boolean> fields = new java.util.ArrayDeque<>();
        int codes = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\u0013' -> {
                    fields.push(true);
                    codes++;
                }
                case '\u0014' -> {
                    if (!fields.isEmpty() && fields.peek()) {
                        fields.pop();
                        fields.push(false);
                        codes--;
                    }
                }
                case '\u0015' -> {
                    if (!fields.isEmpty() && fields.pop()) {
                        codes--;
                    }
                }
                case '\r', '\u0007' -> {
                }
                default -> {
                    if (codes == 0) {
                        out.append(c == '\u000b' ? '\n' : c);
                    }
                }
            }
        }
        return out.toString();
    }

    /** List numbers, counted per list as Word draws them: a level's count restarts under a new item above it. */
    private static final class Numbering {
        private final Map<Integer, int[]> counters = new HashMap<>();

        String label(Paragraph paragraph) {
            if (!paragraph.isInList()) {
                return "";
            }
            HWPFList list;
            try {
                list = paragraph.getList();
            } catch (RuntimeException e) {
                return "";
            }
            if (list == null) {
                return "";
            }
            int level = Math.max(0, Math.min(LEVELS - 1, paragraph.getIlvl()));
            int format;
            String pattern;
            try {
                format = list.getNumberFormat((char) level);
                pattern = list.getNumberText((char) level);
            } catch (RuntimeException e) {
                return "";
            }
            if (format == 23) {
                return level == 0 ? WordNumbering.BULLET : WordNumbering.SUB_BULLET;
            }
            if (format == NO_NUMBER || pattern == null) {
                return "";
            }
            int[] count = counters.computeIfAbsent(list.getLsid(), id -> starts(list));
            count[level]++;
            for (int deeper = level + 1; deeper < LEVELS; deeper++) {
                count[deeper] = start(list, deeper) - 1;
            }
            String name = format >= 0 && format < FORMATS.length ? FORMATS[format] : "decimal";
            StringBuilder label = new StringBuilder();
            for (int i = 0; i < pattern.length(); i++) {
                char c = pattern.charAt(i);
                if (c < LEVELS) {
                    // a placeholder of the paragraph's own level takes its format; higher levels are written as digits
                    label.append(c == level ? WordNumbering.formatted(count[c], name)
                            : Integer.toString(Math.max(1, count[c])));
                } else {
                    label.append(c);
                }
            }
            return label.toString();
        }

        private static int[] starts(HWPFList list) {
            int[] count = new int[LEVELS];
            for (int level = 0; level < LEVELS; level++) {
                count[level] = start(list, level) - 1;
            }
            return count;
        }

        private static int start(HWPFList list, int level) {
            try {
                return Math.max(0, list.getStartAt((char) level));
            } catch (RuntimeException e) {
                return 1;
            }
        }
    }
}
