package dev.collabgraph.loader.structure;

import dev.collabgraph.loader.text.Span;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Notes set after several items that name them by number instead of closing each: 以上第1—3条由A牵头，B配合。 /
 * 以上第4—5条的责任单位：A、B。 / 第6条由A牵头…；第7条由B牵头… / 第11条、第12条：A牵头，B配合。 — the genre's way of
 * sharing one note among measures of a 若干措施 — also as the items of a closing 任务分工 part ((一)第1—2项由A牵头…；
 * 其中第8项B参与). Each names its items by their printed numbers, singly, in
 * ranges (1—3, 1至3) or in lists (第11条、第12条), and the rest of its clause is a note as any other.
 */
final class GroupNotes {
    /** The items one clause names and where its note's text lies. */
    record Group(Set<Integer> items, Span note) {
    }

    private static final String NUMERAL = "(?:\\d{1,3}|[一二三四五六七八九十]{1,3})";
    /** The word a label numbers its items with (【任务一】, 措施3：), which a closing note names them by. */
    private static final String TASK_WORD = "(?:任务|措施|举措|行动)";
    /**
     * The items named, ending with 条/项 (or named 项目5、项目6, as cards numbered so), right before what says who does
     * them (由, 的责任单位, ：, 牵头…).
     */
    private static final Pattern ITEMS = Pattern.compile("(?:[（(](?=(?:以上|上述|前述)?第))?(?:(?:注|备注|说明|\\p{IsHan}{0,2}分工|\\p{IsHan}{0,8}分工如下)[：:]\\s*)?(?:（[一二三四五六七八九十]{1,3}）(?!\\s*[、，,和及与至到—–－\\-~～]?\\s*[（(]" + NUMERAL + "[）)]|\\s*[条项件])\\s*)?"
            + "(?:本(?:部分|板块|章|节|篇|专题|行动))?(?:以上|上述|前述|其中[，,]?)?(第\\s*[（(]?"
            + NUMERAL + "[\\s\\d一二三四五六七八九十条项件第—–－\\-~～至到、，,和及与（）()]*?(?:条|项|件)(?:实事|事项)?"
            // （一）至（三）项 / （四）（五）项: the bracketed numbers without 第
            + "|[（(]" + NUMERAL + "[）)](?:\\s*[、，,和及与至到—–－\\-~～]?\\s*[（(]" + NUMERAL + "[）)])*\\s*(?:条|项|件)"
            + "|项目\\d{1,3}(?:\\s*[、，,和及与]\\s*项目\\d{1,3})*"
            // 任务一至任务三由A牵头…；任务四由B负责: the items named by their labels' word and number
            // (only before 由: 任务一：title is the item itself)
            + "|" + TASK_WORD + NUMERAL + "(?:\\s*[、，,和及与至到—–－\\-~～]\\s*" + TASK_WORD + "?" + NUMERAL + ")*(?=分别由|由)"
            // （一）至（三）由…；（四）由…: the bracketed numbers alone, only before 由
            + "|[（(]" + NUMERAL + "[）)](?:\\s*[、，,和及与至到—–－\\-~～]?\\s*[（(]" + NUMERAL + "[）)])*(?=分别由|由)"
            // 任务（一）至任务（三）由…, 重点任务（四）由…: the word before bracketed numbers (only before 由)
            + "|(?:重点)?" + TASK_WORD + "[（(]" + NUMERAL + "[）)](?:\\s*[、，,和及与至到—–－\\-~～]?\\s*(?:(?:重点)?" + TASK_WORD
            + ")?[（(]" + NUMERAL + "[）)])*(?=分别由|由))"
            + "(?:任务[，,]?)?"
            // ，除项前另行标明责任单位的外，均由…: the items that name their own keep them
            + "(?:[，,]?除[^，。；由]{1,16}外[，,]?均?)?"
            + "(?=的|由|分别|[：:]|责任|牵头|主办|(?![、，,和及与第至到—–－\\-~～])[^，。；]{2,40}?(?:牵头|负责|配合|参与|协助)"
            // 第（一）至（三）项，A牵头，B配合: the units after a comma
            + "|(?<=[条项件])[，,](?=[^，。；、]{2,40}?(?:牵头|负责)))");
    /** One item or a range of them inside {@link #ITEMS}' group. */
    private static final Pattern ITEM = Pattern.compile("(" + NUMERAL + ")[）)]?\\s*(?:条|项|件)?\\s*(?:[—–－\\-~～至到]\\s*(?:第|" + TASK_WORD + ")?\\s*[（(]?("
            + NUMERAL + "))?");
    /**
     * 第（三）至（五）项分别由A、B、C牵头，D配合: the leads go to the items in order, as the documents that write so say
     * once; the units that assist go with each.
     */
    private static final Pattern RESPECTIVELY = Pattern.compile("^[\\s\u3000]*分别");
    /** A clause naming only assisting units: A、B参与 / A配合. */
    private static final Pattern ASSISTING = Pattern.compile("[^，。；由]{2,40}?(?:参与|配合|协助|协办)");
    /** The verb phrase closing an assisting clause after its names: 参与, 配合, 要按属地做好配合, 积极协助. */
    private static final Pattern ASSISTING_TAIL = Pattern.compile(
            "(?:要|应|须|需|将)?(?:按照?[^，。；、]{0,6}?)?(?:做好|积极|共同|全力)?(?:参与|配合|协助|协办)(?:工作)?$");
    /** How far into a sentence {@link #ITEMS} may reach: its item list and the names before the role verb. */
    private static final int OPENING_WINDOW = 120;
    /** A range longer than this is a misreading (第1—300条), not a note. */
    private static final int MAX_RANGE = 50;

    private GroupNotes() {
    }

    /** A note naming items by their bracketed numbers alone (（四）（五）项：…), whose first label is no item's. */
    private static final Pattern BRACKETED_ITEMS = Pattern.compile("^[（(]" + NUMERAL + "[）)](?:\\s*[、，,和及与至到—–－\\-~～]?\\s*[（(]"
            + NUMERAL + "[）)])*(?:\\s*(?:条|项|件)(?=由|的|分别|[：:]|责任|牵头)|(?=分别由|由))");

    /** Whether a paragraph names items by their bracketed numbers before its units (（一）至（三）项由A牵头): a note, not an item. */
    static boolean namesBracketedItems(String paragraph) {
        return BRACKETED_ITEMS.matcher(paragraph).lookingAt();
    }

    /** The characters a match of {@link #ITEMS} can open with, but for a field word before 分工 (任务分工：). */
    private static final String ITEMS_FIRST = "（(注备说分以上前其第项任措举行重本";

    /**
     * Whether {@link #ITEMS} can match at the paragraph's start: it opens with one of {@link #ITEMS_FIRST} or has 分工
     * one or two characters in. Most paragraphs do not, and need no matcher.
     */
    private static boolean mayOpenWithItems(String paragraph) {
        if (paragraph.isEmpty()) {
            return false;
        }
        if (ITEMS_FIRST.indexOf(paragraph.charAt(0)) >= 0 || paragraph.startsWith(DIVISION, 1)
                || paragraph.startsWith(DIVISION, 2)) {
            return true;
        }
        // (looked for only within the lead-in's reach: most paragraphs are asked many times)
        for (int i = 1; i <= MAX_LEAD_IN; i++) {
            if (paragraph.startsWith(AS_FOLLOWS, i)) {
                return true;
            }
        }
        return false;
    }

    private static final String DIVISION = "分工";
    /** A lead-in naming the division to come (各项任务分工如下：), before the items named. */
    private static final String AS_FOLLOWS = "分工如下";
    private static final int MAX_LEAD_IN = 10;

    /** Whether a paragraph is such a note naming its items by their labels' word (任务一至任务三由A牵头). */
    static boolean namesItemsByWord(String paragraph) {
        return !paragraph.isEmpty() && "任措举行".indexOf(paragraph.charAt(0)) >= 0 && opens(paragraph);
    }

    /**
     * Whether a paragraph is such a note naming its items by 第 and their numbers before who does them (第1项由A负责。,
     * 第（一）至（三）项由A牵头…, 第二条的责任单位：…): a closing division's line, not an item labelled 第N项.
     */
    static boolean namesNumberedItems(String paragraph) {
        if (paragraph.isEmpty() || paragraph.charAt(0) != '第') {
            return false;
        }
        Matcher m = ITEMS.matcher(paragraph);
        if (!m.lookingAt() || items(m.group(1)).isEmpty() || m.end() >= paragraph.length()) {
            return false;
        }
        return "由分的".indexOf(paragraph.charAt(m.end())) >= 0;
    }

    /** Whether a paragraph is such a note: it opens with the items it names. */
    static boolean opens(String paragraph) {
        if (!mayOpenWithItems(paragraph)) {
            return false;
        }
        Matcher m = ITEMS.matcher(paragraph);
        return m.lookingAt() && !items(m.group(1)).isEmpty();
    }

    /** The clauses of the note text[start, to) (a paragraph or a sentence of one), each with its items and note text. */
    static List<Group> read(String text, int start, int to) {
        List<Group> groups = new ArrayList<>();
        Matcher m = ITEMS.matcher(text);
        int at = start;
        while (at < to) {
            m.region(at, to);
            if (!m.lookingAt()) {
                break;
            }
            Set<Integer> items = items(m.group(1));
            if (items.isEmpty()) {
                break;
            }
            int note = m.end();
            if (text.charAt(note) == '的') {
                note++;
            }
            if (text.charAt(note) == '：' || text.charAt(note) == ':') {
                note++;
            }
            int end = clauseEnd(text, note, to);
            int noteEnd = end;
            while (noteEnd > note && "；;。".indexOf(text.charAt(noteEnd - 1)) >= 0) {
                noteEnd--; // a clause closed by ； at the paragraph's end (…配合；) is whole without it
            }
            if (bracketed(text, at, noteEnd)) {
                noteEnd--; // （第1—3项由A牵头，B配合）: a scope note set in brackets on a line of its own ends at its bracket
            }
            groups.add(new Group(items, new Span(note, noteEnd)));
            at = end < to ? end + 1 : end;
        }
        return groups;
    }

    /**
     * The notes of the tasks such paragraphs of {@code body} name, by task number; a task is matched by its printed
     * label, else by its number.
     */
    static List<ResponsibilityNote> notes(String text, List<Paragraph> body, List<TaskBlock> tasks, String city) {
        List<ResponsibilityNote> notes = new ArrayList<>();
        for (Paragraph p : body) {
            if (p.isTableRow() || !opens(p.text())) {
                continue;
            }
            for (Group group : read(text, p.start(), p.end())) {
                if (RESPECTIVELY.matcher(text).region(group.note().start(), group.note().end()).lookingAt()
                        && respectively(text, group, tasks, city, notes)) {
                    continue;
                }
                if (assisting(text, group)) {
                    continue; // added to the items' notes by additions()
                }
                for (int item : group.items()) {
                    task(tasks, item).flatMap(t -> NoteReader.read(text, group.note(), t.number(), city))
                            .map(n -> aloneInCharge(text, n)).ifPresent(notes::add);
                }
            }
        }
        return notes;
    }

    /**
     * The units that clauses naming items by number add as assisting ones (其中第8项B参与; inside a paragraph too, as
     * a closing part adds them to items that have their own notes: 其中，第二项、第六项任务，A、B要按属地做好配合), by task
     * number; they join the task's note whatever it holds.
     */
    static List<ResponsibilityNote> additions(String text, List<Paragraph> body, List<TaskBlock> tasks, String city) {
        List<ResponsibilityNote> added = new ArrayList<>();
        for (Paragraph p : body) {
            if (p.isTableRow()) {
                continue;
            }
            for (int start = p.start(); start >= 0 && start < p.end(); start = sentenceAfter(text, start, p.end())) {
                // the clause's opening is all opens() reads: a window, not the rest of a long paragraph each time
                if (!opens(text.substring(start, Math.min(p.end(), start + OPENING_WINDOW)))) {
                    continue;
                }
                for (Group group : read(text, start, p.end())) {
                    if (!assisting(text, group)) {
                        continue;
                    }
                    List<UnitRef> units = assistingUnits(text, group.note(), city);
                    for (int item : group.items()) {
                        task(tasks, item).ifPresent(t -> added.add(new ResponsibilityNote(t.number(), units, group.note())));
                    }
                }
            }
        }
        return added;
    }

    /** The units of an assisting clause, as a note reads them, else the names before its verb phrase (要按属地做好配合). */
    private static List<UnitRef> assistingUnits(String text, Span note, String city) {
        List<UnitRef> read = NoteReader.read(text, note, 0, city).map(ResponsibilityNote::units).orElse(List.of());
        if (read.isEmpty()) {
            Matcher tail = ASSISTING_TAIL.matcher(text).region(note.start(), note.end());
            if (tail.find()) {
                read = UnitLists.split(text, note.start(), tail.start(), "co", city);
            }
        }
        return read.stream().map(u -> new UnitRef(u.name(), u.surface(), "co", u.span(), u.repairedFrom())).toList();
    }

    /** {@code notes} with the units of {@code added} each task's note does not name yet. */
    static List<ResponsibilityNote> withAdditions(List<ResponsibilityNote> notes, List<ResponsibilityNote> added) {
        if (added.isEmpty()) {
            return notes;
        }
        java.util.Map<Integer, ResponsibilityNote> byTask = new java.util.TreeMap<>();
        notes.forEach(n -> byTask.put(n.taskNumber(), n));
        for (ResponsibilityNote a : added) {
            byTask.merge(a.taskNumber(), a, (own, more) -> {
                List<UnitRef> units = new ArrayList<>(own.units());
                more.units().stream().filter(u -> units.stream().noneMatch(o -> o.name().equals(u.name())))
                        .forEach(units::add);
                return new ResponsibilityNote(own.taskNumber(), units, own.span());
            });
        }
        return new ArrayList<>(byTask.values());
    }

    /** 其中第8项B参与: a clause of assisting units alone, which keeps their role. */
    private static boolean assisting(String text, Group group) {
        return ASSISTING.matcher(text.substring(group.note().start(), group.note().end())).matches();
    }

    /** Where the sentence after the one at {@code from} starts, or -1 when it is the paragraph's last. */
    private static int sentenceAfter(String text, int from, int to) {
        // looked for inside the paragraph only: an indexOf past its end would make a text of many lines quadratic
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == '。') {
                return i + 1 < to ? i + 1 : -1;
            }
        }
        return -1;
    }

    /**
     * Adds the notes of a group whose leads are named 分别, one per item in order, when there are as many leads as
     * items; false (nothing added) otherwise.
     */
    private static boolean respectively(String text, Group group, List<TaskBlock> tasks, String city,
                                        List<ResponsibilityNote> notes) {
        Optional<ResponsibilityNote> shared = NoteReader.read(text, group.note(), 0, city);
        if (shared.isEmpty()) {
            return false;
        }
        List<UnitRef> leads = shared.get().units().stream().filter(u -> "lead".equals(u.role())).toList();
        List<UnitRef> others = shared.get().units().stream().filter(u -> !"lead".equals(u.role())).toList();
        List<Integer> items = List.copyOf(group.items());
        if (items.size() < 2 || leads.size() != items.size()) {
            return false;
        }
        for (int i = 0; i < items.size(); i++) {
            List<UnitRef> units = new ArrayList<>();
            units.add(leads.get(i));
            units.addAll(others);
            int item = items.get(i);
            task(tasks, item).ifPresent(t -> notes.add(new ResponsibilityNote(t.number(), units, shared.get().span())));
        }
        return true;
    }

    /** The item numbers such paragraphs of {@code body} name: those items carry a note, given elsewhere. */
    static Set<Integer> named(List<Paragraph> body) {
        Set<Integer> named = new java.util.HashSet<>();
        int lastArticle = 0;
        for (Paragraph p : body) {
            if (p.isTableRow()) {
                continue;
            }
            int own = Headings.article(p.text()).map(Headings.Article::number).orElse(-1);
            boolean inSequence = own > 0 && own == lastArticle + 1;
            lastArticle = own > 0 ? own : lastArticle;
            if (opens(p.text())) {
                // read on the paragraph's own text: the outline has no logical text at hand
                for (Group g : read(p.text(), 0, p.text().length())) {
                    // 第四条 市科技局负责… after 第三条 is that article stating a duty, not a note naming it
                    if (!(inSequence && g.items().equals(Set.of(own)))) {
                        named.addAll(g.items());
                    }
                }
            }
        }
        return named;
    }

    /** The task printed with number {@code item}, else the task of that running number. */
    static Optional<TaskBlock> task(List<TaskBlock> tasks, int item) {
        String label = String.valueOf(item);
        Optional<TaskBlock> printed = tasks.stream().filter(t -> t.label().equals(label)).findFirst();
        return printed.isPresent() ? printed : tasks.stream().filter(t -> t.number() == item).findFirst();
    }

    /** 任务四由A负责: one organ alone in charge of items leads nobody ({@link ProseDuties#aloneInCharge}). */
    private static ResponsibilityNote aloneInCharge(String text, ResponsibilityNote note) {
        if (note.units().size() != 1) {
            return note;
        }
        List<UnitRef> units = ProseDuties.aloneInCharge(text, note.units(), note.units().get(0).span().end());
        return units == note.units() ? note : new ResponsibilityNote(note.taskNumber(), units, note.span());
    }

    /** The item numbers of a group such as 第1—3条 or 第11条、第12条; empty when a range runs backwards or far. */
    static Set<Integer> items(String group) {
        Set<Integer> items = new LinkedHashSet<>();
        Matcher m = ITEM.matcher(group);
        while (m.find()) {
            int first = Numerals.value(m.group(1));
            int last = m.group(2) == null ? first : Numerals.value(m.group(2));
            if (first <= 0 || last < first || last - first > MAX_RANGE) {
                return Set.of();
            }
            for (int n = first; n <= last; n++) {
                items.add(n);
            }
        }
        return items;
    }

    /** Whether the clause at {@code from} opens with a bracket its note text closes at {@code end}. */
    private static boolean bracketed(String text, int from, int end) {
        char open = text.charAt(from);
        return end > from + 1 && (open == '（' || open == '(') && "）)".indexOf(text.charAt(end - 1)) >= 0;
    }

    /** Where a clause's note ends: before ；第… (the next clause), at 。, or at the paragraph's end. */
    private static int clauseEnd(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '。') {
                return i;
            }
            if ((c == '；' || c == ';') && ITEMS.matcher(text).region(i + 1, to).lookingAt()) {
                return i;
            }
        }
        return to;
    }
}
