package dev.collabgraph.loader.text;

import dev.collabgraph.loader.BadDocumentException;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The formats the loader reads, told apart by what the bytes are and, where they say nothing clear, by the file's
 * extension: a Word file renamed .txt is still read as Word, and a .docx that is no zip is refused rather than read
 * as text.
 */
public enum DocumentFormat {
    TEXT, DOCX, PDF, HTML;

    /** Extensions of every document {@code load DIR} picks up. */
    public static final Set<String> EXTENSIONS = Set.of("txt", "docx", "pdf", "html", "htm");
    /** Formats planners keep documents in that are not read: refused with what to do instead. */
    public static final Set<String> UNREAD_EXTENSIONS = Set.of("doc", "wps", "rtf", "odt", "ofd");

    /** How far into a text file an HTML tag is looked for: a BOM, a comment or an XML declaration may come first. */
    private static final int HTML_SNIFF = 1024;
    private static final Pattern HTML_START = Pattern.compile("<(?:!doctype\\s+html|html[\\s>])",
            Pattern.CASE_INSENSITIVE);

    /** The format of the document {@code name} with these bytes. */
    public static DocumentFormat of(String name, byte[] bytes) {
        String extension = extension(name);
        if (startsWith(bytes, "%PDF-")) {
            return PDF;
        }
        boolean zip = startsWith(bytes, "PK\u0003\u0004");
        if (zip && hasWordBody(bytes)) {
            return DOCX;
        }
        if (UNREAD_EXTENSIONS.contains(extension)) {
            throw new BadDocumentException(name, "." + extension + " is not a format the loader reads: save it as "
                    + ".docx, .pdf or .txt");
        }
        if (zip) {
            throw new BadDocumentException(name, "a zip file without word/document.xml: not a Word (.docx) document");
        }
        if (extension.equals("docx")) {
            throw new BadDocumentException(name, "not a Word (.docx) document: the file is not a zip package");
        }
        if (extension.equals("pdf")) {
            throw new BadDocumentException(name, "not a PDF document: the file does not start with %PDF-");
        }
        if (looksLikeHtml(bytes) || extension.equals("html") || extension.equals("htm")) {
            return HTML;
        }
        return TEXT;
    }

    /** The lower-case extension of a file name, "" when it has none. */
    public static String extension(String name) {
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        int dot = name.lastIndexOf('.');
        return dot <= slash ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static boolean hasWordBody(byte[] bytes) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                if (entry.getName().equals("word/document.xml")) {
                    return true;
                }
            }
            return false;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }

    private static boolean looksLikeHtml(byte[] bytes) {
        // ISO-8859-1 maps every byte to a char, so the ASCII tag is found whatever the page's own encoding
        String head = new String(bytes, 0, Math.min(bytes.length, HTML_SNIFF), StandardCharsets.ISO_8859_1);
        return HTML_START.matcher(head).find();
    }

    private static boolean startsWith(byte[] bytes, String magic) {
        if (bytes.length < magic.length()) {
            return false;
        }
        for (int i = 0; i < magic.length(); i++) {
            if (bytes[i] != (byte) magic.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
