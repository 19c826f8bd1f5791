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
    TEXT, DOCX, DOC, SHEET, ODT, OFD, RTF, MHT, PDF, HTML;

    /** Extensions of every document {@code load DIR} picks up. */
    public static final Set<String> EXTENSIONS = Set.of("txt", "csv", "docx", "docm", "dotx", "doc", "dot", "wps",
            "odt", "xlsx", "xls", "et", "ofd", "rtf", "pdf", "html", "htm", "mht", "mhtml");
    /** Formats planners keep documents in that are not read: refused with what to do instead. */
    public static final Set<String> UNREAD_EXTENSIONS = Set.of("ceb", "sep", "pages");

    /** The signature of an OLE2 compound file: Word 97–2003, Excel 97–2003, WPS, and encrypted Office files. */
    private static final byte[] COMPOUND = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
            (byte) 0xE1};

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
        if (RtfText.looksLikeRtf(bytes)) {
            return RTF;
        }
        if (startsWith(bytes, COMPOUND)) {
            return compound(name, bytes);
        }
        boolean zip = startsWith(bytes, "PK\u0003\u0004");
        if (zip) {
            DocumentFormat packaged = packaged(bytes);
            if (packaged != null) {
                return packaged;
            }
        }
        if (UNREAD_EXTENSIONS.contains(extension)) {
            throw new BadDocumentException(name, "." + extension + " is not a format the loader reads: save it as "
                    + ".docx, .pdf or .txt");
        }
        if (zip && Set.of("docx", "docm", "dotx").contains(extension)) {
            throw new BadDocumentException(name, "a zip file without word/document.xml: not a Word (.docx) document");
        }
        if (zip) {
            throw new BadDocumentException(name, "a zip file that is no Word (.docx), OpenDocument (.odt), "
                    + "spreadsheet (.xlsx) or OFD document");
        }
        if (Set.of("doc", "dot", "wps", "xls", "et").contains(extension)) {
            throw new BadDocumentException(name, "not a ." + extension + " document: the file is not an Office "
                    + "compound file");
        }
        if (extension.equals("rtf")) {
            throw new BadDocumentException(name, "not an RTF document: the file does not start with {\\rtf");
        }
        if (Set.of("xlsx", "odt", "ofd").contains(extension)) {
            throw new BadDocumentException(name, "not a ." + extension + " document: the file is not a zip package");
        }
        if (Set.of("docx", "docm", "dotx").contains(extension)) {
            throw new BadDocumentException(name, "not a Word (.docx) document: the file is not a zip package");
        }
        if (extension.equals("pdf")) {
            throw new BadDocumentException(name, "not a PDF document: the file does not start with %PDF-");
        }
        if (MhtText.looksLikeMht(bytes)) {
            return MHT;
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

    /** The format a zip package holds, by the part only that format has; null when it is none of them. */
    private static DocumentFormat packaged(byte[] bytes) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                switch (entry.getName()) {
                    case "word/document.xml" -> {
                        return DOCX;
                    }
                    case "xl/workbook.xml" -> {
                        return SHEET;
                    }
                    case "OFD.xml", "/OFD.xml" -> {
                        return OFD;
                    }
                    case "mimetype" -> {
                        String type = new String(zip.readNBytes(100), StandardCharsets.US_ASCII).strip();
                        if (type.equals("application/vnd.oasis.opendocument.text")) {
                            return ODT;
                        }
                    }
                    default -> {
                    }
                }
            }
            return null;
        } catch (IOException | IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * A compound file's format, by the stream that holds its body: WordDocument for Word and WPS Writer, Workbook for
     * Excel and WPS spreadsheets. An encrypted Office file is a compound file too, and cannot be read.
     */
    private static DocumentFormat compound(String name, byte[] bytes) {
        java.util.Set<String> streams = new java.util.HashSet<>();
        try (org.apache.poi.poifs.filesystem.POIFSFileSystem fs =
                     new org.apache.poi.poifs.filesystem.POIFSFileSystem(new ByteArrayInputStream(bytes))) {
            fs.getRoot().getEntryNames().forEach(streams::add);
        } catch (IOException | RuntimeException e) {
            throw new BadDocumentException(name, "a damaged Office compound file (" + e.getMessage() + ")");
        }
        if (streams.contains("WordDocument")) {
            return DOC;
        }
        if (streams.contains("Workbook") || streams.contains("Book")) {
            return SHEET;
        }
        if (streams.contains("EncryptedPackage")) {
            throw new BadDocumentException(name, "a password-protected Office file: save it without a password");
        }
        throw new BadDocumentException(name, "an Office compound file that is neither a Word nor a spreadsheet "
                + "document (streams " + new java.util.TreeSet<>(streams) + ")");
    }

    private static boolean looksLikeHtml(byte[] bytes) {
        // ISO-8859-1 maps every byte to a char, so the ASCII tag is found whatever the page's own encoding
        String head = new String(bytes, 0, Math.min(bytes.length, HTML_SNIFF), StandardCharsets.ISO_8859_1);
        return HTML_START.matcher(head).find();
    }

    private static boolean startsWith(byte[] bytes, byte[] magic) {
        if (bytes.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (bytes[i] != magic[i]) {
                return false;
            }
        }
        return true;
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
