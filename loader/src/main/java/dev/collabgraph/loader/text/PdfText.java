package dev.collabgraph.loader.text;

import dev.collabgraph.loader.BadDocumentException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The text layer of a PDF in reading order (PDFBox sorts the text by its position on the page), page by page with
 * a form feed between pages, its running headers and page numbers removed ({@link PageNoise}). A PDF without a
 * text layer is a scan: it is refused with a message that says so, since the loader does no OCR.
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
            PDFTextStripper stripper = new PDFTextStripper();
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
            return PageNoise.remove(lines).stream()
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

    private static long visibleCharacters(String text) {
        return text.codePoints().filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c)).count();
    }
}
