package dev.collabgraph.loader.structure;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Boxes set beside the text (专栏1　重点建设的研究院, a text box in Word, a framed list in print): a title line, then the
 * box's own list (1.… 2.…, （1）…, ①…) and often the units of the task it illustrates as its last line. The box's
 * numbered lines belong to the task before it, and are no items of the document's outline: a box's 1. 2. 3. must not
 * become tasks or restart their numbering. A box ends after its note line, at a numbered paragraph with a note of its
 * own (the document's next task), or where a part or item heading (一、 （一）) or the next box opens.
 */
final class Sidebars {
    /** A box's title line: 专栏1, 专栏一, 专栏 3 and its title. */
    private static final Pattern BOX_TITLE = Pattern.compile("^[\\s\u3000]*专栏(?:[\\s\u3000]*(?:\\d{1,2}|[一二三四五六七八九十]{1,3})(?![\\d一二三四五六七八九十])"
            // or no number, a blank and a short title (专栏　重点建设的校企共建平台)
            + "|[\\s\u3000：:]*[^。；，\\n]{2,30}$)");
    /** The numbering of a box's own list. */
    private static final Pattern BOX_ITEM = Pattern.compile("^[\\s\u3000]*(?:\\d{1,2}[.．、）]|（\\d{1,2}）|[\u2460-\u2473])");

    private Sidebars() {
    }

    /** The indexes of the paragraphs of {@code body} that number a box's own list. */
    static Set<Integer> boxedItems(List<Paragraph> body) {
        Set<Integer> boxed = new HashSet<>();
        boolean inBox = false;
        for (Paragraph p : body) {
            String text = p.text();
            if (BOX_TITLE.matcher(text).lookingAt()) {
                inBox = true;
                continue;
            }
            if (!inBox) {
                continue;
            }
            if (Headings.levelOne(text) > 0 || Headings.levelTwo(text) > 0) {
                inBox = false;
            } else if (BOX_ITEM.matcher(text).lookingAt() && !ownNote(text)) {
                boxed.add(p.index());
            } else if (BOX_ITEM.matcher(text).lookingAt() || NoteReader.hasLabel(text)) {
                // a numbered paragraph with its own note is the document's next task, not a line of the box
                inBox = false; // the units of the task it illustrates close the box
            }
        }
        return boxed;
    }

    /** Whether a numbered line carries a note of its own: a label (牵头单位：) or roles in words (A牵头，B配合). */
    private static boolean ownNote(String text) {
        return NoteReader.hasLabel(text) || !PhrasedNotes.find(text, 0, text.length(), "").isEmpty();
    }
}
