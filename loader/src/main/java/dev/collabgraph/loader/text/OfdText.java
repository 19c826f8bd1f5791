package dev.collabgraph.loader.text;

import dev.collabgraph.loader.BadDocumentException;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The text of an OFD file (GB/T 33190, the fixed-layout format of China's electronic official documents): a zip
 * whose OFD.xml names the document, whose Document.xml lists the pages, and whose pages place text objects at
 * positions in millimetres. Like a PDF's, the text is read by position: the pieces of a page are gathered into lines
 * by their baselines and each line read left to right, a wide gap between two pieces (a table's cells, set apart
 * without rules) written as spaces as wide as it was printed, so the cleaner reads the line as a row of cells; pages
 * are parted by form feeds. Templates (running headers a page borrows) and annotations (seals, signatures) are left
 * out: the page's own content is the document.
 */
final class OfdText {
    /** Parts larger than this are refused: a page's XML is a few hundred kilobytes at most. */
    private static final int MAX_PART = 32 << 20;
    /** All the XML parts together: a zip of many parts that each inflate to the limit is refused, not held. */
    private static final long MAX_TOTAL = 256L << 20;
    /** Pages read at most. */
    private static final int MAX_PAGES = 2_000;
    /** A gap at least this many half-characters wide between two pieces of a line sets cells apart. */
    private static final double CELL_GAP = 1.5;
    private static final int MAX_COLUMN = 400;
    /** Fewer visible characters than this per page on average: scanned pages with at most a stray line of text. */
    private static final int MIN_CHARACTERS_PER_PAGE = 20;

    private OfdText() {
    }

    static String of(String name, byte[] bytes) {
        Map<String, byte[]> parts = new HashMap<>();
        long total = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                String path = normal(entry.getName());
                if (!path.toLowerCase(java.util.Locale.ROOT).endsWith(".xml")) {
                    continue; // fonts, images, signatures
                }
                byte[] part = zip.readNBytes(MAX_PART + 1);
                if (part.length > MAX_PART) {
                    throw new BadDocumentException(name, path + " is larger than " + (MAX_PART >> 20) + " MB");
                }
                parts.put(path, part);
                total += part.length;
                if (total > MAX_TOTAL) {
                    throw new BadDocumentException(name, "the OFD file's parts hold more than "
                            + (MAX_TOTAL >> 20) + " MB of XML");
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new BadDocumentException(name, "cannot be opened as an OFD file: " + e.getMessage());
        }
        Element docRoot = xml(parts, "OFD.xml", name).selectFirst("DocBody > DocRoot, ofd|DocBody > ofd|DocRoot");
        if (docRoot == null || docRoot.text().isBlank()) {
            throw new BadDocumentException(name, "an OFD file whose OFD.xml names no document (DocRoot)");
        }
        String documentPath = resolve("", docRoot.text());
        Document document = xml(parts, documentPath, name);
        String documentDir = directory(documentPath);
        List<List<String>> lines = new ArrayList<>();
        int pages = 0;
        for (Element page : document.select("Pages > Page, ofd|Pages > ofd|Page")) {
            if (++pages > MAX_PAGES) {
                break;
            }
            String pagePath = resolve(documentDir, page.attr("BaseLoc"));
            if (!parts.containsKey(pagePath)) {
                throw new BadDocumentException(name, "the OFD file lacks page " + pages + " (" + pagePath + ")");
            }
            lines.add(pageLines(xml(parts, pagePath, name)));
        }
        if (pages == 0) {
            throw new BadDocumentException(name, "the OFD file has no pages");
        }
        long visible = lines.stream().flatMap(List::stream)
                .mapToLong(line -> line.codePoints().filter(c -> !Character.isWhitespace(c)).count()).sum();
        if (visible < (long) MIN_CHARACTERS_PER_PAGE * lines.size()) {
            throw new BadDocumentException(name, "the OFD file has no text (" + lines.size()
                    + (lines.size() == 1 ? " page" : " pages") + " of images): it looks scanned; run OCR on it first "
                    + "(or load the document as .docx or .txt)");
        }
        return PageNoise.remove(lines).stream().map(page -> String.join("\n", page))
                .collect(java.util.stream.Collectors.joining("\n\f\n", "", "\n"));
    }

    /** A piece of text placed on a page: its left edge and baseline, its width and its characters' size, in mm. */
    private record Piece(double x, double y, double width, double size, String text) {
    }

    /**
     * A page's lines. Each piece is written where it was printed, counted in half-characters (a Han character is two
     * wide, as the table reader counts them) from the page's left edge, as {@link PdfText} writes a PDF's words: a
     * gap of a cell's width as wide as it was, a narrower one as one space, and a line's indent.
     */
    private static List<String> pageLines(Document page) {
        List<Piece> pieces = new ArrayList<>();
        Element content = page.selectFirst("Content, ofd|Content");
        if (content != null) {
            for (Element object : content.getElementsByTag("ofd:TextObject")) {
                addPieces(object, pieces);
            }
            for (Element object : content.getElementsByTag("TextObject")) {
                addPieces(object, pieces);
            }
        }
        pieces.sort(Comparator.comparingDouble(Piece::y).thenComparingDouble(Piece::x));
        List<List<Piece>> lines = new ArrayList<>();
        for (Piece piece : pieces) {
            List<Piece> last = lines.isEmpty() ? null : lines.get(lines.size() - 1);
            if (last != null && Math.abs(piece.y() - last.get(0).y())
                    <= 0.4 * Math.max(piece.size(), last.get(0).size())) {
                last.add(piece);
            } else {
                List<Piece> line = new ArrayList<>();
                line.add(piece);
                lines.add(line);
            }
        }
        double left = pieces.stream().mapToDouble(Piece::x).min().orElse(0);
        Map<Long, Integer> sizes = new HashMap<>();
        pieces.forEach(p -> sizes.merge(Math.round(p.size() * 10), p.text().length(), Integer::sum));
        double half = sizes.entrySet().stream().max(Map.Entry.comparingByValue())
                .map(e -> e.getKey() / 20.0).orElse(1.75);
        List<String> out = new ArrayList<>();
        for (List<Piece> line : lines) {
            line.sort(Comparator.comparingDouble(Piece::x));
            StringBuilder text = new StringBuilder();
            int column = 0;
            double end = left;
            for (Piece piece : line) {
                int target = (int) Math.min(MAX_COLUMN, Math.max(0, Math.round((piece.x() - left) / half)));
                int spaces = target - column;
                if (!text.isEmpty()) {
                    double gap = (piece.x() - end) / half;
                    spaces = gap >= CELL_GAP ? Math.max(2, spaces) : gap > 0.4 ? 1 : 0;
                } else if (spaces < 2) {
                    spaces = 0;
                }
                text.append(" ".repeat(Math.max(0, spaces)));
                column += Math.max(0, spaces);
                text.append(piece.text());
                column += DisplayWidth.of(piece.text());
                end = piece.x() + piece.width();
            }
            out.add(text.toString());
        }
        return out;
    }

    private static void addPieces(Element object, List<Piece> pieces) {
        double[] box = numbers(object.attr("Boundary"));
        if (box.length < 2) {
            return;
        }
        double size = Math.max(0.1, first(numbers(object.attr("Size")), 3.5));
        double[] ctm = numbers(object.attr("CTM"));
        boolean transformed = ctm.length == 6;
        if (transformed && Math.abs(ctm[1]) + Math.abs(ctm[2]) > 0.05 * (Math.abs(ctm[0]) + Math.abs(ctm[3]))) {
            return; // turned or slanted text: a stamp or watermark across the page, no line of the document
        }
        double scale = transformed ? Math.abs(ctm[3]) : 1;
        for (Element code : object.children()) {
            if (!code.tagName().endsWith("TextCode")) {
                continue;
            }
            String text = code.text();
            if (text.isBlank()) {
                continue;
            }
            double x = number(code.attr("X"));
            double y = number(code.attr("Y"));
            double advance = 0;
            double[] deltas = deltas(code.attr("DeltaX"));
            for (int i = 0; i < Math.min(deltas.length, text.length() - 1); i++) {
                advance += deltas[i];
            }
            if (deltas.length == 0) {
                advance = size * (text.length() - 1);
            }
            if (transformed) {
                double tx = ctm[0] * x + ctm[2] * y + ctm[4];
                double ty = ctm[1] * x + ctm[3] * y + ctm[5];
                x = tx;
                y = ty;
                advance *= Math.abs(ctm[0]);
            }
            double shownSize = size * scale;
            pieces.add(new Piece(box[0] + x, box[1] + y, advance + shownSize, shownSize, text));
        }
    }

    /** The advances of a DeltaX: numbers, with "g N D" standing for N advances of D (the format's shorthand). */
    static double[] deltas(String attribute) {
        String[] tokens = attribute.strip().split("\\s+");
        List<Double> out = new ArrayList<>();
        for (int i = 0; i < tokens.length && out.size() < 100_000; i++) {
            if (tokens[i].equals("g") && i + 2 < tokens.length) {
                int count = (int) Math.min(10_000, Math.max(0, number(tokens[i + 1])));
                double delta = number(tokens[i + 2]);
                for (int k = 0; k < count; k++) {
                    out.add(delta);
                }
                i += 2;
            } else if (!tokens[i].isEmpty()) {
                out.add(number(tokens[i]));
            }
        }
        return out.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static double[] numbers(String attribute) {
        if (attribute.isBlank()) {
            return new double[0];
        }
        String[] tokens = attribute.strip().split("\\s+");
        double[] out = new double[tokens.length];
        for (int i = 0; i < tokens.length; i++) {
            out[i] = number(tokens[i]);
        }
        return out;
    }

    private static double first(double[] values, double otherwise) {
        return values.length == 0 ? otherwise : values[0];
    }

    private static double number(String s) {
        try {
            return s.isBlank() ? 0 : Double.parseDouble(s.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static Document xml(Map<String, byte[]> parts, String path, String name) {
        byte[] part = parts.get(path);
        if (part == null) {
            throw new BadDocumentException(name, "the OFD file lacks " + path);
        }
        return Jsoup.parse(new String(part, StandardCharsets.UTF_8), "", Parser.xmlParser());
    }

    /** A location as the package names it: from the root when it starts with a slash, else from {@code dir}. */
    private static String resolve(String dir, String location) {
        String path = location.strip().replace('\\', '/');
        return normal(path.startsWith("/") ? path : dir + path);
    }

    private static String directory(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash + 1);
    }

    /** A package path without a leading slash and without "." and ".." steps. */
    private static String normal(String path) {
        List<String> steps = new ArrayList<>();
        for (String step : path.replace('\\', '/').split("/")) {
            if (step.isEmpty() || step.equals(".")) {
                continue;
            }
            if (step.equals("..")) {
                if (!steps.isEmpty()) {
                    steps.remove(steps.size() - 1);
                }
            } else {
                steps.add(step);
            }
        }
        return String.join("/", steps);
    }
}
