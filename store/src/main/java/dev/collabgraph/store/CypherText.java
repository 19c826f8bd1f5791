package dev.collabgraph.store;

import java.util.ArrayList;
import java.util.List;

/** Lexical help for Cypher text: hides string literals and comments, splits scripts on top-level semicolons. */
final class CypherText {
    private CypherText() {
    }

    /**
     * The text with the content of string literals, quoted names and comments replaced by spaces, same length, so
     * that a {@code $} or {@code ;} found in the result is real Cypher.
     */
    static String mask(String text) {
        StringBuilder out = new StringBuilder(text);
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '/' && i + 1 < text.length() && text.charAt(i + 1) == '/') {
                int end = text.indexOf('\n', i);
                i = blank(out, i, end < 0 ? text.length() : end);
            } else if (c == '/' && i + 1 < text.length() && text.charAt(i + 1) == '*') {
                int end = text.indexOf("*/", i + 2);
                i = blank(out, i, end < 0 ? text.length() : end + 2);
            } else if (c == '\'' || c == '"' || c == '`') {
                int end = closingQuote(text, i);
                blank(out, i + 1, end - 1);
                i = end;
            } else {
                i++;
            }
        }
        return out.toString();
    }

    /** The statements of a script, split on semicolons outside literals and comments, blank ones dropped. */
    static List<String> split(String script) {
        String masked = mask(script);
        List<String> statements = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= masked.length(); i++) {
            if (i == masked.length() || masked.charAt(i) == ';') {
                String statement = script.substring(start, i).strip();
                if (!mask(statement).isBlank()) {
                    statements.add(statement);
                }
                start = i + 1;
            }
        }
        return statements;
    }

    /** Index just past the quote closing the literal that opens at {@code open}; backslash escapes except in names. */
    private static int closingQuote(String text, int open) {
        char quote = text.charAt(open);
        int i = open + 1;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\\' && quote != '`') {
                i += 2;
            } else if (c == quote) {
                return i + 1;
            } else {
                i++;
            }
        }
        return text.length();
    }

    private static int blank(StringBuilder out, int from, int to) {
        for (int i = from; i < to; i++) {
            if (out.charAt(i) != '\n') {
                out.setCharAt(i, ' ');
            }
        }
        return to;
    }
}
