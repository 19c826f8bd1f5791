package dev.collabgraph.loader.structure;

import dev.collabgraph.loader.text.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One note for all the items of a part, set after them: 本板块任务由A牵头，B、C配合。 / 以上任务的责任单位：A、B。 / 本部分各项
 * 工作均由A负责。 It closes the last item (it is no part of its text) and is the note of every item of the part that has
 * none of its own.
 */
final class PartNotes {
    /** What the note opens with: the items it speaks for, then who does them (由…, 的责任单位：…). */
    private static final Pattern OPENING = Pattern.compile(
            "^[\\s\u3000]*(?:本|以上|上述)(?:板块|部分|专题|章|节|篇)?(?:各项|所列)?(?:重点)?(?:任务|工作|措施|事项)(?:均)?(?=由|的?(?:责任|牵头)单位)");

    private PartNotes() {
    }

    /** Whether {@code paragraph} is such a note. */
    static boolean opens(String paragraph) {
        return OPENING.matcher(paragraph).lookingAt();
    }

    /** The notes such paragraphs of {@code body} give the items before them in their part. */
    static List<ResponsibilityNote> notes(String text, List<Paragraph> body, List<TaskBlock> tasks,
                                          List<SectionBlock> sections, String city) {
        List<ResponsibilityNote> notes = new ArrayList<>();
        int after = 0; // items before an earlier such note are its own
        for (Paragraph p : body) {
            Matcher m = OPENING.matcher(p.text());
            if (p.isTableRow() || !m.lookingAt()) {
                continue;
            }
            int from = p.start() + m.end();
            if (text.charAt(from) == '的') {
                from++;
            }
            Span part = innermost(sections, p.start()).map(SectionBlock::body).orElse(new Span(after, p.start()));
            for (TaskBlock t : tasks) {
                if (t.heading().start() >= Math.max(part.start(), after) && t.heading().start() < p.start()) {
                    NoteReader.read(text, new Span(from, p.end()), t.number(), city).ifPresent(notes::add);
                }
            }
            after = p.end();
        }
        return notes;
    }

    private static Optional<SectionBlock> innermost(List<SectionBlock> sections, int at) {
        SectionBlock found = null;
        for (SectionBlock s : sections) {
            if (s.body().start() <= at && at < s.body().end() && (found == null || s.level() > found.level())) {
                found = s;
            }
        }
        return Optional.ofNullable(found);
    }
}
