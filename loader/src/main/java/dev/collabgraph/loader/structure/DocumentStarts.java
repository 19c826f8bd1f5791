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

    /** A header start at a logical offset of the text. */
    record Start(int offset, String number) {
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
