package dev.collabgraph.bench.mutate;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * {@code crlf}: the text as typed in a Chinese word processor on Windows: CRLF line ends, Arabic item labels in
 * full-width digits (１．, （２）), the first line of body paragraphs and headings indented by two full-width
 * spaces. Laid-out lines (table rows) keep their labels and indent; every line gets the CRLF.
 */
final class WindowsTyping implements Mutation {
    private static final String INDENT = "\u3000\u3000";
    private static final String SENTENCE_ENDS = "。：；！？";
    private static final Set<LabelFamily> ARABIC = EnumSet.of(LabelFamily.ARABIC_DOT, LabelFamily.ARABIC_COMMA,
            LabelFamily.ARABIC_BRACKETED);

    @Override
    public String name() {
        return "crlf";
    }

    @Override
    public MutatedDocument apply(MutatedDocument document, Random random) {
        String text = document.text();
        TextEdits edits = new TextEdits(text);
        int changed = 0;
        String before = "";
        for (Lines.Line line : Lines.of(text)) {
            String content = line.of(text).strip();
            int start = Lines.firstNonBlank(text, line);
            boolean paragraph = !content.isEmpty() && !Lines.laidOut(line.of(text));
            Optional<LabelFamily.Label> label = paragraph ? LabelFamily.at(text, start) : Optional.empty();
            // a paragraph's first line: the rest of a wrapped paragraph keeps its place at the margin
            boolean first = before.isEmpty() || SENTENCE_ENDS.indexOf(before.charAt(before.length() - 1)) >= 0;
            if (paragraph && start == line.start() && (label.isPresent() || first
                    && SENTENCE_ENDS.indexOf(content.charAt(content.length() - 1)) >= 0)) {
                edits.insert(line.start(), INDENT);
            }
            before = content;
            if (label.isPresent() && ARABIC.contains(label.get().family())) {
                edits.replace(label.get().start(), label.get().end(),
                        fullWidth(text.substring(label.get().start(), label.get().end())));
            }
            if (line.end() < text.length() && text.charAt(line.end()) == '\n') {
                edits.insert(line.end(), "\r");
            }
            changed++;
        }
        return document.edited(edits, changed, 0);
    }

    /** ASCII digits, dot and brackets as their full-width forms. */
    static String fullWidth(String label) {
        StringBuilder out = new StringBuilder(label.length());
        for (char c : label.toCharArray()) {
            out.append(c >= '0' && c <= '9' || c == '.' || c == '(' || c == ')' ? (char) (c - 0x20 + 0xFF00) : c);
        }
        return out.toString();
    }
}
