package dev.collabgraph.loader.text;

import dev.collabgraph.loader.BadDocumentException;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The text of an RTF file (Word's and WPS's "Rich Text Format", LibreOffice's export), laid out as {@link DocxText}
 * lays out a .docx: a paragraph a line with its list number (the \listtext Word writes before an item), a table a line a
 * row with tab-joined cells, a page break a form feed, a field by its result, a footnote written where it is referred to
 * ([footnoteRef:N], its text [N: text] after the paragraph), hidden and deleted text left out. Chinese text comes as
 * {@code \\u} characters or as the bytes of the font's code page (GBK for a font of charset 134), both read.
 */
final class RtfText {
    /** Destinations that hold no text of the document: tables of fonts, colours and styles, pictures, page furniture. */
    private static final Set<String> SKIPPED = Set.of("fonttbl", "colortbl", "stylesheet", "info", "pict", "object",
            "header", "headerl", "headerr", "headerf", "footer", "footerl", "footerr", "footerf", "listtable",
            "listoverridetable", "rsidtbl", "generator", "themedata", "colorschememapping", "latentstyles", "datastore",
            "xmlnstbl", "pgdsctbl", "fldinst", "nonshppict", "shpinst", "annotation", "atnauthor", "atnid", "revtbl",
            "filetbl", "mmathPr", "docvar", "template", "xe", "tc");
    /** Characters of control words that stand for one. */
    private static final Map<String, String> SYMBOLS = Map.ofEntries(Map.entry("emdash", "—"), Map.entry("endash", "–"),
            Map.entry("lquote", "‘"), Map.entry("rquote", "’"), Map.entry("ldblquote", "“"), Map.entry("rdblquote", "”"),
            Map.entry("bullet", "•"), Map.entry("emspace", "\u3000"), Map.entry("enspace", " "),
            Map.entry("qmspace", " "));
    private static final int MAX_DEPTH = 500;

    private RtfText() {
    }

    static boolean looksLikeRtf(byte[] bytes) {
        return bytes.length >= 5 && bytes[0] == '{' && bytes[1] == '\\' && bytes[2] == 'r' && bytes[3] == 't'
                && bytes[4] == 'f';
    }

    static String of(String name, byte[] bytes) {
        if (!looksLikeRtf(bytes)) {
            throw new BadDocumentException(name, "not an RTF document: the file does not start with {\\rtf");
        }
        return new Reader(name, bytes).read();
    }

    /** What a group sets: kept for the group and dropped when it closes. */
    private static final class State {
        boolean skip;
        boolean hidden;
        boolean deleted;
        boolean listText;
        boolean fontTable;
        boolean footnote;
        boolean bold;
        /** Paragraph properties are a group's too: \\pard inside a list number's group leaves the cell's \\intbl. */
        boolean inTable;
        int unicodeSkip = 1;
        Charset charset;

        State copy() {
            State s = new State();
            s.skip = skip;
            s.hidden = hidden;
            s.deleted = deleted;
            s.listText = listText;
            s.fontTable = fontTable;
            s.footnote = footnote;
            s.bold = bold;
            s.inTable = inTable;
            s.unicodeSkip = unicodeSkip;
            s.charset = charset;
            return s;
        }
    }

    private static final class Reader {
        private final String name;
        private final byte[] in;
        private int at;
        private final StringBuilder out = new StringBuilder();
        /** The current paragraph (or cell) and the cells of the current row. */
        private final StringBuilder paragraph = new StringBuilder();
        private final List<String> cells = new ArrayList<>();
        private final List<String> notesPending = new ArrayList<>();
        private StringBuilder note;
        private int notes;
        /** The paragraph's leading bold text, and whether text not in bold has followed it (a run-in heading). */
        private final StringBuilder boldHead = new StringBuilder();
        private boolean plainSeen;
        private final Deque<State> states = new ArrayDeque<>();
        private State state = new State();
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        /** Characters still to drop after a \\uN: the fallback a reader without Unicode would show. */
        private int fallback;
        private final Map<Integer, Charset> fontCharsets = new HashMap<>();
        private int fontBeingDefined = -1;
        private Charset documentCharset = Charset.forName("windows-1252");
        /** Whether the next control word opens the group (a destination is named by a group's first word). */
        private boolean groupStart;
        /** Whether the group opened with \*: the word after it names a destination to skip unless it is read. */
        private boolean starredDestination;
        /** The right edges (twips) of the cells of the row being defined, and the rows of the table being read. */
        private final List<Integer> rowEdges = new ArrayList<>();
        private final List<Row> tableRows = new ArrayList<>();

        Reader(String name, byte[] in) {
            this.name = name;
            this.in = in;
        }

        String read() {
            while (at < in.length) {
                int c = in[at] & 0xFF;
                if (c == '{') {
                    flushBytes();
                    if (states.size() >= MAX_DEPTH) {
                        throw new BadDocumentException(name, "the RTF file nests groups deeper than " + MAX_DEPTH);
                    }
                    states.push(state);
                    state = state.copy();
                    groupStart = true;
                    at++;
                } else if (c == '}') {
                    flushBytes();
                    closeGroup();
                    at++;
                } else if (c == '\\') {
                    control();
                } else if (c == '\r' || c == '\n') {
                    at++;
                } else {
                    groupStart = false;
                    flushBytes();
                    character((char) c);
                    at++;
                }
            }
            flushBytes();
            if (!cells.isEmpty()) {
                tableRows.add(new Row(List.copyOf(cells), List.of()));
            }
            flushTable();
            if (!paragraph.isEmpty() || !notesPending.isEmpty()) {
                endParagraph(); // text after the last \\par
            }
            return out.toString();
        }

        private void closeGroup() {
            State closing = state;
            state = states.isEmpty() ? new State() : states.pop();
            if (closing.footnote && !state.footnote && note != null) {
                notesPending.add(" [" + notes + ": " + note.toString().replaceAll("\\s+", " ").strip() + "] ");
                note = null;
            }
            if (closing.fontTable) {
                fontBeingDefined = -1;
            }
            groupStart = false;
        }

        private void control() {
            at++;
            if (at >= in.length) {
                return;
            }
            int c = in[at] & 0xFF;
            if (c == '\'') {
                // a byte of the font's code page, written in hex
                int hi = at + 2 < in.length ? Character.digit(in[at + 1], 16) : -1;
                int lo = at + 2 < in.length ? Character.digit(in[at + 2], 16) : -1;
                at += 3;
                groupStart = false;
                if (hi < 0 || lo < 0) {
                    return;
                }
                if (fallback > 0) {
                    fallback--;
                    return;
                }
                if (!state.skip) {
                    bytes.write(hi * 16 + lo);
                }
                return;
            }
            if (!Character.isLetter(c)) {
                at++;
                boolean starred = c == '*' && groupStart;
                groupStart = false;
                flushBytes();
                if (starred) {
                    starredDestination = true; // {\* …}: a destination a reader that does not know it skips
                } else if (c == '{' || c == '}' || c == '\\') {
                    character((char) c);
                } else if (c == '~') {
                    character(' ');
                } else if (c == '_') {
                    character('-');
                } else if (c == '\r' || c == '\n') {
                    newParagraph();
                }
                return;
            }
            int start = at;
            while (at < in.length && Character.isLetter(in[at]) && at - start < 32) {
                at++;
            }
            String word = new String(in, start, at - start, java.nio.charset.StandardCharsets.US_ASCII);
            boolean negative = at < in.length && in[at] == '-';
            if (negative) {
                at++;
            }
            int digits = at;
            while (at < in.length && Character.isDigit(in[at]) && at - digits < 10) {
                at++;
            }
            Integer parameter = at > digits
                    ? (negative ? -1 : 1) * (int) Math.min(Integer.MAX_VALUE, Long.parseLong(new String(in, digits,
                    at - digits, java.nio.charset.StandardCharsets.US_ASCII))) : null;
            if (at < in.length && in[at] == ' ') {
                at++; // the space that ends a control word is no text
            }
            boolean first = groupStart || starredDestination;
            if (starredDestination) {
                starredDestination = false;
                if (!word.equals("footnote")) {
                    state.skip = true;
                }
            }
            groupStart = false;
            if (!word.equals("u")) {
                flushBytes();
            }
            word(word, parameter, first);
        }

        private void word(String word, Integer parameter, boolean first) {
            if (first && SKIPPED.contains(word)) {
                state.skip = true;
                if (word.equals("fonttbl")) {
                    state.fontTable = true;
                }
                return;
            }
            switch (word) {
                case "ansicpg" -> documentCharset = charset(parameter, documentCharset);
                case "f" -> {
                    if (state.fontTable) {
                        fontBeingDefined = parameter == null ? -1 : parameter;
                    } else if (parameter != null) {
                        state.charset = fontCharsets.get(parameter);
                    }
                }
                case "fcharset" -> {
                    if (state.fontTable && fontBeingDefined >= 0 && parameter != null) {
                        Charset charset = switch (parameter) {
                            case 134 -> Charset.forName("GBK");
                            case 136 -> Charset.forName("Big5");
                            case 128 -> Charset.forName("Shift_JIS");
                            case 129 -> Charset.forName("EUC-KR");
                            default -> null;
                        };
                        if (charset != null) {
                            fontCharsets.put(fontBeingDefined, charset);
                        }
                    }
                }
                case "uc" -> state.unicodeSkip = parameter == null ? 1 : Math.max(0, Math.min(8, parameter));
                case "u" -> {
                    flushBytes();
                    if (parameter != null) {
                        character((char) (parameter < 0 ? parameter + 65536 : parameter));
                        fallback = state.unicodeSkip;
                    }
                }
                case "par", "sect" -> newParagraph();
                case "line" -> character('\n');
                case "tab" -> {
                    if (!state.listText) {
                        character('\t');
                    }
                }
                case "page" -> {
                    if (state.inTable) {
                        return;
                    }
                    endParagraph();
                    out.append('\f');
                }
                case "pard" -> state.inTable = false;
                case "intbl" -> state.inTable = true;
                // \\ab: the bold of the associated (East Asian) font, which is how Chinese text is set in bold
                case "b", "ab" -> state.bold = parameter == null || parameter != 0;
                case "plain" -> state.bold = false;
                case "cell" -> {
                    cells.add(paragraph.toString().strip());
                    paragraph.setLength(0);
                    boldHead.setLength(0);
                    plainSeen = false;
                }
                case "trowd" -> rowEdges.clear();
                case "cellx" -> {
                    if (parameter != null && rowEdges.size() < 64) {
                        rowEdges.add(parameter);
                    }
                }
                case "row" -> {
                    paragraph.setLength(0);
                    tableRows.add(new Row(List.copyOf(cells), List.copyOf(rowEdges)));
                    cells.clear();
                    state.inTable = false;
                }
                case "v" -> state.hidden = parameter == null || parameter != 0;
                case "deleted" -> state.deleted = parameter == null || parameter != 0;
                case "listtext" -> state.listText = true;
                case "footnote" -> {
                    notes++;
                    appendVisible("[footnoteRef:" + notes + "]");
                    state.footnote = true;
                    note = new StringBuilder();
                }
                case "chftn" -> {
                    // the footnote's own mark: its number is written where the note is referred to
                }
                default -> {
                    String symbol = SYMBOLS.get(word);
                    if (symbol != null) {
                        appendVisible(symbol);
                    }
                }
            }
        }

        private static Charset charset(Integer codePage, Charset otherwise) {
            if (codePage == null) {
                return otherwise;
            }
            return switch (codePage) {
                case 936 -> Charset.forName("GBK");
                case 950 -> Charset.forName("Big5");
                case 932 -> Charset.forName("Shift_JIS");
                case 65001 -> java.nio.charset.StandardCharsets.UTF_8;
                default -> {
                    try {
                        yield Charset.forName("windows-" + codePage);
                    } catch (RuntimeException e) {
                        yield otherwise;
                    }
                }
            };
        }

        private void character(char c) {
            if (fallback > 0) {
                fallback--;
                return;
            }
            appendVisible(String.valueOf(c));
        }

        private void appendVisible(String text) {
            if (state.skip || state.hidden || state.deleted) {
                return;
            }
            if (state.footnote) {
                if (note != null) {
                    note.append(text);
                }
                return;
            }
            paragraph.append(text);
            if (state.listText) {
                boldHead.append(text);
            } else if (!plainSeen && !text.isBlank()) {
                if (state.bold) {
                    boldHead.append(text);
                } else {
                    plainSeen = true;
                }
            }
        }

        private void flushBytes() {
            if (bytes.size() == 0) {
                return;
            }
            Charset charset = state.charset != null ? state.charset : documentCharset;
            String text = new String(bytes.toByteArray(), charset);
            bytes.reset();
            if (state.fontTable) {
                return;
            }
            appendVisible(text);
        }

        private void newParagraph() {
            if (state.footnote) {
                if (note != null) {
                    note.append(' ');
                }
                return;
            }
            if (state.inTable) {
                paragraph.append('\n'); // a cell's paragraphs: one cell, or the lines of a one-column frame
                return;
            }
            endParagraph();
        }

        private record Row(List<String> cells, List<Integer> edges) {
        }

        /**
         * The rows of the table just read, a line each: a cell as wide as several columns of other rows keeps the
         * columns after it, empty, so that columns stay aligned (RTF writes a horizontal merge as one wider cell).
         */
        private void flushTable() {
            if (tableRows.isEmpty()) {
                return;
            }
            if (tableRows.stream().allMatch(r -> r.cells().size() <= 1)) {
                // a table of one column frames text (a task list boxed row by row): its paragraphs are the body's
                tableRows.forEach(r -> r.cells().forEach(cell -> out.append(cell).append('\n')));
                tableRows.clear();
                return;
            }
            List<Integer> edges = new ArrayList<>();
            tableRows.forEach(r -> edges.addAll(r.edges()));
            ColumnLines grid = new ColumnLines(edges);
            for (Row row : tableRows) {
                List<String> line = new ArrayList<>();
                for (int c = 0; c < row.cells().size(); c++) {
                    // a cell's paragraphs joined by one space, as a .docx's are (a blank ending a paragraph is no second)
                    line.add(row.cells().get(c).replaceAll(" *\\n *", "\n").replaceAll("[\\t\\n\\r\\f]+", " ").strip());
                    if (c < row.edges().size()) {
                        int left = c == 0 ? Integer.MIN_VALUE / 2 : row.edges().get(c - 1);
                        for (int i = 1; i < grid.span(left, row.edges().get(c)); i++) {
                            line.add("");
                        }
                    }
                }
                out.append(String.join("\t", line)).append('\n');
            }
            tableRows.clear();
        }

        private void endParagraph() {
            flushTable();
            if (paragraph.isEmpty() && notesPending.isEmpty()) {
                out.append('\n');
                return;
            }
            String text = DocxText.withHeadingStop(paragraph.toString(), boldHead.toString(), plainSeen);
            out.append(text).append(String.join("", notesPending)).append('\n');
            paragraph.setLength(0);
            boldHead.setLength(0);
            plainSeen = false;
            notesPending.clear();
        }
    }
}
