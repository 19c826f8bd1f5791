package dev.collabgraph.loader.structure;

import dev.collabgraph.loader.text.Span;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads section headings (一、 level 1, （一） level 2) and numbered tasks from the body paragraphs.
 * Headings count only in sequence (一 after nothing, 二 after 一), so list items and annex rows are not
 * taken for headings; table rows are skipped altogether. Tasks use one numbering family, the first the
 * body shows (1、/1. or 第X条, else （1）); a lower family inside a task is part of its text. In a body of
 * articles (第X条) a （一） line is an item of its article. A body with none of these families has its
 * tasks at level two: a （一） heading followed by text on its line (（一）深化校地融合。发挥…) is a task,
 * a bare one (（一）指导思想) stays a section.
 */
final class OutlineReader {
    /** Sections and tasks of a body, and what looked wrong. */
    record Outline(List<SectionBlock> sections, List<TaskBlock> tasks, List<String> warnings) {
    }

    /** A heading found in the body, before its span's end is known. */
    private record Heading(Paragraph paragraph, int level, String key, String printed, String title) {
    }

    /** A title ends at its sentence's end, a colon, or a note opened on its line (title（牵头单位：A）). */
    private static final Pattern TITLE_CUT = Pattern.compile("[。：]|" + LeaderNotes.LEADER_MARK
            // a heading set off from its text by a dash (培育科技企业——实施…), not a dash inside a clause or a quote
            // (推动“研发——转化”一体化: a quote closes after it)
            + "|(?=——)(?<=^[^，。；：—\\n]{2,24})——(?![^“”，。\\n]*”)"
            + "|[（【〔](?=(?:责任|" + UnitLists.ROLE_WORDS + "|属地)"
            + "(?:单位|部门|主体|站所|处室|科室)?[：】])"
            // an unlabelled note before the title's full stop: （市教育局牵头，市科技局配合）
            // (a collective's own brackets inside: A负总责，各县（市、区）人民政府具体落实)
            + "|（(?=(?:[^（）。]|（[^（）。]{1,10}）){2,60}?(?:牵头|配合|负责|负总责)(?:[，、；](?:[^（）。]|（[^（）。]{1,10}）){0,60})?）)"
            // organs only, right before the full stop: 举办对接活动（市工信局、市教育局）。
            + "|（(?=(?:[^（）。，、；]{2,20}(?:局|委|办|厅|政府|管委会|委员会)[、，]?)+）。)");
    private static final int MAX_TITLE = 40;
    /** Far enough past MAX_TITLE for any cut starting within it to match whole (a leader's dots, a note's mark). */
    private static final int TITLE_CUT_REACH = 80;
    /**
     * An item's heading set in 【】 (or 「」, 〖〗, as posts on social media set them) before its text (第1条【人才飞地】鼓励…):
     * the heading is the title.
     */
    private static final Pattern BRACKETED_HEADING = Pattern.compile(
            "[\\s\u3000]*(?:【([^】\\n]{1,30})】|「([^」\\n]{1,30})」|〖([^〗\\n]{1,30})〗)");
    private static final String HEADING_CLOSERS = "】」〗";
    /**
     * Part headings that set out the work to be done (重点任务, 主要措施, a plan's 重大项目); not a part that only mentions
     * them (确保各项任务落到实处).
     */
    private static final Pattern WORK_PART = Pattern.compile("(?:重点|主要|工作|年度)任务|^任务|任务$|任务(?:分工|清单|安排)|措施|举措|重点工作|工作安排|(?:重大|重点)项目");
    private static final String SAFEGUARDS = "保障";
    /**
     * Words of parts that frame the work rather than set it out: general provisions, safeguards, supplementary
     * provisions; a call's conditions, procedure and contacts (揭榜条件, 申报程序, 联系方式); and, named so alone, a
     * fund's or a regulation's standing duties, application and review, and supervision (职责分工, 申报和审批, 监督管理).
     */
    private static final List<String> FRAMING_WORDS = List.of("总则", "保障", "附则", "总体要求", "指导思想", "组织实施",
            "程序", "流程", "条件", "联系方式", "申报要求", "支持方式");
    /** Titles that frame the work only when they are the whole title (职责分工, not 任务和职责分工). */
    private static final Set<String> FRAMING_TITLES = Set.of("职责分工", "部门职责", "管理职责", "监督管理", "监督检查",
            "绩效管理", "资金管理");
    /** The steps of a fund's procedure, a title made only of them framing the work (申报和审批, 审核拨付, 评审与管理). */
    private static final List<String> PROCEDURE_STEPS = List.of("申报", "受理", "审核", "评审", "审批", "兑现", "拨付");
    private static final Pattern PROCEDURE_TITLE = Pattern.compile("^(?:" + String.join("|", PROCEDURE_STEPS)
            + ")(?:(?:和|与|及|、)?(?:" + String.join("|", PROCEDURE_STEPS) + "|管理))+$");
    private static final Pattern BLANKS = Pattern.compile("[\\s\u3000]");

    /** Whether a part's title says it frames the work (see {@link #FRAMING_WORDS}). */
    private static boolean framingTitle(String title) {
        String t = BLANKS.matcher(title).replaceAll("");
        return FRAMING_WORDS.stream().anyMatch(t::contains) || FRAMING_TITLES.contains(t)
                || PROCEDURE_TITLE.matcher(t).matches();
    }

    private OutlineReader() {
    }

    /** Reads paragraphs [{@code from}, {@code to}) of {@code paragraphs}. */
    static Outline read(List<Paragraph> paragraphs, int from, int to) {
        return read(paragraphs, from, to, false, TableItems.Named.NONE);
    }

    /**
     * Reads paragraphs [{@code from}, {@code to}); {@code workTable}: the document has a table of tasks with their
     * units, which then holds its work when no numbered paragraph carries a note; {@code byTables}: the items tables name
     * by number (and title), which then carry a note though none stands at them.
     */
    static Outline read(List<Paragraph> paragraphs, int from, int to, boolean workTable, TableItems.Named byTables) {
        // a box's own numbered list (专栏1 … 1.… 2.…) is no part of the outline: its lines stay in the task before it
        Set<Integer> boxed = Sidebars.boxedItems(paragraphs.subList(from, to));
        List<Paragraph> body = paragraphs.subList(from, to).stream()
                .filter(p -> !p.isTableRow() && !boxed.contains(p.index())).toList();
        boolean anyArticle = body.stream().anyMatch(p -> Headings.ARTICLE_TASK.matcher(p.text()).find());
        // 第三条　合作内容 over （一）…（五）: articles that are bare headings over their items are its parts
        boolean articleParts = anyArticle && articlesAreHeadings(body);
        boolean articles = anyArticle && !articleParts;
        List<Heading> headings = headings(body, !articles, articleParts);
        Pattern family = TaskNumbering.family(body, marks(headings));
        if (family == Headings.PAREN_TASK && notedShare(body, headings, Headings.ARABIC_TASK)
                > notedShare(body, headings, Headings.PAREN_TASK)) {
            // 1.建设… over its sub-items （1）（2）（3） and one note after them: more （1） lines, but the 1. items are
            // the ones the notes close
            family = Headings.ARABIC_TASK;
        }
        if (family == Headings.PAREN_TASK) {
            // 一、 over 1.推进平台建设 over （1）…（2）, （1） again under 2.: the numbered phrases group the items
            headings = withArabicGroups(body, headings);
        }
        List<TaskNumbering.Numbered> chosen;
        List<String> warnings = new ArrayList<>();
        // 行动1　… lines over items numbered afresh under each (1.… 2.…): the numbered items outnumber the labels, but the
        // labelled lines head their groups all the same
        List<Heading> namedGroups = family == Headings.NAMED_TASK || family == Headings.ARABIC_TASK
                || family == Headings.LEVEL_TWO ? namedGroups(body, headings) : List.of();
        if (family == Headings.NAMED_TASK || !namedGroups.isEmpty()) {
            List<Heading> groups = namedGroups;
            if (!groups.isEmpty()) {
                // 专项行动一：… over 行动1 …, 任务一 …, 1.… or （一）…: the bare labelled lines head groups of the noted items
                // (a （一） item under a group is an item, not a heading)
                List<Heading> parts = headings;
                List<Heading> all = new ArrayList<>(headings.stream().filter(h -> h.level() == 1
                        || !inGroup(h.paragraph(), groups, parts)).toList());
                all.addAll(groups);
                all.sort(Comparator.comparingInt(h -> h.paragraph().start()));
                return outline(paragraphs, from, to, all, groupedItems(body, all, groups, warnings), warnings);
            }
            // 任务一、任务二: the label says what they are; their units may stand elsewhere (a 职责分工 part)
            TaskNumbering.Result numbered = TaskNumbering.number(body, marks(headings), family);
            warnings.addAll(numbered.warnings());
            List<Heading> kept = new ArrayList<>(headings);
            List<TaskNumbering.Numbered> tasks = withOtherFamilyParts(body, kept, numbered.tasks());
            return outline(paragraphs, from, to, kept, tasks, warnings);
        }
        // a regulation's articles name their units in their sentences (由A负责…) as other documents' notes do
        Set<Integer> namedElsewhere = GroupNotes.named(body);
        // items whose number and title a division-of-work table's row repeats (表1 …任务分工 under each group)
        // with only （一） items, they are the list the rows or duties would name
        List<Heading> listHeadings = family == null ? levelTwoListed(headings) : headings;
        Pattern listFamily = family == null ? Headings.LEVEL_TWO : family;
        // the list numbered once, when first asked: by the rows, the duties and the task selection alike
        TaskNumbering.Result[] listed = new TaskNumbering.Result[1];
        java.util.function.Supplier<TaskNumbering.Result> listing = () -> listed[0] != null ? listed[0]
                : (listed[0] = TaskNumbering.number(body, marks(listHeadings), listFamily));
        Set<Integer> namedByRows = byTables.rowTitles().isEmpty() && byTables.numbers().isEmpty()
                ? Set.of() : TableItems.named(listing.get(), byTables);
        // items whose titles a part of duties unit by unit quotes (区科技局：牵头负责“建设某某科学城”工作)
        Set<String> quotedTitles = DutyLists.quotedTitles(body);
        if (!quotedTitles.isEmpty()) {
            Set<Integer> named = new HashSet<>(namedByRows);
            listing.get().tasks().stream()
                    .filter(t -> DutyLists.quoted(t.paragraph().text(), quotedTitles))
                    .forEach(t -> named.add(t.paragraph().index()));
            namedByRows = named;
        }
        if (!namedElsewhere.isEmpty() || !namedByRows.isEmpty() || body.stream().anyMatch(p -> articles ? NoteReader.presentOrDuties(p.text(), "")
                : NoteReader.presentOrRoles(p.text(), ""))) {
            headings = listHeadings;
            family = listFamily;
            TaskNumbering.Result numbered = listing.get();
            TaskSelection.Choice choice = TaskSelection.choose(body, levelTwoItems(headings), numbered,
                    headings.stream().map(Heading::paragraph).toList(), family == Headings.ARTICLE_TASK,
                    framingParts(headings), namedElsewhere, namedByRows);
            Set<Integer> taken = new HashSet<>();
            choice.headingsTaken().forEach(p -> taken.add(p.index()));
            headings = headings.stream().filter(h -> !taken.contains(h.paragraph().index())).toList();
            chosen = choice.tasks();
            warnings.addAll(numbered.warnings());
            warnings.addAll(choice.warnings());
            if (chosen.isEmpty() || partsCarryTheNotes(body, headings, chosen)) {
                // 若干措施 of 一、…十五、 items, each closed by its note: the parts are the tasks
                List<Heading> parts = partsAsTasks(paragraphs, body, headings);
                Set<Integer> partTasks = new HashSet<>();
                List<TaskNumbering.Numbered> asTasks = new ArrayList<>();
                for (Heading h : parts) {
                    Matcher m = Headings.LEVEL_ONE.matcher(h.paragraph().text());
                    m.find();
                    asTasks.add(new TaskNumbering.Numbered(h.paragraph(), m.end(), asTasks.size() + 1, h.printed(), ""));
                    partTasks.add(h.paragraph().index());
                }
                headings = headings.stream().filter(h -> !partTasks.contains(h.paragraph().index())).toList();
                chosen = asTasks;
            }
            // 2．培育… over （1）…（牵头单位：A） （2）…（牵头单位：B）: the noted sub-items are the tasks, the item their heading
            List<Heading> subHeadings = new ArrayList<>();
            chosen = notedSubItems(body, headings, chosen, subHeadings);
            if (!subHeadings.isEmpty()) {
                List<Heading> all = new ArrayList<>(headings);
                all.addAll(subHeadings);
                all.sort(Comparator.comparingInt(h -> h.paragraph().start()));
                headings = all;
            }
            List<Heading> kept = new ArrayList<>(headings);
            chosen = withOtherFamilyParts(body, kept, chosen);
            headings = kept;
        } else {
            if (family == null) {
                headings = headings.stream().filter(h -> h.level() == 1 || !carriesText(h)).toList();
                family = Headings.LEVEL_TWO;
            }
            TaskNumbering.Result numbered = TaskNumbering.number(body, marks(headings), family);
            chosen = inWorkParts(numbered.tasks(), headings, workTable);
            warnings.addAll(numbered.warnings());
            if (chosen.isEmpty() && !byTables.sections().isEmpty()) {
                // a plan's sections (第三章 … 第二节) that a division of work points its rows at are its tasks
                List<Heading> sections = headings.stream()
                        .filter(h -> h.level() == 2 && byTables.sections().contains(h.key())).toList();
                List<TaskNumbering.Numbered> asTasks = new ArrayList<>();
                for (Heading h : sections) {
                    Matcher m = Headings.LEVEL_TWO.matcher(h.paragraph().text());
                    m.find();
                    asTasks.add(new TaskNumbering.Numbered(h.paragraph(), m.end(), asTasks.size() + 1, h.printed(),
                            h.key().substring(0, h.key().indexOf('.'))));
                }
                Set<Heading> taken = new HashSet<>(sections);
                headings = headings.stream().filter(h -> !taken.contains(h)).toList();
                chosen = asTasks;
            }
        }
        return outline(paragraphs, from, to, headings, chosen, warnings);
    }

    /**
     * {@code chosen} with the items of the parts that hold none of them but number their own noted items in another
     * family: （一） items closed by their notes in one part, 1. items over ① points and a note line in the next, 任务一 in
     * a third. Only a work part (not a framing one) whose items of one family, numbered from the first, each carry a
     * note before the next; those items leave {@code headings} (a （一） item had been read as a heading).
     */
    private static List<TaskNumbering.Numbered> withOtherFamilyParts(List<Paragraph> body, List<Heading> headings,
                                                                     List<TaskNumbering.Numbered> chosen) {
        if (chosen.isEmpty()) {
            return chosen;
        }
        Map<Integer, Integer> position = positions(body);
        List<Heading> parts = headings.stream().filter(h -> h.level() == 1 && position.containsKey(h.paragraph().index()))
                .toList();
        Set<Integer> taken = new HashSet<>();
        chosen.forEach(t -> taken.add(t.paragraph().index()));
        List<TaskNumbering.Numbered> added = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            Heading part = parts.get(i);
            int from = position.get(part.paragraph().index()) + 1;
            int to = i + 1 < parts.size() ? position.get(parts.get(i + 1).paragraph().index()) : body.size();
            if (framingTitle(part.title()) || body.subList(from, to).stream().anyMatch(p -> taken.contains(p.index()))) {
                continue;
            }
            Map<Integer, TaskNumbering.SectionMark> partMark = Map.of(part.paragraph().index(),
                    new TaskNumbering.SectionMark(part.key(), part.printed()));
            List<TaskNumbering.Numbered> best = List.of();
            for (Pattern family : List.of(Headings.LEVEL_TWO, Headings.ARABIC_TASK, Headings.NAMED_TASK)) {
                List<TaskNumbering.Numbered> items = TaskNumbering.number(body.subList(from - 1, to), partMark, family).tasks();
                if (items.size() >= 2 && items.size() > best.size() && items.get(0).number() == 1
                        && eachNoted(body, items, position, to)) {
                    best = items;
                }
            }
            best.forEach(t -> added.add(new TaskNumbering.Numbered(t.paragraph(), t.markerLength(), 0, t.label(), part.key())));
        }
        if (added.isEmpty()) {
            return chosen;
        }
        Set<Integer> items = new HashSet<>();
        added.forEach(t -> items.add(t.paragraph().index()));
        headings.removeIf(h -> items.contains(h.paragraph().index()));
        List<TaskNumbering.Numbered> all = new ArrayList<>(chosen);
        all.addAll(added);
        all.sort(Comparator.comparingInt(t -> t.paragraph().start()));
        return renumbered(all);
    }

    /** {@code tasks} numbered 1, 2, 3 … in their order. */
    private static List<TaskNumbering.Numbered> renumbered(List<TaskNumbering.Numbered> tasks) {
        List<TaskNumbering.Numbered> numbered = new ArrayList<>();
        for (TaskNumbering.Numbered t : tasks) {
            numbered.add(new TaskNumbering.Numbered(t.paragraph(), t.markerLength(), numbered.size() + 1, t.label(),
                    t.sectionKey()));
        }
        return numbered;
    }

    /** Each paragraph's index in the document, mapped to its position in {@code body}. */
    private static Map<Integer, Integer> positions(List<Paragraph> body) {
        Map<Integer, Integer> at = new HashMap<>();
        for (int k = 0; k < body.size(); k++) {
            at.put(body.get(k).index(), k);
        }
        return at;
    }

    /** Whether each of {@code items} has a note in its paragraphs, up to the next item or paragraph {@code end}. */
    private static boolean eachNoted(List<Paragraph> body, List<TaskNumbering.Numbered> items, Map<Integer, Integer> position,
                                     int end) {
        for (int k = 0; k < items.size(); k++) {
            int at = position.get(items.get(k).paragraph().index());
            int stop = k + 1 < items.size() ? position.get(items.get(k + 1).paragraph().index()) : end;
            boolean noted = false;
            for (int j = at; j < stop && !noted; j++) {
                noted = NoteReader.present(body.get(j).text(), "");
            }
            if (!noted) {
                return false;
            }
        }
        return true;
    }

    /**
     * The tasks with each one whose noted sub-items replace it (see {@link NotedSubItems}) split into them, all numbered
     * anew in order; each item so split is added to {@code added} as a heading under the heading above it. An item with
     * no heading above it, or whose heading key is taken, stays a task.
     */
    private static List<TaskNumbering.Numbered> notedSubItems(List<Paragraph> body, List<Heading> headings,
            List<TaskNumbering.Numbered> chosen, List<Heading> added) {
        Map<Integer, Integer> position = positions(body);
        TreeSet<Integer> breaks = new TreeSet<>();
        chosen.forEach(t -> breaks.add(position.getOrDefault(t.paragraph().index(), -1)));
        headings.forEach(h -> breaks.add(position.getOrDefault(h.paragraph().index(), -1)));
        Set<String> keys = new HashSet<>();
        headings.forEach(h -> keys.add(h.key()));
        List<TaskNumbering.Numbered> tasks = new ArrayList<>();
        for (TaskNumbering.Numbered t : chosen) {
            Integer at = position.get(t.paragraph().index());
            Integer next = at == null ? null : breaks.higher(at);
            int end = next == null ? body.size() : next;
            // (an item alone in its span has no sub-items: the common case, looked at first)
            List<NotedSubItems.SubItem> subs = at == null || end - at < 3 ? List.of() : NotedSubItems.of(body, at, end);
            Heading above = null;
            for (int h = 0; !subs.isEmpty() && h < headings.size(); h++) {
                if (headings.get(h).paragraph().start() < t.paragraph().start()) {
                    above = headings.get(h);
                }
            }
            String key = null;
            if (above != null) {
                String prefix = above.key() + ".";
                long siblings = keys.stream().filter(k -> k.startsWith(prefix) && k.indexOf('.', prefix.length()) < 0).count();
                key = prefix + (siblings + 1);
            }
            if (subs.isEmpty() || key == null || keys.contains(key)) {
                tasks.add(t);
                continue;
            }
            keys.add(key);
            String title = taskTitle(t.paragraph().text().substring(t.markerLength()));
            added.add(new Heading(t.paragraph(), above.level() + 1, key, t.label(), title));
            for (NotedSubItems.SubItem sub : subs) {
                tasks.add(new TaskNumbering.Numbered(sub.paragraph(), sub.markerLength(), 0, sub.printed(), t.sectionKey()));
            }
        }
        if (added.isEmpty()) {
            return chosen;
        }
        return renumbered(tasks);
    }

    /** The outline of sections {@code headings} and tasks {@code chosen}, each spanning up to the next of either. */
    private static Outline outline(List<Paragraph> paragraphs, int from, int to, List<Heading> headings,
                                   List<TaskNumbering.Numbered> chosen, List<String> warnings) {
        List<Paragraph> body = paragraphs.subList(from, to).stream().filter(p -> !p.isTableRow()).toList();
        int bodyEnd = to > from ? paragraphs.get(to - 1).end() : 0;
        List<Integer> breaks = new ArrayList<>();
        headings.forEach(h -> breaks.add(h.paragraph().start()));
        chosen.forEach(t -> breaks.add(t.paragraph().start()));
        // a note naming several items by number (以上第1—3条由…) or all of a part's (本板块任务由…) closes the item before
        // it, not part of its text
        body.stream().filter(p -> GroupNotes.opens(p.text()) || PartNotes.opens(p.text()))
                .forEach(p -> breaks.add(p.start()));
        breaks.sort(Integer::compare);

        List<SectionBlock> sections = new ArrayList<>();
        for (int i = 0; i < headings.size(); i++) {
            Heading h = headings.get(i);
            int end = bodyEnd;
            for (int j = i + 1; j < headings.size(); j++) {
                if (headings.get(j).level() <= h.level()) {
                    end = endBefore(paragraphs, headings.get(j).paragraph());
                    break;
                }
            }
            String parent = h.level() == 1 ? null : h.key().substring(0, h.key().lastIndexOf('.'));
            sections.add(new SectionBlock(h.key(), h.level(), h.title(), parent, h.paragraph().span(),
                    new Span(h.paragraph().start(), end)));
        }
        List<TaskBlock> tasks = new ArrayList<>();
        for (TaskNumbering.Numbered t : chosen) {
            Paragraph p = t.paragraph();
            int next = firstAfter(breaks, p.start());
            int end = next < 0 ? bodyEnd : endBefore(paragraphs, paragraphAt(paragraphs, next));
            String rest = p.text().substring(t.markerLength());
            String title = taskTitle(rest);
            boolean titleBelow = false;
            if (title.isEmpty()) {
                // a record's marker alone on its line (【记录 1/10】): the record names itself in a field below
                title = namedInField(paragraphs, p.index() + 1, end);
                titleBelow = !title.isEmpty();
            }
            if (title.isEmpty() && p.text().length() == t.markerLength() && p.index() + 1 < paragraphs.size()
                    && paragraphs.get(p.index() + 1).start() < end) {
                // a label alone on its line (任务01) over its title's line
                title = titleOf(paragraphs.get(p.index() + 1).text());
                titleBelow = !title.isEmpty();
            }
            // the heading runs to the title's end, past a closing 】 when the title was bracketed
            int titleEnd = titleBelow ? rest.length() : rest.indexOf(title) + title.length();
            if (titleEnd < rest.length() && HEADING_CLOSERS.indexOf(rest.charAt(titleEnd)) >= 0) {
                titleEnd++;
            }
            Span heading = new Span(p.start(), p.start() + t.markerLength() + titleEnd);
            tasks.add(new TaskBlock(t.number(), t.label(), title, t.sectionKey(), heading, new Span(p.start(), end)));
        }
        return new Outline(sections, tasks, warnings);
    }

    /** A closing article (本措施自印发之日起施行, 由市科技局负责解释): the rules' own end, not work. */
    private static final Pattern CLOSING_ARTICLE = Pattern.compile("^本[\\u4e00-\\u9fff]{1,6}(?:自|由|所称|有效期)|施行。?$");

    /**
     * When no numbered item of the body carries a note but the parts (一、) do, each part is one task: the
     * parts whose text up to the next part holds a note and their numbered siblings, without a closing article.
     */
    /** How many parts must close with a note of their own for the parts to be the tasks. */
    private static final int NOTED_PARTS = 3;

    /**
     * Whether the parts (一、关于…的事项) are the work items although numbered items were chosen: more parts hold a note
     * without holding any chosen item than hold one (the 1.–3. of a single part are a list inside its item).
     */
    private static boolean partsCarryTheNotes(List<Paragraph> body, List<Heading> headings,
                                              List<TaskNumbering.Numbered> chosen) {
        List<Heading> parts = headings.stream().filter(h -> h.level() == 1).toList();
        if (parts.size() < NOTED_PARTS) {
            return false;
        }
        int notedWithoutItems = 0;
        int withItems = 0;
        for (int i = 0; i < parts.size(); i++) {
            int from = parts.get(i).paragraph().index();
            int to = i + 1 < parts.size() ? parts.get(i + 1).paragraph().index() : Integer.MAX_VALUE;
            if (chosen.stream().anyMatch(t -> t.paragraph().index() > from && t.paragraph().index() < to)) {
                withItems++;
                continue;
            }
            StringBuilder text = new StringBuilder();
            body.stream().filter(p -> p.index() > from && p.index() < to).forEach(p -> text.append(p.text()).append('\n'));
            if (NoteReader.present(text.toString(), "")) {
                notedWithoutItems++;
            }
        }
        return notedWithoutItems >= NOTED_PARTS && notedWithoutItems > withItems;
    }

    private static List<Heading> partsAsTasks(List<Paragraph> paragraphs, List<Paragraph> body, List<Heading> headings) {
        List<Heading> parts = headings.stream().filter(h -> h.level() == 1).toList();
        boolean anyNoted = false;
        for (int i = 0; i < parts.size() && !anyNoted; i++) {
            int from = parts.get(i).paragraph().index();
            int to = i + 1 < parts.size() ? parts.get(i + 1).paragraph().index() : from + 1;
            StringBuilder text = new StringBuilder();
            for (Paragraph p : body) {
                if (p.index() >= from && (p.index() < to || i + 1 == parts.size() && p.index() == from)) {
                    text.append(p.text());
                }
            }
            anyNoted = NoteReader.presentOrRoles(text.toString(), "");
        }
        if (!anyNoted) {
            return List.of();
        }
        return parts.stream().filter(h -> !CLOSING_ARTICLE.matcher(
                h.paragraph().text().substring(h.paragraph().text().indexOf(h.printed()) + h.printed().length() + 1))
                .find()).toList();
    }

    /**
     * The labelled lines that head groups of items rather than being items (专项行动一：创新平台提升行动 over 行动1　… and
     * 行动2　…): a bare line (no sentence, no note) whose next line opens an item, and under which, up to the next such
     * line or heading, at least two items stand with at least as many notes. Keyed under the part they stand in.
     */
    private static List<Heading> namedGroups(List<Paragraph> body, List<Heading> headings) {
        Set<Integer> headed = new HashSet<>();
        headings.forEach(h -> headed.add(h.paragraph().index()));
        List<Integer> candidates = new ArrayList<>();
        for (int i = 0; i + 1 < body.size(); i++) {
            String text = body.get(i).text();
            Matcher m = Headings.NAMED_TASK.matcher(text);
            if (headed.contains(body.get(i).index()) || !m.find() || text.indexOf('。') >= 0
                    || NoteReader.presentOrRoles(text, "") || !opensItem(body.get(i + 1).text())
                    && !(i + 2 < body.size() && coveringNote(body.get(i + 1).text()) && opensItem(body.get(i + 2).text()))) {
                continue;
            }
            candidates.add(i);
        }
        List<Heading> groups = new ArrayList<>();
        Map<String, Integer> counts = new HashMap<>();
        boolean ownNotesSomewhere = false;
        for (int c = 0; c < candidates.size(); c++) {
            int at = candidates.get(c);
            int end = c + 1 < candidates.size() ? candidates.get(c + 1) : body.size();
            int items = 0;
            int notes = 0;
            boolean covered = false;
            for (int i = at + 1; i < end && !partHeading(body.get(i), headings); i++) {
                String text = body.get(i).text();
                boolean item = opensItem(text);
                items += item ? 1 : 0;
                notes += NoteReader.presentOrRoles(text, "") ? 1 : 0;
                // a note on its own line before the items, or one saying so after them (以上各项由A牵头…), covers the
                // group's items that carry none (a bare note after them may be the labelled line's own)
                covered |= !item && coveringNote(text) && (items == 0 || PartNotes.opens(text));
            }
            if (items < 2 || notes < items && !covered) {
                return List.of(); // items carrying no notes of their own: the labelled lines are the tasks
            }
            ownNotesSomewhere |= notes >= items;
            Paragraph p = body.get(at);
            String part = "";
            for (Heading h : headings) {
                if (h.paragraph().start() < p.start() && h.level() == 1) {
                    part = h.key();
                }
            }
            int n = counts.merge(part, 1, Integer::sum);
            Matcher m = Headings.NAMED_TASK.matcher(p.text());
            m.find();
            String printed = m.group().replaceAll("[【】：:\\s\u3000]", "");
            groups.add(new Heading(p, part.isEmpty() ? 1 : 2, part.isEmpty() ? String.valueOf(n) : part + "." + n, printed,
                    sectionTitle(p.text().substring(m.end()).strip())));
        }
        // a group's covering note alone does not show its items are the tasks: some group's items must carry their own
        return ownNotesSomewhere ? groups : List.of();
    }

    /** Whether a line is a note standing alone, no item's: bracketed, or a short line of roles without a sentence. */
    private static boolean coveringNote(String text) {
        String t = text.strip();
        return !opensItem(t) && NoteReader.presentOrRoles(t, "")
                && (t.startsWith("（") || t.startsWith("(") || t.startsWith("【") || t.length() <= 60);
    }

    /** Whether a line opens an item: a labelled one (行动1　…, 任务一　…) or a numbered one (1.…, （一）…). */
    private static boolean opensItem(String text) {
        return Headings.NAMED_TASK.matcher(text).find() || Headings.ARABIC_TASK.matcher(text).find()
                || Headings.LEVEL_TWO.matcher(text).find();
    }

    /** Whether {@code p} is the heading of a part (一、…). */
    private static boolean partHeading(Paragraph p, List<Heading> headings) {
        return headings.stream().anyMatch(h -> h.level() == 1 && h.paragraph().index() == p.index());
    }

    /** Whether {@code p} stands under one of {@code groups}, before the next part's heading. */
    private static boolean inGroup(Paragraph p, List<Heading> groups, List<Heading> headings) {
        for (Heading g : groups) {
            int end = Integer.MAX_VALUE;
            for (Heading h : headings) {
                if (h.level() == 1 && h.paragraph().start() > g.paragraph().start()) {
                    end = Math.min(end, h.paragraph().start());
                }
            }
            if (p.start() > g.paragraph().start() && p.start() < end) {
                return true;
            }
        }
        return false;
    }

    /**
     * The items under {@code groups}: the labelled ones, numbered in reading order, and in a group with none the
     * numbered ones (1.… 2.…) standing right under it.
     */
    private static List<TaskNumbering.Numbered> groupedItems(List<Paragraph> body, List<Heading> all, List<Heading> groups,
                                                             List<String> warnings) {
        Map<Integer, TaskNumbering.SectionMark> marks = marks(all);
        List<TaskNumbering.Numbered> items = new ArrayList<>(TaskNumbering.number(body, marks, Headings.NAMED_TASK).tasks());
        for (int g = 0; g < groups.size(); g++) {
            Paragraph head = groups.get(g).paragraph();
            int from = body.indexOf(head);
            int to = from + 1;
            while (to < body.size() && !marks.containsKey(body.get(to).index())) {
                to++;
            }
            int start = head.start();
            int stop = to < body.size() ? body.get(to).start() : Integer.MAX_VALUE;
            if (items.stream().noneMatch(t -> t.paragraph().start() > start && t.paragraph().start() < stop)) {
                int first = from + 1 < to && coveringNote(body.get(from + 1).text()) ? from + 2 : from + 1;
                Pattern family = first < to && Headings.LEVEL_TWO.matcher(body.get(first).text()).find()
                        ? Headings.LEVEL_TWO : Headings.ARABIC_TASK;
                TaskNumbering.Result numbered = TaskNumbering.number(body.subList(from, to), marks, family);
                items.addAll(numbered.tasks());
                // (numbers going on from the group before are no skip)
                numbered.warnings().stream().filter(w -> !w.startsWith("task numbers skip from 0 "))
                        .forEach(warnings::add);
            }
        }
        items.sort(Comparator.comparingInt(t -> t.paragraph().start()));
        return renumbered(items);
    }

    private static Map<Integer, TaskNumbering.SectionMark> marks(List<Heading> headings) {
        Map<Integer, TaskNumbering.SectionMark> marks = new HashMap<>();
        headings.forEach(h -> marks.put(h.paragraph().index(), new TaskNumbering.SectionMark(h.key(), h.printed())));
        return marks;
    }

    /** The keys of the parts (一、, 第一章) whose titles say they frame the work. */
    private static Set<String> framingParts(List<Heading> headings) {
        Set<String> framing = new HashSet<>();
        headings.stream().filter(h -> h.level() == 1 && framingTitle(h.title()))
                .forEach(h -> framing.add(h.key()));
        return framing;
    }

    /**
     * Without notes, the tasks are the items of the parts that set out the work (主要任务, 重点任务, 政策措施),
     * not those of 总体要求 or 保障措施; a document whose parts do not say so keeps all its items.
     */
    private static List<TaskNumbering.Numbered> inWorkParts(List<TaskNumbering.Numbered> tasks, List<Heading> headings,
                                                            boolean workTable) {
        List<String> work = headings.stream().filter(h -> h.level() == 1)
                .filter(h -> WORK_PART.matcher(h.title()).find() && !h.title().contains(SAFEGUARDS))
                .map(Heading::key).toList();
        if (work.isEmpty()) {
            // a table of tasks with their units holds the work; the numbered paragraphs (考核方式 1.季度调度) only say
            // how it is done; nor are the steps of a call's procedure (二、揭榜程序 1.对接洽谈) its work
            Set<String> framing = framingParts(headings);
            return workTable ? List.of()
                    : tasks.stream().filter(t -> !framing.contains(t.sectionKey().split("\\.")[0])).toList();
        }
        return tasks.stream().filter(t -> work.contains(t.sectionKey().split("\\.")[0])).toList();
    }

    /**
     * Only （一） items: they are the list, numbered through the document or per part; once one of a part's items
     * carries its text on its line, those whose line holds only the heading are items of its list too (they leave the
     * headings).
     */
    private static List<Heading> levelTwoListed(List<Heading> headings) {
        Set<String> listing = new HashSet<>();
        headings.stream().filter(h -> h.level() == 2 && carriesText(h)).forEach(h -> listing.add(partOf(h)));
        return headings.stream().filter(h -> h.level() == 1 || !listing.contains(partOf(h))).toList();
    }

    private static List<TaskSelection.Item> levelTwoItems(List<Heading> headings) {
        return headings.stream().filter(h -> h.level() == 2)
                .map(h -> new TaskSelection.Item(h.paragraph(), h.key(), h.printed())).toList();
    }

    /** Whether a numbered line goes on after its heading phrase (（一）深化合作。发挥…), unlike a bare heading. */
    static boolean carriesText(String text) {
        Matcher m = Headings.LEVEL_TWO.matcher(text);
        if (!m.find()) {
            return false;
        }
        String title = titleOf(text.substring(m.end()));
        return !title.isEmpty() && text.substring(m.end()).strip().length() > title.length() + 1;
    }

    /** A heading with its own text after the title phrase on the same line: a task, not a section. */
    private static boolean carriesText(Heading h) {
        Matcher m = Headings.LEVEL_TWO.matcher(h.paragraph().text());
        return m.find() && !h.title().isEmpty()
                && h.paragraph().text().substring(m.end()).strip().length() > h.title().length() + 1;
    }

    /**
     * Whether every article of {@code body} is a heading line alone (第三条　合作内容), with （一） items under some: then
     * the articles are parts and the items the work.
     */
    private static boolean articlesAreHeadings(List<Paragraph> body) {
        boolean items = body.stream().anyMatch(p -> Headings.levelTwo(p.text()) > 0);
        return items && body.stream().allMatch(p -> {
            Matcher m = Headings.ARTICLE_TASK.matcher(p.text());
            if (!m.find()) {
                return true;
            }
            String rest = p.text().substring(m.end()).strip();
            return rest.length() <= MAX_ARTICLE_HEADING && rest.chars().noneMatch(c -> "。，；：".indexOf(c) >= 0);
        });
    }

    private static final int MAX_ARTICLE_HEADING = 16;

    /** Longer than this, a numbered line is an item's sentence, not a group's heading phrase. */
    private static final int MAX_GROUP_HEADING = 30;

    /**
     * {@code headings} with the groups of a part that numbers its items （1）（2） afresh under headings 1. 2. (a heading
     * phrase alone on its line, no sentence, no note), as （一） groups 1. items elsewhere: in a part with no （一）
     * headings of its own, lines 1. 2. … in order, each followed by a （1） item.
     */
    private static List<Heading> withArabicGroups(List<Paragraph> body, List<Heading> headings) {
        Map<Integer, Heading> byIndex = new HashMap<>();
        headings.forEach(h -> byIndex.put(h.paragraph().index(), h));
        List<Heading> groups = new ArrayList<>();
        Heading part = null;
        boolean partHasGroups = false;
        int two = 0;
        for (int i = 0; i < body.size(); i++) {
            Paragraph p = body.get(i);
            Heading h = byIndex.get(p.index());
            if (h != null) {
                if (h.level() == 1) {
                    part = h;
                    two = 0;
                    partHasGroups = false;
                } else {
                    partHasGroups = true;
                }
                continue;
            }
            if (part == null || partHasGroups) {
                continue;
            }
            Matcher m = Headings.ARABIC_TASK.matcher(p.text());
            if (!m.lookingAt() || Numerals.value(m.group(1)) != two + 1 || i + 1 >= body.size()
                    || !Headings.PAREN_TASK.matcher(body.get(i + 1).text()).lookingAt()) {
                continue;
            }
            String rest = p.text().substring(m.end()).strip();
            if (rest.isEmpty() || rest.length() > MAX_GROUP_HEADING || rest.matches(".*[。；：:（(].*")
                    || NoteReader.presentOrRoles(rest, "") || !itemsCarryNotes(body, i + 1)) {
                continue;
            }
            two++;
            groups.add(new Heading(p, 2, part.key() + "." + two, part.printed() + m.group(), sectionTitle(rest)));
        }
        if (groups.isEmpty()) {
            return headings;
        }
        List<Heading> all = new ArrayList<>(headings);
        all.addAll(groups);
        all.sort(java.util.Comparator.comparingInt(h -> h.paragraph().index()));
        return all;
    }

    /**
     * Whether the （1） items from {@code from} on, up to the next numbered line 1. or part, each carry a note (at
     * their end or on a line after them): then they are the tasks; a note only after the last of them closes the group
     * heading above, whose sub-items they are.
     */
    private static boolean itemsCarryNotes(List<Paragraph> body, int from) {
        int items = 0;
        int notes = 0;
        for (int j = from; j < body.size(); j++) {
            String text = body.get(j).text();
            if (Headings.ARABIC_TASK.matcher(text).lookingAt() || Headings.levelOne(text) >= 0) {
                break;
            }
            if (Headings.PAREN_TASK.matcher(text).lookingAt()) {
                items++;
            }
            if (NoteReader.presentOrRoles(text, "")) {
                notes++;
            }
        }
        return items > 0 && notes >= items;
    }

    /**
     * The share of the {@code family} items (1. or （1）) that a note closes, an item running to the next of its family,
     * a heading or (for （1） items) a 1. line; 0 when fewer than two items carry one.
     */
    private static double notedShare(List<Paragraph> body, List<Heading> headings, Pattern family) {
        Set<Integer> headingIndexes = new HashSet<>();
        headings.forEach(h -> headingIndexes.add(h.paragraph().index()));
        int items = 0;
        int noted = 0;
        boolean inItem = false;
        boolean itemNoted = false;
        for (Paragraph p : body) {
            String text = p.text();
            boolean item = family.matcher(text).lookingAt();
            boolean ends = item || headingIndexes.contains(p.index())
                    || family == Headings.PAREN_TASK && Headings.ARABIC_TASK.matcher(text).lookingAt();
            if (ends && inItem) {
                noted += itemNoted ? 1 : 0;
                inItem = false;
            }
            if (item) {
                items++;
                inItem = true;
                itemNoted = false;
            }
            if (inItem && NoteReader.presentOrRoles(text, "")) {
                itemNoted = true;
            }
        }
        noted += inItem && itemNoted ? 1 : 0;
        return noted < 2 ? 0 : (double) noted / items;
    }

    private static List<Heading> headings(List<Paragraph> body, boolean levelTwo) {
        return headings(body, levelTwo, false);
    }

    private static List<Heading> headings(List<Paragraph> body, boolean levelTwo, boolean articleParts) {
        List<Heading> headings = new ArrayList<>();
        int one = 0;
        int two = 0;
        // the last （一） item's number, whichever part it stood in
        int through = 0;
        String onePrinted = "";
        String firstTitle = null;
        boolean partsAbove = Headings.partsAboveLevelOne(body);
        for (int i = 0; i < body.size(); i++) {
            Paragraph p = body.get(i);
            if (partsAbove && Headings.PART.matcher(p.text()).lookingAt()) {
                one = 0; // 第二部分 over its own 一、 二、: the part's headings number afresh
                two = 0;
                continue;
            }
            if (i > 0 && Headings.ANNEX_LINE.matcher(p.text()).matches()) {
                // the next document a notice issues (附件2 over its title): a part of its own, numbered afresh
                one++;
                two = 0;
                onePrinted = p.text().strip();
                String title = i + 1 < body.size() ? body.get(i + 1).text() : onePrinted;
                headings.add(new Heading(p, 1, String.valueOf(one), onePrinted, sectionTitle(title)));
                continue;
            }
            int first = Headings.levelOne(p.text());
            int outlinePart = first < 0 ? Headings.outlinePartAt(body, i) : -1;
            if (outlinePart == one + 1) {
                one = outlinePart;
                two = 0;
                onePrinted = String.valueOf(one);
                headings.add(new Heading(p, 1, onePrinted, onePrinted, sectionTitle(p.text().substring(onePrinted.length()))));
                continue;
            }
            Matcher article = articleParts ? Headings.ARTICLE_TASK.matcher(p.text()) : null;
            if (article != null && article.find()) {
                one = Numerals.value(article.group(1));
                two = 0;
                onePrinted = article.group();
                headings.add(new Heading(p, 1, String.valueOf(one), onePrinted,
                        sectionTitle(p.text().substring(article.end()).strip())));
                continue;
            }
            int second = Headings.levelTwo(p.text());
            int group = levelTwo && one > 0 && second < 0 ? Headings.decimalGroupAt(body, i, one) : -1;
            if (group == two + 1) {
                two = group; // 2.1 over 2.1.1 … in a three-level decimal outline: a group, as （一） is
                String printed = p.text().substring(0, p.text().indexOf('.') + 1 + String.valueOf(group).length());
                headings.add(new Heading(p, 2, one + "." + two, printed, sectionTitle(p.text().substring(printed.length()))));
                continue;
            }
            if (first == 1 && one >= 2 && firstTitle != null && firstTitle.equals(levelOneTitle(p.text()))) {
                one = 0; // a bundle of forms (责任状 after 责任状), each opening on the same 一、目标任务: numbered afresh
            }
            if (first == one + 1) {
                one = first;
                two = 0;
                Matcher m = Headings.LEVEL_ONE.matcher(p.text());
                m.find();
                onePrinted = m.group(1) != null ? m.group(1) : m.group(2);
                headings.add(new Heading(p, 1, String.valueOf(one), onePrinted,
                        sectionTitle(p.text().substring(m.end()))));
                if (one == 1 && firstTitle == null) {
                    firstTitle = levelOneTitle(p.text());
                }
            } else if (levelTwo && one > 0 && (second == two + 1 || two == 0 && through > 0 && second == through + 1)
                    && !DutyLists.opens(p.text()) && !GroupNotes.opens(p.text())) {
                // numbered afresh in each part, or on through the parts (三、 over （四）, after 二、's （一）–（三）)
                two = second;
                through = second;
                Matcher m = Headings.LEVEL_TWO.matcher(p.text());
                m.find();
                headings.add(new Heading(p, 2, one + "." + two, onePrinted + m.group(),
                        sectionTitle(p.text().substring(m.end()))));
            }
        }
        return headings;
    }

    /** The part (一、) a heading belongs to: "2" for "2.3". */
    private static String partOf(Heading h) {
        int dot = h.key().indexOf('.');
        return dot < 0 ? h.key() : h.key().substring(0, dot);
    }

    /** The title of a 一、 heading line, for telling a form's first part when the next form repeats it. */
    private static String levelOneTitle(String text) {
        Matcher m = Headings.LEVEL_ONE.matcher(text);
        return m.find() ? sectionTitle(text.substring(m.end())) : "";
    }

    /**
     * A section's name: its heading phrase, or for an item that opens with a long sentence (（一）申报单位应为在…注册的…)
     * that sentence's first clause, cut to a heading's length: a section is never nameless.
     */
    private static String sectionTitle(String rest) {
        String title = titleOf(rest);
        if (!title.isEmpty()) {
            return title;
        }
        String clause = rest.split("[，。；：]", 2)[0].strip();
        return clause.length() <= MAX_TITLE ? clause : clause.substring(0, MAX_TITLE) + "…";
    }

    /** The heading phrase: up to the first 。 or ：, or the whole line when it is short. */
    static String titleOf(String rest) {
        // a cut past MAX_TITLE gives no title: the search stops soon after it (the bounds stay transparent, so a
        // look-ahead still sees the whole text)
        Matcher cut = TITLE_CUT.matcher(rest).useTransparentBounds(true).useAnchoringBounds(false)
                .region(0, Math.min(rest.length(), MAX_TITLE + TITLE_CUT_REACH));
        String title = cut.find() ? rest.substring(0, cut.start()) : rest;
        return title.length() <= MAX_TITLE ? title.strip() : "";
    }

    /**
     * A task's title: its heading phrase, or for an item without one (1.对…的，给予…奖励。) its text up to
     * the first 。 however long.
     */
    static String taskTitle(String rest) {
        // a spoken or typed separator after the number (第一条，支持…): no part of the title
        rest = LEADING_SEPARATOR.matcher(rest).replaceFirst("");
        Matcher bracketed = BRACKETED_HEADING.matcher(rest);
        if (bracketed.lookingAt()) {
            for (int g = 1; g <= bracketed.groupCount(); g++) {
                if (bracketed.group(g) != null) {
                    return bracketed.group(g).strip();
                }
            }
        }
        Matcher cut = TITLE_CUT.matcher(rest);
        // a clause of a list closes on ；: no part of its title
        String title = TRAILING_SEMICOLON.matcher((cut.find() ? rest.substring(0, cut.start()) : rest).strip()).replaceFirst("");
        // a list's status tag printed after the heading (建设实验室推进中, …　未开始): not the title's
        Matcher status = STATUS_TAG.matcher(title);
        title = status.find() && status.start() >= MIN_TITLE_BEFORE_STATUS ? title.substring(0, status.start()).strip() : title;
        // the place in the plan the item carries out, bracketed after its heading (（规划第三章第一节）): not the title's
        Matcher reference = TRAILING_REFERENCE.matcher(title);
        return reference.find() && reference.start() >= MIN_TITLE_BEFORE_STATUS ? title.substring(0, reference.start()).strip()
                : title;
    }

    /** A bracketed reference to a chapter, section or article of another text, closing a heading. */
    private static final Pattern TRAILING_REFERENCE = Pattern.compile(
            "[（(][^（）()]{0,10}第[一二三四五六七八九十百\\d]{1,4}[章节条部篇](?:第[一二三四五六七八九十\\d]{1,3}[节条款])?[^（）()]{0,6}[）)]$");

    private static final Pattern TRAILING_SEMICOLON = Pattern.compile("[；;]$");
    private static final Pattern LEADING_SEPARATOR = Pattern.compile("^[\\s\u3000]*[，,、；;][\\s\u3000]*");

    /** A work list's status words, as a tag after an item's heading line shows them. */
    private static final Pattern STATUS_TAG = Pattern.compile(
            "[\\s\u3000]*[（【\\[]?(?:推进中|进行中|未开始|未启动|待启动|已启动|已完成|序时推进|进展滞后|滞后|超期)[）】\\]]?$");
    private static final int MIN_TITLE_BEFORE_STATUS = 4;

    /** A field that names the item it stands under: 事项名称：…, 任务名称：…, 项目名称：…. */
    private static final Pattern NAME_FIELD = Pattern.compile("^(?:事项|任务|项目|工作|督办事项)?名称[：:][\\s\u3000]*(.+)$");

    /** The value of the first name field among the paragraphs from index {@code from} up to offset {@code end}, or "". */
    private static String namedInField(List<Paragraph> paragraphs, int from, int end) {
        for (int i = from; i < paragraphs.size() && paragraphs.get(i).start() < end; i++) {
            Matcher m = NAME_FIELD.matcher(paragraphs.get(i).text());
            if (m.find()) {
                return m.group(1).strip();
            }
        }
        return "";
    }

    /** The end of the paragraph before {@code next}, i.e. without the '\n' between them. */
    private static int endBefore(List<Paragraph> paragraphs, Paragraph next) {
        return next.index() > 0 ? paragraphs.get(next.index() - 1).end() : next.start();
    }

    /**
     * The paragraph starting at {@code start}: a binary search, paragraphs come in text order (a look through all of
     * them for every task made long documents quadratic).
     */
    private static Paragraph paragraphAt(List<Paragraph> paragraphs, int start) {
        int lo = 0;
        int hi = paragraphs.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int at = paragraphs.get(mid).start();
            if (at == start) {
                return paragraphs.get(mid);
            } else if (at < start) {
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return paragraphs.stream().filter(p -> p.start() == start).findFirst().orElseThrow();
    }

    /** The first of the sorted {@code breaks} after {@code start}, or -1. */
    private static int firstAfter(List<Integer> breaks, int start) {
        int lo = 0;
        int hi = breaks.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (breaks.get(mid) > start) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo < breaks.size() ? breaks.get(lo) : -1;
    }
}
