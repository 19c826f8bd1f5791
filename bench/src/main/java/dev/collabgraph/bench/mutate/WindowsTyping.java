package dev.collabgraph.bench.mutate;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * {@code crlf}: the text as typed in a Chinese word processor on Windows: CRLF line ends, Arabic item labels in
 * full-width digits (１．, （２）), body paragraphs and headings indented by two full-width spaces. Table rows keep
 * their labels and indent; every line gets the CRLF.
 */
final class WindowsTyping implements Mutation {
    private static final String INDENT = "\u3000\u3000";
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
        for (Lines.Line line : Lines.of(text)) {
            String content = line.of(text).strip();
            int start = Lines.firstNonBlank(text, line);
            boolean paragraph = !content.isEmpty() && !Lines.tableRow(content);
            Optional<LabelFamily.Label> label = paragraph ? LabelFamily.at(text, start) : Optional.empty();
            if (paragraph && start == line.start() && (label.isPresent() || content.endsWith("。")
                    || content.endsWith("：") || content.endsWith("；"))) {
                edits.insert(line.start(), INDENT);
            }
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
