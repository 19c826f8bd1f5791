package dev.collabgraph.loader.text;

import dev.collabgraph.loader.BadDocumentException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The text layer of a PDF in reading order (PDFBox sorts the text by its position on the page), page by page with
 * a form feed between pages, its running headers and page numbers removed ({@link PageNoise}). A PDF without a
 * text layer is a scan: it is refused with a message that says so, since the loader does no OCR. A wide gap between
 * two words of a line (a table's cells set apart without rules) is kept as wide as it was printed, in spaces, so
 * that the cleaner reads the line as a row of cells, not as a sentence with a space in it. A page set in two columns
 * is read column by column ({@link PdfColumns}).
 */
final class PdfText {
    /** Fewer visible characters than this per page on average: a scan with at most a stray header in text. */
    private static final int MIN_CHARACTERS_PER_PAGE = 20;
    private static final String PAGE_END = "\f";

    private PdfText() {
    }

    static String of(String name, byte[] bytes) {
        try (PDDocument document = Loader.loadPDF(bytes)) {
            int pages = document.getNumberOfPages();
            if (pages == 0) {
                throw new BadDocumentException(name, "the PDF has no pages");
            }
            PDFTextStripper stripper = new GapStripper();
            stripper.setSortByPosition(true);
            stripper.setLineSeparator("\n");
            stripper.setPageEnd(PAGE_END);
            String text = stripper.getText(document);
            if (visibleCharacters(text) < (long) MIN_CHARACTERS_PER_PAGE * pages) {
                throw new BadDocumentException(name, "the PDF has no text layer (" + pages
                        + (pages == 1 ? " page" : " pages") + " of images): it looks scanned; run OCR on it first "
                        + "(or load the document as .docx or .txt)");
            }
            List<List<String>> lines = Arrays.stream(text.split(PAGE_END, -1), 0, pages)
                    .map(page -> page.lines().toList()).toList();
            return PageNoise.remove(MarkupBalloons.remove(lines)).stream()
                    .map(page -> String.join("\n", page))
                    .collect(Collectors.joining("\n" + PAGE_END + "\n", "", "\n"));
        } catch (InvalidPasswordException e) {
            throw new BadDocumentException(name, "the PDF is password-protected: open it and save it without a password");
        } catch (IOException | RuntimeException e) {
            if (e instanceof BadDocumentException bad) {
                throw bad;
            }
            throw new BadDocumentException(name, "cannot be opened as a PDF document: " + DocxText.reason(e));
        }
    }

    /**
     * Writes each word of a line where it was printed, counted in half-characters (a Han character is two wide, as
     * the table reader counts them) from the page's left edge: a gap between two words as wide as it was (one space
     * for a narrow one), and a line's indent, so that a table's cells stay under their columns even on lines that
     * continue a wrapped cell.
     */
    private static final class GapStripper extends PDFTextStripper {
        /** A gap this many half-characters wide or wider is a cell gap, not a word space. */
        private static final float CELL_GAP = 1.5f;
        private static final int MAX_COLUMN = 400;
        private boolean separatorPending;
        private boolean lineStarted;
        /** The half-character columns written on the current line so far. */
        private int column;
        /** Where the last word written ended on the page, in points. */
        private float lastEnd;
        /** The left edge of the page's text and its most common half-character width, in points. */
        private float pageLeft;
        private float half = 6;

        GapStripper() throws IOException {
        }

        /** How far from a right angle a glyph may be turned and still be the page's text. */
        private static final double MAX_TILT_DEGREES = 3;

        /**
         * Glyphs set at a slant (a site's name stamped diagonally over every page of a download, a 样本 or 草稿
         * stamp) are no part of the text: read in position order, they would cut the printed lines they cross.
         */
        @Override
        protected void processTextPosition(TextPosition text) {
            org.apache.pdfbox.util.Matrix m = text.getTextMatrix();
            double angle = Math.toDegrees(Math.atan2(m.getShearY(), m.getScaleX()));
            double offRight = Math.abs(angle - 90 * Math.round(angle / 90));
            if (offRight <= MAX_TILT_DEGREES) {
                super.processTextPosition(text);
            }
        }

        @Override
        protected void writePage() throws IOException {
            float left = Float.MAX_VALUE;
            Map<Integer, Integer> sizes = new HashMap<>();
            for (List<TextPosition> article : getCharactersByArticle()) {
                for (TextPosition position : article) {
                    if (!position.getUnicode().isBlank()) {
                        left = Math.min(left, position.getXDirAdj());
                        sizes.merge(Math.round(position.getFontSizeInPt() * 2), 1, Integer::sum);
                    }
                }
            }
            pageLeft = left == Float.MAX_VALUE ? 0 : left;
            // a page starts on a line of its own: its first line is indented from this page's edge, not placed after
            // the last line of the page before (a table row opening a page kept its cells' columns only so)
            column = 0;
            lineStarted = false;
            separatorPending = false;
            int commonSize = sizes.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(24);
            half = Math.max(1f, commonSize / 4f); // the key is twice the size; half a character is half the size
            articleLefts.clear();
            articleIndex = 0;
            articleTables.clear();
            List<TextPosition> all = new ArrayList<>();
            getCharactersByArticle().forEach(all::addAll);
            List<PdfRuledTables.Table> tables = PdfRuledTables.read(getCurrentPage(), all);
            PdfColumns.Parts parts = tables.isEmpty() ? PdfColumns.split(all, half * 2) : null;
            if (!tables.isEmpty()) {
                readAroundTables(all, tables);
            } else if (parts != null) {
                // a page in two columns is read column by column, each from its own left edge
                charactersByArticle.clear();
                for (List<TextPosition> part : List.of(parts.header(), parts.left(), parts.right(), parts.footer())) {
                    if (!part.isEmpty()) {
                        charactersByArticle.add(new ArrayList<>(part));
                        articleLefts.add(part == parts.right()
                                ? (float) part.stream().mapToDouble(TextPosition::getXDirAdj).min().orElse(pageLeft)
                                : pageLeft);
                    }
                }
            }
            super.writePage();
        }

        /**
         * The page read as its articles: the text above, between and below its ruled tables, each table an article of
         * its own written from its cells ({@link #startArticle}).
         */
        private void readAroundTables(List<TextPosition> all, List<PdfRuledTables.Table> tables) {
            charactersByArticle.clear();
            List<List<TextPosition>> between = new ArrayList<>();
            for (int i = 0; i <= tables.size(); i++) {
                between.add(new ArrayList<>());
            }
            for (TextPosition position : all) {
                int before = 0;
                boolean inTable = false;
                for (PdfRuledTables.Table table : tables) {
                    if (table.holds(position)) {
                        inTable = true;
                        break;
                    }
                    before += table.isAbove(position) ? 1 : 0;
                }
                if (!inTable) {
                    between.get(before).add(position);
                }
            }
            for (int i = 0; i <= tables.size(); i++) {
                charactersByArticle.add(between.get(i));
                articleLefts.add(pageLeft);
                articleTables.add(null);
                if (i < tables.size()) {
                    charactersByArticle.add(new ArrayList<>());
                    articleLefts.add(pageLeft);
                    articleTables.add(tables.get(i));
                }
            }
        }

        /** Each article's left edge when a page is read in parts (columns, or text around ruled tables), else empty. */
        private final List<Float> articleLefts = new ArrayList<>();
        /** For a page read around ruled tables, each article's table (null for text between them), else empty. */
        private final List<PdfRuledTables.Table> articleTables = new ArrayList<>();
        /** Whether the current article wrote anything. */
        private boolean articleWritten;
        private int articleIndex;
        private float articleLeft;

        @Override
        protected void startArticle(boolean isLTR) throws IOException {
            articleLeft = articleIndex < articleLefts.size() ? articleLefts.get(articleIndex) : pageLeft;
            PdfRuledTables.Table table = articleIndex < articleTables.size() ? articleTables.get(articleIndex) : null;
            articleIndex++;
            articleWritten = false;
            super.startArticle(isLTR);
            if (table != null) {
                for (int i = 0; i < table.rows().size(); i++) {
                    if (i > 0) {
                        writeLineSeparator();
                    }
                    writeString(table.rows().get(i));
                }
                articleWritten = true;
            }
        }

        @Override
        protected void endArticle() throws IOException {
            super.endArticle();
            if (!articleLefts.isEmpty() && articleIndex < articleLefts.size() && (articleTables.isEmpty() || articleWritten)) {
                writeLineSeparator(); // the next column starts on a line of its own
            }
        }

        @Override
        protected void writeWordSeparator() {
            separatorPending = true; // written with the next word, once its position is known
        }

        @Override
        protected void writeLineSeparator() throws IOException {
            separatorPending = false;
            lineStarted = false;
            column = 0;
            super.writeLineSeparator();
        }

        @Override
        protected void writeString(String text, List<TextPosition> positions) throws IOException {
            if (!positions.isEmpty()) {
                TextPosition first = positions.get(0);
                int target = Math.min(MAX_COLUMN, Math.max(0, Math.round((first.getXDirAdj() - articleLeft) / half)));
                int spaces = target - column;
                if (separatorPending && lineStarted) {
                    // the printed gap decides between a word space and a cell gap; the column, how wide it is written
                    boolean cellGap = (first.getXDirAdj() - lastEnd) / half >= CELL_GAP;
                    spaces = cellGap ? Math.max(2, spaces) : 1;
                } else if (separatorPending) {
                    spaces = Math.max(1, spaces);
                } else if (!lineStarted && spaces < 2) {
                    spaces = 0;
                }
                if (spaces > 0) {
                    writeString(" ".repeat(spaces));
                    column += spaces;
                }
            } else if (separatorPending) {
                writeString(" ");
                column++;
            }
            separatorPending = false;
            lineStarted = true;
            articleWritten = true;
            super.writeString(text, positions);
            column += width(text);
            if (!positions.isEmpty()) {
                TextPosition last = positions.get(positions.size() - 1);
                lastEnd = last.getXDirAdj() + last.getWidthDirAdj();
            }
        }

        /** Half-characters: two for a wide (Han, full-width) character, one for any other. */
        private static int width(String text) {
            return DisplayWidth.of(text);
        }
    }

    private static long visibleCharacters(String text) {
        return text.codePoints().filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c)).count();
    }
}
