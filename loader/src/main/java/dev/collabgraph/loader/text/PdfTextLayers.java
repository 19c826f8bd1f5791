package dev.collabgraph.loader.text;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A web page that shows a PDF in a browser viewer (pdf.js) and was saved with the pages it had drawn: each page's text
 * stands in a text layer of absolutely placed pieces (<div style="left: 105px; top: 417px; font-size: 21px">…</div>),
 * one per run of one font, in no reading order and with no line breaks. Read as markup, every piece is a line of its
 * own and the digits of 2026 stand apart from their sentence. Such a page is read as the PDF it shows: the pieces of
 * each layer grouped into printed lines by their baselines, each line's pieces in order from the left and set at
 * their columns (half a character wide, as {@link PdfText} writes a page), pages parted as a PDF's are.
 */
final class PdfTextLayers {
    private static final Pattern LEFT = Pattern.compile("(?:^|;)\\s*left:\\s*(-?[\\d.]+)px");
    private static final Pattern TOP = Pattern.compile("(?:^|;)\\s*top:\\s*(-?[\\d.]+)px");
    private static final Pattern SIZE = Pattern.compile("(?:^|;)\\s*font-size:\\s*([\\d.]+)px");
    /** Pieces whose tops differ by less than this share of the font size stand on one printed line. */
    private static final double SAME_LINE = 0.35;
    /** A layer holding fewer pieces than this is a stray overlay, not a page's text. */
    private static final int MIN_PIECES = 3;
    private static final int MAX_COLUMN = 400;

    private PdfTextLayers() {
    }

    private record Piece(double left, double top, double size, String text) {
    }

    /** The text of the page's drawn PDF pages, or empty when the page holds no viewer's text layers. */
    static Optional<String> of(Document page) {
        List<Element> layers = page.select("div.textLayer");
        if (layers.isEmpty()) {
            return Optional.empty();
        }
        List<List<String>> pages = new ArrayList<>();
        for (Element layer : layers) {
            List<Piece> pieces = pieces(layer);
            if (pieces.size() >= MIN_PIECES) {
                pages.add(lines(pieces));
            }
        }
        if (pages.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(PageNoise.remove(pages).stream().map(p -> String.join("\n", p))
                .collect(Collectors.joining("\n\f\n", "", "\n")));
    }

    private static List<Piece> pieces(Element layer) {
        List<Piece> pieces = new ArrayList<>();
        for (Element div : layer.children()) {
            String style = div.attr("style");
            Matcher left = LEFT.matcher(style);
            Matcher top = TOP.matcher(style);
            Matcher size = SIZE.matcher(style);
            String text = div.wholeText();
            if (left.find() && top.find() && !text.isBlank()) {
                double fontSize = size.find() ? Double.parseDouble(size.group(1)) : 16;
                pieces.add(new Piece(Double.parseDouble(left.group(1)), Double.parseDouble(top.group(1)), fontSize, text));
            }
        }
        return pieces;
    }

    /** The layer's printed lines, top to bottom, each piece set at its column from the layer's left edge. */
    private static List<String> lines(List<Piece> pieces) {
        List<Piece> byTop = new ArrayList<>(pieces);
        byTop.sort(Comparator.comparingDouble(Piece::top).thenComparingDouble(Piece::left));
        double pageLeft = pieces.stream().mapToDouble(Piece::left).min().orElse(0);
        double half = commonSize(pieces) / 2;
        List<String> lines = new ArrayList<>();
        int i = 0;
        while (i < byTop.size()) {
            Piece first = byTop.get(i);
            List<Piece> line = new ArrayList<>();
            while (i < byTop.size() && byTop.get(i).top() - first.top() < SAME_LINE * first.size()) {
                line.add(byTop.get(i++));
            }
            line.sort(Comparator.comparingDouble(Piece::left));
            lines.add(write(line, pageLeft, half));
        }
        return lines;
    }

    /**
     * One printed line: each piece at its column, written on from the last one when it starts before where the last
     * ended (pieces of one sentence in two fonts meet end to end).
     */
    private static String write(List<Piece> line, double pageLeft, double half) {
        StringBuilder out = new StringBuilder();
        int column = 0;
        double lastEnd = Double.NEGATIVE_INFINITY;
        for (Piece piece : line) {
            int target = (int) Math.min(MAX_COLUMN, Math.max(0, Math.round((piece.left() - pageLeft) / half)));
            // a gap as wide as a character or more parts cells; a narrower one is a word's space or none
            boolean gap = piece.left() - lastEnd >= piece.size();
            if (out.isEmpty()) {
                out.append(" ".repeat(target));
                column = target;
            } else if (gap) {
                int spaces = Math.max(2, target - column);
                out.append(" ".repeat(spaces));
                column += spaces;
            }
            String text = piece.text();
            out.append(text);
            column += DisplayWidth.of(text);
            lastEnd = piece.left() + DisplayWidth.of(text) * piece.size() / 2;
        }
        return out.toString();
    }

    /** The most common font size of the layer, in pixels. */
    private static double commonSize(List<Piece> pieces) {
        Map<Long, Integer> counts = new HashMap<>();
        pieces.forEach(p -> counts.merge(Math.round(p.size()), p.text().length(), Integer::sum));
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(16L);
    }
}
