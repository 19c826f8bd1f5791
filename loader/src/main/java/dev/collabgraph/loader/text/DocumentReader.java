package dev.collabgraph.loader.text;

import dev.collabgraph.loader.BadDocumentException;

import java.nio.file.Path;
import java.util.Locale;

/**
 * The one way into the loader for a document file: plain text in any encoding ({@link Decoder}), Word (.docx, and
 * .doc or .wps of Word 97–2003), OpenDocument text (.odt), spreadsheets (.xlsx, .xls), OFD (.ofd), RTF (.rtf), PDF with a text layer, web pages (.html, and .mht saved as one file) and a portal's API answer holding the article (JSON, {@link JsonText}). Each becomes a {@link SourceText} whose text is the extracted
 * plain text, so every evidence offset refers to it; {@code charset} names the format it came from and
 * {@code sha256} stays the hash of the file's bytes, which tells revisions apart.
 */
public final class DocumentReader {
    private DocumentReader() {
    }

    public static SourceText read(Path file) {
        return read(file, SizeLimit.DEFAULT);
    }

    /** Reads a file no larger than {@code limit} (checked before it is read). */
    public static SourceText read(Path file, SizeLimit limit) {
        return decode(file.toString(), FileBytes.read(file, limit));
    }

    /** The document {@code name} (its file name, whose extension helps tell the format) with these bytes. */
    public static SourceText decode(String name, byte[] bytes) {
        if (bytes.length == 0) {
            throw new BadDocumentException(name, "file is empty");
        }
        DocumentFormat format = DocumentFormat.of(name, bytes);
        try {
            return read(name, bytes, format);
        } catch (BadDocumentException e) {
            throw e;
        } catch (RuntimeException e) {
            // a reader tripped on a damaged file in a way it did not foresee: the file is refused, not the server
            throw new BadDocumentException(name, "cannot be read as " + format.name().toLowerCase(Locale.ROOT)
                    + ": " + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : " " + e.getMessage()));
        }
    }

    private static SourceText read(String name, byte[] bytes, DocumentFormat format) {
        return switch (format) {
            case TEXT -> JsonText.looksLikeJson(bytes)
                    ? JsonText.of(name, bytes).map(text -> extracted(name, bytes, "json", text))
                            .orElseGet(() -> Decoder.decode(name, bytes))
                    : Decoder.decode(name, bytes);
            case DOCX -> extracted(name, bytes, "docx", DocxText.of(name, bytes));
            case DOC -> extracted(name, bytes, "doc", DocText.of(name, bytes));
            case SHEET -> extracted(name, bytes, bytes[0] == 'P' ? "xlsx" : "xls", SheetText.of(name, bytes));
            case ODT -> extracted(name, bytes, "odt", OdtText.of(name, bytes));
            case OFD -> extracted(name, bytes, "ofd", OfdText.of(name, bytes));
            case RTF -> extracted(name, bytes, "rtf", RtfText.of(name, bytes));
            case MHT -> extracted(name, bytes, "mht", MhtText.of(name, bytes));
            case PDF -> extracted(name, bytes, "pdf", PdfText.of(name, bytes));
            case HTML -> extracted(name, bytes, "html", HtmlText.of(name, bytes));
        };
    }

    /**
     * The extracted text as the document's source text. Control characters (a PDF font's unmapped glyphs, a Word
     * field's marks) carry nothing and are dropped: this text, not the file, is what offsets refer to.
     */
    private static SourceText extracted(String name, byte[] bytes, String format, String extractedText) {
        String text = withoutControlCharacters(extractedText);
        if (text.isBlank()) {
            throw new BadDocumentException(name, "the " + format.toUpperCase(Locale.ROOT)
                    + " document holds no text");
        }
        return new SourceText(name, text, format, Decoder.sha256(bytes));
    }

    private static String withoutControlCharacters(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= ' ' || c == '\n' || c == '\t' || c == '\f') {
                out.append(c);
            }
        }
        return out.toString();
    }
}
