package dev.collabgraph.loader.structure;

import dev.collabgraph.loader.BadDocumentException;
import dev.collabgraph.loader.text.MappedText;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells a file that holds several documents from one that holds one. A document's header has its number (文号) on a
 * line of its own; the body cites other documents' numbers only inside sentences. So a second standalone number line
 * with another number, or the same number and title again, is the start of another document, and such a file is
 * refused: read as one document it would be stored under the first one's id and replace whatever has that id.
 */
final class DocumentStarts {
    /** How many starts the message lists before "…". */
    private static final int LISTED = 5;

    /** A header's number line: the number alone on its line. */
    private static final Pattern NUMBER_LINE = Pattern.compile("^\\s*(" + HeaderReader.NUMBER.pattern() + ")\\s*$");

    private DocumentStarts() {
    }

    /** Whether {@code s} ends with 号 before white space ({@code \\s}: space, tab, line ends, form feed, vertical tab). */
    private static boolean endsWithNumberMark(String s) {
        int end = s.length();
        while (end > 0 && " \t\n\u000B\f\r".indexOf(s.charAt(end - 1)) >= 0) {
            end--;
        }
        return end > 0 && s.charAt(end - 1) == '号';
    }

    /** A header start at a logical offset of the text. */
    record Start(int offset, String number) {
    }

    /** A periodical's issue (a government gazette, 公报 … 第4期): its pages run one document into the next. */
    private static final Pattern PERIODICAL = Pattern.compile(
            "(?m)^[^。，；\\n]{0,20}(?:公报|(?:19|20)\\d{2}年第\\d{1,2}期)[^。，；\\n]{0,20}$");
    /** Sentences before the first header that show the pages open inside another document. */
    private static final int MIN_SENTENCES_BEFORE = 2;
    /** A header's lines above its number: short, no sentence, no date or bracketed imprint. */
    private static final int MAX_HEADER_LINE = 30;
    private static final Pattern NOT_HEADER = Pattern.compile("[。；]|^（.*）$|\\d{4}年\\d{1,2}月\\d{1,2}日$");

    /** One document cut out of a file that holds several, and what was left out. */
    record Excerpt(MappedText text, String warning) {
    }

    /**
     * The longest document of a periodical's pages that hold several (the end of one, the next whole, the start of a
     * third): its header to the next one's, read on its own with a warning naming the others; empty when the file is
     * no periodical (no line naming a 公报 or its issue, 2026年第4期, and it does not open inside a document) or holds one document. A file of several documents that is no periodical is refused as before.
     */
    static java.util.Optional<Excerpt> excerpt(MappedText text) {
        List<Paragraph> paragraphs = Paragraph.split(text.text());
        List<Start> starts = find(text, paragraphs);
        if (starts.size() < 2) {
            return java.util.Optional.empty();
        }
        List<Integer> heads = new ArrayList<>();
        for (Start start : starts) {
            heads.add(headerStart(paragraphs, start.offset()));
        }
        // a periodical says so in its running header, or its pages open on the end of the document before
        long sentencesBefore = paragraphs.stream().filter(p -> p.end() <= heads.get(0) && p.text().indexOf('。') >= 0).count();
        if (!PERIODICAL.matcher(text.source().text()).find() && sentencesBefore < MIN_SENTENCES_BEFORE) {
            return java.util.Optional.empty();
        }
        int best = 0;
        for (int k = 1; k < starts.size(); k++) {
            if (end(heads, k, text) - heads.get(k) > end(heads, best, text) - heads.get(best)) {
                best = k;
            }
        }
        StringBuilder others = new StringBuilder();
        for (int k = 0; k < starts.size(); k++) {
            if (k != best) {
                others.append(others.length() == 0 ? "" : ", ").append(starts.get(k).number());
            }
        }
        String warning = "the file is a periodical's pages holding " + starts.size() + " documents: only "
                + starts.get(best).number() + " (line " + line(text, starts.get(best).offset()) + ") is read, the longest; "
                + others + " and any text before the first header are left out (load them from their own files)";
        return java.util.Optional.of(new Excerpt(text.slice(heads.get(best), end(heads, best, text)), warning));
    }

    private static int end(List<Integer> heads, int k, MappedText text) {
        return k + 1 < heads.size() ? heads.get(k + 1) : text.length();
    }

    /** Where the header holding the number line at {@code offset} begins: the title lines above it. */
    private static int headerStart(List<Paragraph> paragraphs, int offset) {
        int i = 0;
        while (i < paragraphs.size() && paragraphs.get(i).start() < offset) {
            i++;
        }
        int first = i;
        while (first > 0 && paragraphs.get(first - 1).text().strip().length() <= MAX_HEADER_LINE
                && !paragraphs.get(first - 1).isTableRow() && !NOT_HEADER.matcher(paragraphs.get(first - 1).text().strip()).find()) {
            first--;
        }
        return first < paragraphs.size() ? paragraphs.get(first).start() : offset;
    }

    /** Throws {@link BadDocumentException} when {@code paragraphs} hold the headers of several documents. */
    static void requireOne(MappedText text, List<Paragraph> paragraphs) {
        List<Start> starts = find(text, paragraphs);
        if (starts.size() < 2) {
            return;
        }
        StringBuilder listed = new StringBuilder();
        for (int i = 0; i < Math.min(LISTED, starts.size()); i++) {
            listed.append(i == 0 ? "" : ", ").append(starts.get(i).number()).append(" (line ")
                    .append(line(text, starts.get(i).offset())).append(')');
        }
        if (starts.size() > LISTED) {
            listed.append(", …");
        }
        throw new BadDocumentException(text.source().name(), "holds " + starts.size() + " documents, not one: "
                + "document numbers " + listed + "; split it into one file per document");
    }

    /**
     * The header starts: standalone number lines, a repeat of the first number counting only when the title that
     * followed it the first time follows it again (a document copied twice, not a number printed twice).
     */
    static List<Start> find(MappedText text, List<Paragraph> paragraphs) {
        List<Start> starts = new ArrayList<>();
        String firstNumber = null;
        String firstTitle = null;
        for (int i = 0; i < paragraphs.size(); i++) {
            if (!endsWithNumberMark(paragraphs.get(i).text())) {
                continue; // a number line ends with 号: the others are not matched
            }
            Matcher m = NUMBER_LINE.matcher(paragraphs.get(i).text());
            if (!m.matches()) {
                continue;
            }
            String number = m.group(1).replaceAll("\\s", "");
            String title = titleAfter(paragraphs, i);
            if (firstNumber == null) {
                firstNumber = number;
                firstTitle = title;
            } else if (number.equals(firstNumber) && (title == null || !title.equals(firstTitle))) {
                continue;
            }
            starts.add(new Start(paragraphs.get(i).start(), number));
        }
        return starts;
    }

    /** The first title-like line within the next few paragraphs (关于…, or ending with the genre word). */
    private static String titleAfter(List<Paragraph> paragraphs, int numberLine) {
        for (int i = numberLine + 1; i < Math.min(paragraphs.size(), numberLine + 5); i++) {
            String t = paragraphs.get(i).text().strip();
            if (t.indexOf('。') < 0 && (t.contains("关于") || HeaderReader.TITLE_END.matcher(t).find())) {
                return t;
            }
        }
        return null;
    }

    /** The 1-based line of the original file where a logical offset lies. */
    private static int line(MappedText text, int logicalOffset) {
        String original = text.source().text();
        int end = Math.min(original.length(), text.originalStart(logicalOffset));
        int line = 1;
        for (int i = 0; i < end; i++) {
            if (original.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
