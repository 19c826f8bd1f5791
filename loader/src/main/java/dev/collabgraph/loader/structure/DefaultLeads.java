package dev.collabgraph.loader.structure;

import dev.collabgraph.loader.text.Span;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Leads named once for many items. A part whose heading carries a note (一、建设创新平台（牵头单位：市科技局）) is led by
 * its units in every item of the part (when the note also names units to assist, an item without a note of its own takes
 * the whole note: 二、…（A牵头，B、C配合）); a document that says once who leads wherever no lead is named
 * (未注明牵头单位的，均由市科技局牵头) gives that lead to every item left without one. An item that names its own lead
 * keeps it; the units it gives to assist stay beside the lead it is given; an item without a note takes the lead alone.
 */
final class DefaultLeads {
    /** The document's word: items without a named lead are led by … */
    private static final Pattern STATED = Pattern.compile(
            "未(?:注明|明确|列明|标明|写明|单列|另行注明|另外注明)牵头(?:单位|部门)的(?:任务|事项|工作)?[，,]?(?:均|一律|统一|都)?由"
                    + "([^，。；,;]{2,40}?)(?:牵头|负责)");
    /** The character every {@link #STATED} match opens with. */
    private static final char STATED_FIRST = '未';

    private DefaultLeads() {
    }

    /** {@code notes} with the leads of part headings and of the document's stated rule given where items name none. */
    static List<ResponsibilityNote> apply(List<ResponsibilityNote> notes, String text, Span before,
                                          List<SectionBlock> sections, List<TaskBlock> tasks, String city) {
        Map<String, List<UnitRef>> headed = headingLeads(text, sections, city);
        List<UnitRef> stated = stated(text, before, city);
        if (headed.isEmpty() && stated.isEmpty()) {
            return notes;
        }
        return TaskNotes.rewrite(notes, tasks, (task, own) -> {
            List<UnitRef> part = SectionBlock.innermost(headed, task.sectionKey());
            if (part != null && own != null) {
                // an item with a note of its own takes from the heading only the leads it may lack
                part = part.stream().filter(u -> !"co".equals(u.role())).toList();
            }
            List<UnitRef> leads = part != null ? part : stated;
            return TaskNotes.ledBy(task, own, leads, leads.isEmpty() ? null : leads.get(0).span());
        });
    }

    /** The lead the document states once for items that name none, read in {@code within}; none when it states none. */
    private static List<UnitRef> stated(String text, Span within, String city) {
        // every match opens with 未 and the pattern looks at nothing around it: tried only at a 未, where find() (which
        // tried it at every character) would find it
        Matcher m = STATED.matcher(text);
        for (int q = text.indexOf(STATED_FIRST, within.start()); q >= 0 && q < within.end();
             q = text.indexOf(STATED_FIRST, q + 1)) {
            if (m.region(q, within.end()).lookingAt()) {
                return UnitLists.split(text, m.start(1), m.end(1), "lead", city);
            }
        }
        return List.of();
    }

    /** The units each part's heading note names to lead or answer for it, by the part's key: they lead its items. */
    private static Map<String, List<UnitRef>> headingLeads(String text, List<SectionBlock> sections, String city) {
        Map<String, List<UnitRef>> headed = new HashMap<>();
        for (SectionBlock s : sections) {
            Optional<ResponsibilityNote> note = NoteReader.read(text, s.heading(), 0, city);
            if (note.isEmpty()) {
                continue;
            }
            List<UnitRef> leads = note.get().units().stream().filter(u -> !"co".equals(u.role())).toList();
            if (!leads.isEmpty()) {
                // a heading note that also names units to assist (二、…（A牵头，B、C配合）) is the whole note of every item
                // of the part that has none of its own
                // (a plain 责任单位 list there stays unspecified for the items that take it whole)
                boolean roled = note.get().units().stream().anyMatch(u -> u.role() != null);
                headed.put(s.key(), note.get().units().stream()
                        .map(u -> new UnitRef(u.name(), u.surface(), "co".equals(u.role()) ? "co" : roled ? "lead" : null,
                                u.span(), u.repairedFrom())).toList());
            }
        }
        return headed;
    }
}
