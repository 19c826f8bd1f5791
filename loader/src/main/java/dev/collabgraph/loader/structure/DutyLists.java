package dev.collabgraph.loader.structure;

import dev.collabgraph.loader.text.Span;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Responsibilities given unit by unit in a part of their own (职责分工) instead of at each task: 市科技局：牵头负责任务一、
 * 任务二，配合做好任务三。 / 市科技局：牵头第（一）、（三）项，配合第（二）项。 / A、B：共同牵头负责任务八。 / A：配合做好任务一至任务八的资金保障。 / A：…，会同B推进任务六。 Each clause's
 * verb gives the role on the tasks it names (牵头, 负责 lead; 配合, 协助, 参与 assist); a unit named after 会同 assists
 * the one whose line it is. Clauses that name no task (负责公共数据开放) give nothing.
 */
final class DutyLists {
    private static final String NUMERAL = "(?:\\d{1,2}|[一二三四五六七八九十]{1,3})";
    /**
     * A line of one unit's duties: optional item number, the units, a colon, then clauses naming tasks. Anchored at
     * the paragraph's start, so it is tried there only ({@code lookingAt}): {@code find()} gives the same match after
     * trying the anchor at every other character.
     */
    private static final Pattern LINE = Pattern.compile(
            "^(?:（[一二三四五六七八九十]{1,3}）|\\d{1,2}[.、])?\\s*([^：:，。；“”]{2,40})[：:](?=.*(?:任务" + NUMERAL
                    + "|(?:牵头|负责|做好|配合|协助|参与)[^“。]{0,4}“[^”]{2,40}(?:”|$)"
                    + "|(?:牵头|负责|配合|协助|参与|承担)[^。；]{0,6}第\\s*[（(]?" + NUMERAL + "))");
    /**
     * Items named by their printed numbers, as a 责任分工 part lists them unit by unit: 牵头第（一）、（三）项 / 配合第2至4项
     * / 负责第5条.
     */
    private static final Pattern ITEM_REF = Pattern.compile("第\\s*[（(]?" + NUMERAL + "[）)]?(?:\\s*[、，,和及与至到—－\\-~～]\\s*第?\\s*[（(]?"
            + NUMERAL + "[）)]?)*\\s*(?:项|条)");
    /** A task named by its title in quotes: 牵头负责“建设某某科学城”“实施倍增计划”工作. */
    private static final Pattern QUOTED = Pattern.compile("“([^“”]{2,40})”");
    /** A task named by its label, or a range of them: 任务一, 任务一至任务八, 任务一至八. */
    private static final Pattern TASK_REF = Pattern.compile(
            "任务(" + NUMERAL + ")(?:\\s*[至到—－\\-~～]\\s*(?:任务)?(" + NUMERAL + "))?");
    private static final Pattern ASSIST = Pattern.compile("配合|协助|参与|协同|协办");
    private static final Pattern LEAD = Pattern.compile("牵头|负责|主抓|承担");
    /** 会同B推进…: B assists on the clause's tasks. */
    private static final Pattern WITH = Pattern.compile("会同([^，；。]{2,40}?)(?:共同)?(?:推进|做好|开展|落实|负责|完成|实施|抓好)");
    private static final int MAX_RANGE = 50;
    private static final Pattern BLANKS = Pattern.compile("\\s+");

    private DutyLists() {
    }

    /** Whether a paragraph is such a line of duties. */
    static boolean opens(String paragraph) {
        return hasColon(paragraph) && LINE.matcher(paragraph).lookingAt();
    }

    /**
     * Whether a paragraph holds the colon after a duty line's subject: every line {@link #LINE} reads has one, and the
     * many paragraphs without are passed before a matcher is made for them.
     */
    private static boolean hasColon(String paragraph) {
        return paragraph.indexOf('：') >= 0 || paragraph.indexOf(':') >= 0;
    }

    /** The task titles the duty lines of {@code body} quote (牵头负责“建设某某科学城”工作): the items they name. */
    static java.util.Set<String> quotedTitles(List<Paragraph> body) {
        java.util.Set<String> titles = new java.util.HashSet<>();
        for (Paragraph p : body) {
            if (!hasColon(p.text()) || p.isTableRow()) {
                continue;
            }
            Matcher line = LINE.matcher(p.text());
            if (!line.lookingAt()) {
                continue;
            }
            Matcher quoted = QUOTED.matcher(p.text()).region(line.end(), p.text().length());
            while (quoted.find()) {
                titles.add(quoted.group(1));
            }
        }
        return titles;
    }

    private static boolean opensQuote(String paragraph) {
        return paragraph.chars().filter(c -> c == '“').count() > paragraph.chars().filter(c -> c == '”').count();
    }

    /** Whether the first sentence of an item's {@code paragraph} holds one of the quoted {@code titles}. */
    static boolean quoted(String paragraph, java.util.Set<String> titles) {
        int end = paragraph.indexOf('。');
        String first = end < 0 ? paragraph : paragraph.substring(0, end);
        for (String title : titles) {
            if (first.contains(title)) {
                return true;
            }
        }
        return false;
    }

    /** The notes the duty lines of {@code body} give the {@code tasks} they name by label (任务一 …). */
    static List<ResponsibilityNote> notes(String text, List<Paragraph> body, List<TaskBlock> tasks, String city) {
        Map<Integer, List<UnitRef>> byTask = new LinkedHashMap<>();
        Map<Integer, Span> spans = new LinkedHashMap<>();
        for (int k = 0; k < body.size(); k++) {
            Paragraph p = body.get(k);
            if (!hasColon(p.text()) || p.isTableRow()) {
                continue;
            }
            Matcher line = LINE.matcher(p.text());
            if (!line.lookingAt()) {
                continue;
            }
            List<UnitRef> subjects = UnitLists.split(text, p.start() + line.start(1), p.start() + line.end(1), null, city);
            if (subjects.isEmpty()) {
                continue;
            }
            int from = p.start() + line.end();
            // a line wrapped inside a quoted title goes on in the next paragraph
            int end = opensQuote(p.text()) && k + 1 < body.size() && !body.get(k + 1).isTableRow()
                    ? body.get(k + 1).end() : p.end();
            for (int start = from, i = from; i <= end; i++) {
                if (i < end && "，；。,;".indexOf(text.charAt(i)) < 0) {
                    continue;
                }
                clause(text, start, i, subjects, tasks, city, byTask);
                byTask.keySet().forEach(t -> spans.putIfAbsent(t, p.span()));
                start = i + 1;
            }
        }
        List<ResponsibilityNote> notes = new ArrayList<>();
        byTask.forEach((task, units) -> notes.add(new ResponsibilityNote(task, units, spans.get(task))));
        return notes;
    }

    private static void clause(String text, int from, int to, List<UnitRef> subjects, List<TaskBlock> tasks,
                               String city, Map<Integer, List<UnitRef>> byTask) {
        String clause = text.substring(from, to);
        Matcher ref = TASK_REF.matcher(clause);
        Matcher quoted = QUOTED.matcher(clause);
        Matcher item = ITEM_REF.matcher(clause);
        boolean byLabel = ref.find();
        boolean byNumber = !byLabel && item.find();
        if (!byLabel && !byNumber && !quoted.find()) {
            return;
        }
        String before = clause.substring(0, byLabel ? ref.start() : byNumber ? item.start() : quoted.start());
        Matcher with = WITH.matcher(clause);
        List<UnitRef> helpers = with.find()
                ? UnitLists.split(text, from + with.start(1), from + with.end(1), "co", city) : List.of();
        String role = ASSIST.matcher(before).find() ? "co" : LEAD.matcher(before).find() || !helpers.isEmpty() ? "lead"
                : null;
        List<UnitRef> units = new ArrayList<>();
        subjects.forEach(u -> units.add(new UnitRef(u.name(), u.surface(), role, u.span(), u.repairedFrom())));
        units.addAll(helpers);
        if (byNumber) {
            item.reset();
            while (item.find()) {
                for (int n : GroupNotes.items(item.group())) {
                    GroupNotes.task(tasks, n).ifPresent(task -> name(byTask, task, units));
                }
            }
            return;
        }
        if (!byLabel) {
            quoted.reset();
            while (quoted.find()) {
                TaskBlock task = titled(tasks, quoted.group(1));
                if (task != null) {
                    name(byTask, task, units);
                }
            }
            return;
        }
        ref.reset();
        while (ref.find()) {
            int first = Numerals.value(ref.group(1));
            int last = ref.group(2) == null ? first : Numerals.value(ref.group(2));
            if (first <= 0 || last < first || last - first > MAX_RANGE) {
                continue;
            }
            for (int n = first; n <= last; n++) {
                TaskBlock task = task(tasks, n);
                if (task == null) {
                    continue;
                }
                name(byTask, task, units);
            }
        }
    }

    private static void name(Map<Integer, List<UnitRef>> byTask, TaskBlock task, List<UnitRef> units) {
        List<UnitRef> named = byTask.computeIfAbsent(task.number(), k -> new ArrayList<>());
        for (UnitRef u : units) {
            if (named.stream().noneMatch(v -> v.name().equals(u.name()))) {
                named.add(u);
            }
        }
    }

    /**
     * The task a quoted title names: the one with that title, else the only one whose title holds it or is held by it
     * (“高新技术企业倍增” for 实施高新技术企业倍增计划); null when none or several.
     */
    private static TaskBlock titled(List<TaskBlock> tasks, String quotedAsPrinted) {
        String quoted = BLANKS.matcher(quotedAsPrinted).replaceAll("");
        TaskBlock found = null;
        for (TaskBlock t : tasks) {
            String title = t.title();
            if (title == null || title.isEmpty()) {
                continue;
            }
            if (title.equals(quoted)) {
                return t;
            }
            if (title.contains(quoted) || quoted.contains(title)) {
                if (found != null) {
                    return null;
                }
                found = t;
            }
        }
        return found;
    }

    /** The task labelled 任务N, by its label's number. */
    private static TaskBlock task(List<TaskBlock> tasks, int n) {
        for (TaskBlock t : tasks) {
            if (t.label().startsWith("任务") && t.label().indexOf('-') < 0 && Numerals.value(t.label().substring(2)) == n) {
                return t;
            }
        }
        return null;
    }
}
