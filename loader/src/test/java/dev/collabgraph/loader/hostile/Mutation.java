package dev.collabgraph.loader.hostile;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * One damage done to a document's text, as a scanner, a copy from a web page or a careless edit would do it. Positions
 * are fractions of the text (0 = start, 1 = end) so that the same mutation applies to any document and shrinks well;
 * {@code payload} is the text an insertion puts in, {@code seed} drives the random choices inside one mutation.
 */
record Mutation(Kind kind, double at, double extent, String payload, long seed) {
    enum Kind {
        /** Delete a run of lines. */
        DELETE_LINES,
        /** Repeat a run of lines right after itself, once or several times. */
        DUPLICATE_LINES,
        /** Shuffle a run of lines. */
        SHUFFLE_LINES,
        /** Join a run of lines into one (the line breaks removed). */
        JOIN_LINES,
        /** Keep only the text before a position (a truncated download). */
        CUT_TAIL,
        /** Keep only the text after a position. */
        CUT_HEAD,
        /** Delete a stretch of characters anywhere, line breaks included. */
        CUT_MIDDLE,
        /** Insert the payload at one position. */
        INSERT,
        /** Insert characters of the payload at many positions of a stretch. */
        SPRINKLE,
        /** Turn half-width characters of a stretch full-width and full-width ones half-width. */
        SWAP_WIDTH,
        /** Replace the line breaks of a stretch by CR LF, CR, form feeds or Unicode line separators. */
        LINE_BREAKS
    }

    /** Applies the mutation; the result is valid UTF-16 when the input is (no surrogate pair is split). */
    String apply(String text) {
        Random random = new Random(seed);
        return switch (kind) {
            case DELETE_LINES, DUPLICATE_LINES, SHUFFLE_LINES, JOIN_LINES -> lines(text, random);
            case CUT_TAIL -> text.substring(0, boundary(text, at));
            case CUT_HEAD -> text.substring(boundary(text, at));
            case CUT_MIDDLE -> {
                int from = boundary(text, at);
                int to = boundary(text, Math.min(1, at + extent / 4));
                yield text.substring(0, from) + text.substring(to);
            }
            case INSERT -> {
                int i = boundary(text, at);
                yield text.substring(0, i) + payload + text.substring(i);
            }
            case SPRINKLE -> sprinkle(text, random);
            case SWAP_WIDTH -> swapWidth(text);
            case LINE_BREAKS -> lineBreaks(text, random);
        };
    }

    private String lines(String text, Random random) {
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
        int from = Math.min(lines.size() - 1, (int) (at * lines.size()));
        int to = Math.min(lines.size(), from + 1 + (int) (extent * lines.size() / 4));
        List<String> run = new ArrayList<>(lines.subList(from, to));
        List<String> replacement = switch (kind) {
            case DELETE_LINES -> List.of();
            case DUPLICATE_LINES -> {
                List<String> copies = new ArrayList<>();
                int times = 2 + random.nextInt(random.nextBoolean() ? 2 : 20);
                for (int i = 0; i < times; i++) {
                    copies.addAll(run);
                }
                yield copies;
            }
            case SHUFFLE_LINES -> {
                Collections.shuffle(run, random);
                yield run;
            }
            default -> List.of(String.join("", run));
        };
        lines.subList(from, to).clear();
        lines.addAll(from, replacement);
        return String.join("\n", lines);
    }

    private String sprinkle(String text, Random random) {
        if (payload.isEmpty()) {
            return text;
        }
        int from = boundary(text, at);
        int to = boundary(text, Math.min(1, at + extent));
        int[] points = payload.codePoints().toArray();
        StringBuilder out = new StringBuilder(text.length() + 64).append(text, 0, from);
        for (int i = from; i < to; ) {
            int c = text.codePointAt(i);
            out.appendCodePoint(c);
            i += Character.charCount(c);
            if (random.nextInt(8) == 0) {
                out.appendCodePoint(points[random.nextInt(points.length)]);
            }
        }
        return out.append(text, to, text.length()).toString();
    }

    private String swapWidth(String text) {
        int from = boundary(text, at);
        int to = boundary(text, Math.min(1, at + extent));
        StringBuilder out = new StringBuilder(text);
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c >= '!' && c <= '~') {
                out.setCharAt(i, (char) (c + 0xFEE0));
            } else if (c >= '\uFF01' && c <= '\uFF5E') {
                out.setCharAt(i, (char) (c - 0xFEE0));
            } else if (c == ' ') {
                out.setCharAt(i, '\u3000');
            } else if (c == '\u3000') {
                out.setCharAt(i, ' ');
            }
        }
        return out.toString();
    }

    private static final String[] BREAKS = {"\r\n", "\r", "\f", "\n\f\n", "\u2028", "\u2029", "\u0085", "\n\n\n"};

    private String lineBreaks(String text, Random random) {
        int from = boundary(text, at);
        int to = boundary(text, Math.min(1, at + extent));
        String breakWith = BREAKS[random.nextInt(BREAKS.length)];
        return text.substring(0, from) + text.substring(from, to).replace("\n", breakWith) + text.substring(to);
    }

    /** Written so that it can be pasted back into a test: the payload in Java escapes but for CJK and ASCII. */
    @Override
    public String toString() {
        return "new Mutation(Mutation.Kind." + kind + ", " + at + ", " + extent + ", \"" + escape(payload) + "\", "
                + seed + "L)";
    }

    static String escape(String s) {
        StringBuilder out = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (c >= 0x20 && c < 0x7F && c != '"' && c != '\\' || c >= 0x4E00 && c <= 0x9FFF) {
                out.append(c);
            } else {
                out.append(String.format("\\u%04X", (int) c));
            }
        }
        return out.toString();
    }

    /** The index at fraction {@code f} of the text, moved off the middle of a surrogate pair. */
    private static int boundary(String text, double f) {
        int i = (int) Math.min(text.length(), Math.max(0, Math.round(f * text.length())));
        if (i > 0 && i < text.length() && Character.isLowSurrogate(text.charAt(i))
                && Character.isHighSurrogate(text.charAt(i - 1))) {
            i--;
        }
        return i;
    }
}
