package dev.collabgraph.loader.structure;

import dev.collabgraph.loader.text.Span;

import java.util.ArrayList;
import java.util.List;

/** One paragraph (line) of the logical text with its offsets; {@code text} never holds the '\n'. */
record Paragraph(int index, int start, int end, String text) {

    static List<Paragraph> split(String text) {
        List<Paragraph> paragraphs = new ArrayList<>();
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            if (end > start) {
                paragraphs.add(new Paragraph(paragraphs.size(), start, end, text.substring(start, end)));
            }
            start = end + 1;
        }
        return paragraphs;
    }

    Span span() {
        return new Span(start, end);
    }

    boolean isTableRow() {
        return text.indexOf('\t') >= 0;
    }
}
