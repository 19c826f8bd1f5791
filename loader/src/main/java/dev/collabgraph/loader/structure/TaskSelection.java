package dev.collabgraph.loader.structure;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides, in a document with responsibility notes, which numbered paragraphs are its tasks: not by
 * numbering family but by what the items carry. In each part (一、) the items of one family are tasks when
 * one of them carries a note (its siblings follow it), so 1.指导思想 / 2.工作目标 without notes stay
 * headings while the 1.–9. items of another part are tasks, and a part whose （一） items carry notes has
 * those as tasks while the （一） of another part only group its 1. items. Items of a list inside a task
 * (1. 2. under a （一） whose note closes after the list) carry that note only on their last item: then
 * the （一） items are the tasks. A part without notes keeps its items as tasks only when they continue
 * the numbering of the tasks before (1.–26. run through the document); articles (第N条) always run
 * through, so for them that says nothing.
 */
final class TaskSelection {
    /** A level-two heading (（一）) that may be a task: its paragraph, key ("2.1"), printed numerals. */
    record Item(Paragraph paragraph, String key, String printed) {
    }

    /** The tasks chosen, the level-two headings among them, and the items not taken. */
    record Choice(List<TaskNumbering.Numbered> tasks, List<Paragraph> headingsTaken, List<String> warnings) {
    }

    /** A heading phrase is short; a longer first sentence is the item's text. */
    private static final int MAX_HEADING = 20;

    private TaskSelection() {
    }

    /**
     * Chooses among the {@code numbered} items of the task family and the level-two {@code items} of
     * {@code body}; {@code articles} when the family is 第N条.
     */
    static Choice choose(List<Paragraph> body, List<Item> items, TaskNumbering.Result result,
                         List<Paragraph> headingParagraphs, boolean articles, Set<String> framing) {
        return choose(body, items, result, headingParagraphs, articles, framing, Set.of(), Set.of());
    }

    /**
     * As above; {@code namedElsewhere}: item numbers a note set apart names (以上第1—3条由…, a 任务分工 part's 第4、5项由…):
     * those items carry a note though none stands at them; {@code namedByRows}: the paragraphs (by index) of items a
     * table's rows name by number and title.
     */
    static Choice choose(List<Paragraph> body, List<Item> items, TaskNumbering.Result result,
                         List<Paragraph> headingParagraphs, boolean articles, Set<String> framing,
                         Set<Integer> namedElsewhere, Set<Integer> namedByRows) {
        List<TaskNumbering.Numbered> numbered = result.tasks();
        Map<Integer, Integer> position = new HashMap<>();
        for (int i = 0; i < body.size(); i++) {
            position.put(body.get(i).index(), i);
        }
        boolean[] boundary = new boolean[body.size()];
        // whether the item at a body position carries a note: asked for an item once per list and once per heading
        Boolean[] noted = new Boolean[body.size()];
        headingParagraphs.forEach(p -> boundary[position.get(p.index())] = true);
        numbered.forEach(t -> boundary[position.get(t.paragraph().index())] = true);
        // notes set above their items (【A牵头，B配合】 ⏎ 1.…): each such line is its item's, none the heading's above it
        Set<Integer> ledByNote = leadingNotes(body, boundary, numbered, position);

        Map<String, List<TaskNumbering.Numbered>> numberedByPart = new LinkedHashMap<>();
        Map<String, List<Item>> itemsByPart = new LinkedHashMap<>();
        List<String> parts = new ArrayList<>();
        Map<Integer, TaskNumbering.Numbered> numberedAt = new HashMap<>();
        numbered.forEach(t -> numberedAt.put(t.paragraph().index(), t));
        Map<Integer, Item> itemAt = new HashMap<>();
        items.forEach(i -> itemAt.put(i.paragraph().index(), i));
        for (Paragraph p : body) {
            // parts in reading order, whichever kind of item opens them
            TaskNumbering.Numbered t = numberedAt.get(p.index());
            if (t != null) {
                add(numberedByPart, part(t.sectionKey()), t, parts);
            }
            Item item = itemAt.get(p.index());
            if (item != null) {
                add(itemsByPart, part(item.key()), item, parts);
            }
        }
        // numbering restarted only in a framing part (保障措施's （一）…) still names the work's items by number once
        Set<Integer> repeated = repeatedOutside(framing, numberedByPart);
        List<TaskNumbering.Numbered> chosen = new ArrayList<>();
        List<Paragraph> taken = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        int lastNumber = 0;
        boolean anyItemTaken = false;
        // articles: a chapter between two chapters whose articles carry notes is work too (第二章–第四章 of a 细则)
        List<Boolean> partNoted = parts.stream().map(part -> numberedByPart.getOrDefault(part, List.of()).stream()
                .anyMatch(t -> carriesNote(body, noted, position.get(t.paragraph().index()), boundary,
                        duties(articles, framing, part)))).toList();
        boolean regulation = articles && isRegulation(body);
        int firstNoted = partNoted.indexOf(true);
        int lastNoted = partNoted.lastIndexOf(true);
        for (int partIndex = 0; partIndex < parts.size(); partIndex++) {
            String part = parts.get(partIndex);
            boolean between = articles && firstNoted >= 0 && partIndex > firstNoted && partIndex < lastNoted;
            List<TaskNumbering.Numbered> listed = numberedByPart.getOrDefault(part, List.of());
            Duties duties = duties(articles, framing, part);
            List<Item> headed = itemsByPart.getOrDefault(part, List.of());
            // a group's heading over a card of labelled fields (牵头部门：A ⏎ 成员单位：B) and then its numbered items:
            // the card is their note (PartNotes), the heading no task
            Set<Integer> cardHeads = new java.util.HashSet<>();
            Set<Integer> carded = new java.util.HashSet<>();
            for (int h = 0; h < headed.size(); h++) {
                Paragraph head = headed.get(h).paragraph();
                if (!cardHead(body, position.get(head.index()), boundary, numberedAt)) {
                    continue;
                }
                cardHeads.add(head.index());
                int next = h + 1 < headed.size() ? headed.get(h + 1).paragraph().start() : Integer.MAX_VALUE;
                listed.stream().filter(t -> t.paragraph().start() > head.start() && t.paragraph().start() < next)
                        .forEach(t -> carded.add(t.paragraph().index()));
            }
            List<Boolean> listedNoted = listed.stream()
                    .map(t -> namedElsewhere.contains(t.number()) && (!result.restarted()
                            || !framing.contains(part) && !repeated.contains(t.number()))
                            || ledByNote.contains(t.paragraph().index())
                            || namedByRows.contains(t.paragraph().index()) || carded.contains(t.paragraph().index())
                            || carriesNote(body, noted, position.get(t.paragraph().index()), boundary, duties)).toList();
            boolean listNoted = listedNoted.contains(true);
            boolean headedNoted = headed.stream().anyMatch(i -> !cardHeads.contains(i.paragraph().index())
                    && carriesNote(body, noted, position.get(i.paragraph().index()), boundary, duties));
            boolean listsInside = listNoted && !headed.isEmpty() && onlyLastOfGroupsNoted(listed, listedNoted, headed);
            // a regulation's framing chapters (申报和审批, 附则) are no work for their articles being short
            boolean continues = articles ? mostlyHeaded(listed) && !(regulation && duties == Duties.NONE) || between
                    : !listed.isEmpty() && lastNumber > 0 && listed.get(0).number() == lastNumber + 1 && !result.restarted();
            if (listNoted && !listsInside || !headedNoted && !listsInside && continues) {
                chosen.addAll(listed);
                lastNumber = listed.get(listed.size() - 1).number();
                // A （一） that carries its own note (its items inline, not as paragraphs) is a task too. One whose
                // items stand below it as paragraphs heads them: its note is theirs where they have none (PartNotes).
                for (int h = 0; h < headed.size(); h++) {
                    Item item = headed.get(h);
                    if (!cardHeads.contains(item.paragraph().index()) && !headsItems(item, headed, h, listed)
                            && carriesNote(body, noted, position.get(item.paragraph().index()), boundary, duties)) {
                        chosen.add(new TaskNumbering.Numbered(item.paragraph(), markerLength(item.paragraph().text()),
                                0, item.printed(), part));
                        taken.add(item.paragraph());
                        anyItemTaken = true;
                    }
                }
            } else if (headedNoted || listsInside) {
                for (Item item : headed) {
                    Paragraph p = item.paragraph();
                    int marker = markerLength(p.text());
                    chosen.add(new TaskNumbering.Numbered(p, marker, 0, item.printed(), part));
                    taken.add(p);
                }
                anyItemTaken = true;
            } else {
                List<Paragraph> left = new ArrayList<>();
                listed.forEach(t -> left.add(t.paragraph()));
                headed.stream().filter(i -> OutlineReader.carriesText(i.paragraph().text()))
                        .forEach(i -> left.add(i.paragraph()));
                if (!left.isEmpty()) {
                    warnings.add(notTaken(part, left));
                }
            }
        }
        if (anyItemTaken || chosen.size() < numbered.size()) {
            chosen.sort((a, b) -> Integer.compare(a.paragraph().start(), b.paragraph().start()));
        }
        if (anyItemTaken) {
            List<TaskNumbering.Numbered> renumbered = new ArrayList<>();
            for (TaskNumbering.Numbered t : chosen) {
                renumbered.add(new TaskNumbering.Numbered(t.paragraph(), t.markerLength(), renumbered.size() + 1,
                        t.label(), t.sectionKey()));
            }
            chosen = renumbered;
        }
        return new Choice(chosen, taken, warnings);
    }

    /** Whether items of {@code listed} stand between the heading {@code headed[h]} and the next heading. */
    private static boolean headsItems(Item item, List<Item> headed, int h, List<TaskNumbering.Numbered> listed) {
        int from = item.paragraph().start();
        int to = h + 1 < headed.size() ? headed.get(h + 1).paragraph().start() : Integer.MAX_VALUE;
        return listed.stream().anyMatch(t -> t.paragraph().start() > from && t.paragraph().start() < to);
    }

    /**
     * Whether most articles of a part open with a heading phrase (第一条 指导思想。): a plan written in
     * articles, whose every article is an item, unlike the clauses of a regulation (第一条 为…，制定本规定。).
     */
    /**
     * Which duties written in an item's sentences make it carry a note: any in a regulation's articles (A会同B推进…),
     * a role given in a 由-clause elsewhere (工作由A负责), none in the parts that frame the work (总则, 保障措施, 附则),
     * whose items also say who funds, reports or explains.
     */
    private static Duties duties(boolean articles, Set<String> framing, String part) {
        return framing.contains(part) ? Duties.NONE : articles ? Duties.ALL : Duties.ROLES;
    }

    /** Which duties written in sentences count as a note: none, 由-clauses with a role verb, or any. */
    private enum Duties { NONE, ROLES, ALL }

    /** A regulation states its purpose in its first article (第一条 为规范…，制定本办法。), a plan heads it (第一条 指导思想。). */
    private static final Pattern PURPOSE_ARTICLE = Pattern.compile(
            "[\\s\u3000]*为.{2,120}?制定本(?:办法|细则|规定|规则|措施|条例|实施细则)");

    private static boolean isRegulation(List<Paragraph> body) {
        for (Paragraph p : body) {
            Optional<Headings.Article> article = Headings.article(p.text());
            if (article.isPresent()) {
                return PURPOSE_ARTICLE.matcher(p.text().substring(article.get().end())).lookingAt();
            }
        }
        return false;
    }

    private static boolean mostlyHeaded(List<TaskNumbering.Numbered> listed) {
        long headed = listed.stream().filter(t -> {
            String first = OutlineReader.taskTitle(t.paragraph().text().substring(t.markerLength()));
            return first.length() <= MAX_HEADING && first.chars().noneMatch(c -> "，,、；".indexOf(c) >= 0);
        }).count();
        return headed * 2 > listed.size();
    }

    private static <T> void add(Map<String, List<T>> byPart, String part, T value, List<String> parts) {
        if (!byPart.containsKey(part) && (parts.isEmpty() || !parts.get(parts.size() - 1).equals(part))
                && !parts.contains(part)) {
            parts.add(part);
        }
        byPart.computeIfAbsent(part, k -> new ArrayList<>()).add(value);
    }

    /** The item numbers that stand more than once in the parts that are not {@code framing}. */
    private static Set<Integer> repeatedOutside(Set<String> framing,
                                                Map<String, List<TaskNumbering.Numbered>> numberedByPart) {
        Set<Integer> seen = new java.util.HashSet<>();
        Set<Integer> repeated = new java.util.HashSet<>();
        numberedByPart.forEach((part, listed) -> {
            if (!framing.contains(part)) {
                listed.forEach(t -> {
                    if (!seen.add(t.number())) {
                        repeated.add(t.number());
                    }
                });
            }
        });
        return repeated;
    }

    /** The part (一、) a section key belongs to: "3" for "3.1", "" before any part. */
    private static String part(String key) {
        int dot = key.indexOf('.');
        return dot < 0 ? key : key.substring(0, dot);
    }

    /**
     * Whether the heading at {@code at} carries no note on its line and is followed, up to the first numbered item, only
     * by lines of labelled fields (a group's card: 召集人：… 牵头部门：A ⏎ 成员单位：B).
     */
    private static boolean cardHead(List<Paragraph> body, int at, boolean[] boundary,
                                    Map<Integer, TaskNumbering.Numbered> numberedAt) {
        if (at + 1 >= body.size() || boundary[at + 1] || NoteReader.present(body.get(at).text(), "")) {
            return false;
        }
        int i = at + 1;
        for (; i < body.size() && !boundary[i]; i++) {
            Paragraph p = body.get(i);
            if (p.isTableRow() || !NoteReader.hasLabel(p.text())) {
                return false;
            }
        }
        return i < body.size() && numberedAt.containsKey(body.get(i).index());
    }

    /** The longest line a note set above its item is (a bracket of units, not a paragraph). */
    private static final int MAX_LEADING_NOTE = 160;

    /**
     * The items (paragraph indexes) whose notes stand on a bracketed line of their own right above them, when the
     * document is laid out so: the first such line stands above the first item or right after a heading (where it
     * can close no item before), and more than half of the items from it on have one. Those lines are then made
     * boundaries, so that a heading right above such a line (（一）heading ⏎ 【A牵头】 ⏎ 1.…) carries no note of its
     * own; the items count as noted ({@link LeadingNotes} gives each its note). Else empty, nothing changed: a
     * bracketed line below an item closes that item in most documents.
     */
    private static Set<Integer> leadingNotes(List<Paragraph> body, boolean[] boundary,
                                             List<TaskNumbering.Numbered> numbered, Map<Integer, Integer> position) {
        if (numbered.size() < 2) {
            return Set.of();
        }
        Map<Integer, Integer> lineAbove = new HashMap<>();
        for (TaskNumbering.Numbered t : numbered) {
            int at = position.get(t.paragraph().index());
            int above = at - 1;
            while (above >= 0 && body.get(above).text().isBlank()) {
                above--;
            }
            if (above >= 0 && !boundary[above] && noteLine(body.get(above))) {
                lineAbove.put(t.paragraph().index(), above);
            }
        }
        int first = 0;
        while (first < numbered.size() && !lineAbove.containsKey(numbered.get(first).paragraph().index())) {
            first++;
        }
        // the items before the first note line (articles of principle) have none: most of the rest must
        // (an item closing its own paragraph with a note is read the usual way: the lines above are parts' notes)
        if (!firstNoteLeads(body, boundary, numbered, position, lineAbove, first)
                || lineAbove.size() * 2 <= numbered.size() - first
                || numbered.stream().anyMatch(t -> NoteReader.present(t.paragraph().text(), ""))) {
            return Set.of();
        }
        lineAbove.values().forEach(at -> boundary[at] = true);
        return lineAbove.keySet();
    }

    /** Whether item {@code first}, the first with a note line above it, is the first item, or its line follows a heading. */
    private static boolean firstNoteLeads(List<Paragraph> body, boolean[] boundary, List<TaskNumbering.Numbered> numbered,
                                          Map<Integer, Integer> position, Map<Integer, Integer> lineAbove, int first) {
        if (first == 0 || first >= numbered.size()) {
            return first == 0 && !lineAbove.isEmpty();
        }
        int before = lineAbove.get(numbered.get(first).paragraph().index()) - 1;
        while (before >= 0 && body.get(before).text().isBlank()) {
            before--;
        }
        int previousItem = position.get(numbered.get(first - 1).paragraph().index());
        return before >= 0 && boundary[before] && before != previousItem;
    }

    /** A line holding a bracketed note and nothing else: 【A牵头，B、C配合】, （牵头单位：A；配合单位：B）, 〔主责：A　参与：B〕. */
    private static boolean noteLine(Paragraph p) {
        String t = p.text().strip();
        if (p.isTableRow() || t.length() < 4 || t.length() > MAX_LEADING_NOTE) {
            return false;
        }
        char open = t.charAt(0);
        char close = t.charAt(t.charAt(t.length() - 1) == '。' ? t.length() - 2 : t.length() - 1);
        return (open == '【' && close == '】' || open == '〔' && close == '〕' || open == '［' && close == '］'
                || (open == '（' || open == '(') && (close == '）' || close == ')'))
                && NoteReader.present(t, "");
    }

    /** Whether the item at {@code at} holds a note before the next heading or item. */
    private static boolean carriesNote(List<Paragraph> body, Boolean[] noted, int at, boolean[] boundary,
                                       Duties duties) {
        if (noted[at] == null) {
            noted[at] = carriesNote(body, at, boundary, duties);
        }
        return noted[at];
    }

    private static boolean carriesNote(List<Paragraph> body, int at, boolean[] boundary, Duties duties) {
        StringBuilder text = new StringBuilder(body.get(at).text());
        for (int i = at + 1; i < body.size() && !boundary[i]; i++) {
            text.append(body.get(i).text());
        }
        return switch (duties) {
            case NONE -> NoteReader.present(text.toString(), "");
            case ROLES -> NoteReader.presentOrRoles(text.toString(), "");
            case ALL -> NoteReader.presentOrDuties(text.toString(), "");
        };
    }

    /**
     * Whether the noted items of the list family are each the last of the items under one level-two
     * heading, with a heading holding more than one: the note closes the heading's task after its list.
     */
    private static boolean onlyLastOfGroupsNoted(List<TaskNumbering.Numbered> listed, List<Boolean> noted,
                                                 List<Item> headed) {
        int[] groups = new int[listed.size()];
        int h = -1;
        for (int i = 0; i < listed.size(); i++) {
            while (h + 1 < headed.size()
                    && headed.get(h + 1).paragraph().start() < listed.get(i).paragraph().start()) {
                h++;
            }
            groups[i] = h;
        }
        boolean anyGroupOfSeveral = false;
        for (int i = 0; i < listed.size(); i++) {
            boolean last = i + 1 == listed.size() || groups[i + 1] != groups[i];
            boolean sameGroupBefore = i > 0 && groups[i - 1] == groups[i];
            anyGroupOfSeveral |= sameGroupBefore;
            if (noted.get(i) && !last) {
                return false;
            }
        }
        return anyGroupOfSeveral;
    }

    private static int markerLength(String text) {
        Matcher m = Headings.LEVEL_TWO.matcher(text);
        return m.find() ? m.end() : 0;
    }

    /** One warning per part, naming its first item: a part of such items (保障措施) is usual. */
    private static String notTaken(String part, List<Paragraph> left) {
        String text = left.get(0).text();
        return (part.isEmpty() ? "before the first part" : "part " + part) + ": " + left.size()
                + " numbered paragraph(s) look like tasks but neither they nor a sibling carry a note and they do not"
                + " continue the tasks' numbering, not taken as tasks (first: '"
                + (text.length() > 20 ? text.substring(0, 20) + "…" : text) + "')";
    }
}
