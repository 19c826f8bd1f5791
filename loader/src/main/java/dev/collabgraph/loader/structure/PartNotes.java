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
 * none of its own. A part's note may also stand under its heading, before its first item, as lines of labelled fields
 * only (a group's card: 召集人：… 牵头部门：A ⏎ 成员单位：B、C): the note of every item of the group too.
 */
final class PartNotes {
    /** What the note opens with: the items it speaks for, then who does them (由…, 的责任单位：…). */
    private static final Pattern OPENING = Pattern.compile(
            "^[\\s\u3000]*[（(【]?(?:本|以上|上述)(?:板块|部分|专题|章|节|篇|方面|(?:专项)?行动[\\d一二三四五六七八九十]{0,3})?"
            + "(?:所列)?(?:(?:各项|所列)(?:重点)?(?:任务|工作|措施|事项)?|(?:重点)?(?:任务|工作|措施|事项))"
            // an exception for the items that name their own (，除另有注明的外，)
            + "(?:[，,](?:除另有注明|另有注明的除外|未另行?注明)[^，,由]{0,4}[，,]?)?"
            + "(?:均)?(?=由|的?(?:责任|牵头)单位|[：:])");

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
            int lower = Math.max(part.start(), after);
            boolean itemsBefore = tasks.stream().anyMatch(t -> t.heading().start() >= lower && t.heading().start() < p.start());
            for (TaskBlock t : tasks) {
                // set after the part's items, it speaks for them; set before them (本行动所列各项由A牵头…), for the
                // items that follow it in the part
                if (itemsBefore ? t.heading().start() >= lower && t.heading().start() < p.start()
                        : t.heading().start() > p.start() && t.heading().start() < part.end()) {
                    NoteReader.read(text, new Span(from, p.end()), t.number(), city).ifPresent(notes::add);
                }
            }
            after = p.end();
        }
        notes.addAll(headedNotes(text, body, tasks, sections, city));
        return notes;
    }

    /** The notes set as field lines between a part's heading and its first item, given to the part's items. */
    private static List<ResponsibilityNote> headedNotes(String text, List<Paragraph> body, List<TaskBlock> tasks,
                                                        List<SectionBlock> sections, String city) {
        List<ResponsibilityNote> notes = new ArrayList<>();
        int p = 0;
        int t = 0;
        for (SectionBlock s : sections) {
            // sections come in document order: the cursors only move on
            while (t < tasks.size() && tasks.get(t).heading().start() < s.heading().end()) {
                t++;
            }
            if (t == tasks.size() || tasks.get(t).heading().start() >= s.body().end()) {
                continue;
            }
            int first = tasks.get(t).heading().start();
            while (p < body.size() && body.get(p).start() < s.heading().end()) {
                p++;
            }
            int from = -1;
            int to = -1;
            boolean fields = true;
            for (int i = p; i < body.size() && body.get(i).start() < first && fields; i++) {
                Paragraph line = body.get(i);
                // (a line saying which items it speaks for is read as such above)
                fields = !line.isTableRow() && NoteReader.hasLabel(line.text()) && !opens(line.text());
                from = from < 0 ? line.start() : from;
                to = line.end();
            }
            if (from < 0 || !fields) {
                continue;
            }
            Optional<ResponsibilityNote> note = NoteReader.read(text, new Span(from, to), 0, city);
            if (note.isEmpty()) {
                continue;
            }
            for (int k = t; k < tasks.size() && tasks.get(k).heading().start() < s.body().end(); k++) {
                // the card's lines are the note: it is attached where it stands
                notes.add(new ResponsibilityNote(tasks.get(k).number(), note.get().units(), new Span(from, to)));
            }
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
