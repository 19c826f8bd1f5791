package dev.collabgraph.bench.mutate;

import dev.collabgraph.bench.eval.Gold;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A task's responsibility note found by what the gold says it holds: the shortest bracketed stretch, sentence or
 * labelled stretch of the task's text that names all of the task's units and little else (role words, separators,
 * the city's name). A stretch with more left over is prose that names the units, not their note. Line breaks inside
 * a stretch are looked through: a text copied from a PDF breaks a note, and a unit's name, where the page ends.
 */
final class NoteFinder {
    /**
     * Characters a note may hold beyond its units, role words and separators (a 区 or 等 the gold drops); none in a
     * note over several lines, where they may be the layout's (a line number before each line).
     */
    static final int MOST_LEFT_OVER = 4;
    /** How far a bracket may run over line breaks. */
    static final int LONGEST_BRACKET = 400;
    private static final Pattern LABELLED = Pattern.compile(
            "【?(?:主要)?(?:责任|牵头|配合|协办|参与|主办|承办|实施|协同)(?:单位|部门|主体|处室|科室)?(?:】|[:：])");
    /** A line that starts a field of its own (完成时限：, 责任领导：), not the rest of a wrapped sentence. */
    private static final Pattern FIELD = Pattern.compile("\\p{IsHan}{2,6}[:：]");
    /** Words of a note's frame, longest first so that a role word goes before its parts. */
    private static final List<String> ROLE_WORDS = List.of("按职责分工", "责任单位", "牵头单位", "配合单位", "协办单位",
            "参与单位", "主办单位", "承办单位", "实施单位", "协同单位", "责任部门", "牵头部门", "配合部门", "责任主体",
            "责任处室", "科室", "主要", "牵头", "配合", "负责", "协办", "参与", "主办", "承办", "协同", "分别", "共同", "单位", "部门",
            "等");
    private static final String SEPARATORS = "，、；：:;,.。（）()【】 \t\u3000\u00A0\r\n/和及与";

    /** A note found: its range, and the shape it was written in. */
    record Note(int start, int end, NoteForm.Shape shape) {
    }

    private NoteFinder() {
    }

    /** How far after its anchor the last task's note is looked for. */
    static final int LAST_TASK_REACH = 1500;

    /**
     * Each gold task's note in {@code text}, in the gold's order: empty for a task without units, one whose anchor is
     * not found, or one whose note is not found reliably.
     */
    static List<Optional<Note>> ofTasks(String text, Gold gold) {
        List<Gold.Task> tasks = gold.tasks();
        List<AnchorSpans.Span> spans = AnchorSpans.locate(text, tasks);
        String city = gold.document() == null ? null : gold.document().city();
        List<Optional<Note>> notes = new ArrayList<>(tasks.size());
        for (int i = 0; i < tasks.size(); i++) {
            List<Gold.Unit> units = tasks.get(i).units();
            AnchorSpans.Span span = spans.get(i);
            notes.add(units.isEmpty() || span == null ? Optional.empty()
                    : find(text, span.end(), taskEnd(text, spans, i), units, city));
        }
        return notes;
    }

    /** Where task {@code i}'s text ends: at the next task's anchor found, or some way after its own. */
    private static int taskEnd(String text, List<AnchorSpans.Span> spans, int i) {
        for (int j = i + 1; j < spans.size(); j++) {
            if (spans.get(j) != null) {
                return Math.max(spans.get(i).end(), spans.get(j).start());
            }
        }
        return Math.min(text.length(), spans.get(i).end() + LAST_TASK_REACH);
    }

    /** The note of a task whose text is {@code [from, to)} of {@code text}, if one is found reliably. */
    static Optional<Note> find(String text, int from, int to, List<Gold.Unit> units, String city) {
        List<int[]> stretches = new ArrayList<>();
        brackets(text, from, to, stretches);
        sentences(text, from, to, false, stretches);
        sentences(text, from, to, true, stretches);
        labelled(text, from, to, stretches);
        return stretches.stream()
                .filter(s -> !inTable(text, s[0]) && balanced(text.substring(s[0], s[1]))
                        && namesAll(compact(text.substring(s[0], s[1])), units)
                        && leftOver(compact(text.substring(s[0], s[1])), units, city).length()
                        <= (text.substring(s[0], s[1]).contains("\n") ? 0 : MOST_LEFT_OVER))
                .min(Comparator.<int[]>comparingInt(s -> s[1] - s[0]).thenComparingInt(s -> s[0]))
                .map(s -> new Note(s[0], s[1], NoteForm.Shape.of(text.substring(s[0], s[1]))));
    }

    /** Bracketed stretches, brackets nested inside them (各县（市、区）) kept in. */
    private static void brackets(String text, int from, int to, List<int[]> out) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) != '（' && text.charAt(i) != '(') {
                continue;
            }
            int depth = 0;
            for (int j = i; j < Math.min(to, i + LONGEST_BRACKET); j++) {
                char c = text.charAt(j);
                depth += c == '（' || c == '(' ? 1 : c == '）' || c == ')' ? -1 : 0;
                if (depth == 0) {
                    out.add(new int[] {i, j + 1});
                    break;
                }
            }
        }
    }

    /**
     * Sentences: ended by 。 (kept in) or a line's end, started after one or at a line's indent; {@code wrapped}, a
     * line break before a line that goes on without an indent or a label does not end one.
     */
    private static void sentences(String text, int from, int to, boolean wrapped, List<int[]> out) {
        int start = from;
        for (int i = from; i <= to; i++) {
            boolean end = i == to || text.charAt(i) == '。'
                    || (text.charAt(i) == '\n' || text.charAt(i) == '\r') && !(wrapped && continues(text, i, to));
            if (!end) {
                continue;
            }
            int stop = i < to && text.charAt(i) == '。' ? i + 1 : i;
            while (start < stop && Lines.blank(text.charAt(start))) {
                start++;
            }
            if (stop > start) {
                out.add(new int[] {start, stop});
            }
            start = i + 1;
        }
    }

    /**
     * From a role label (责任单位：) to its sentence's end, over the lines of the note's other roles (牵头单位：A /
     * 配合单位：B) and up to another field (；完成时限：…); not when the label opens a bracket.
     */
    private static void labelled(String text, int from, int to, List<int[]> out) {
        Matcher m = LABELLED.matcher(text).region(from, to);
        while (m.find()) {
            if (m.start() > 0 && (text.charAt(m.start() - 1) == '（' || text.charAt(m.start() - 1) == '(')) {
                continue;
            }
            int end = m.end();
            while (end < to && text.charAt(end) != '。' && !(text.charAt(end) == '；' && !roleAt(text, end + 1, to))
                    && (text.charAt(end) != '\n' && text.charAt(end) != '\r' || continues(text, end, to)
                    || roleAt(text, lineAfter(text, end), to))) {
                end++;
            }
            out.add(new int[] {m.start(), end < to && text.charAt(end) == '。' ? end + 1 : end});
        }
    }

    /** Whether the line after the line break at {@code at} goes on with the same sentence: no indent, label or field. */
    private static boolean continues(String text, int at, int to) {
        int next = text.indexOf('\n', at) + 1;
        return next > 0 && next < to && !Lines.blank(text.charAt(next)) && !Character.isWhitespace(text.charAt(next))
                && LabelFamily.at(text, next).isEmpty() && !roleAt(text, next, to)
                && !FIELD.matcher(text).region(next, to).lookingAt();
    }

    /** Where the line after the line break at {@code at} starts, its indent skipped. */
    private static int lineAfter(String text, int at) {
        int next = text.indexOf('\n', at) + 1;
        if (next == 0) {
            return text.length();
        }
        while (next < text.length() && Lines.blank(text.charAt(next))) {
            next++;
        }
        return next;
    }

    private static boolean roleAt(String text, int at, int to) {
        return at < to && LABELLED.matcher(text).region(at, to).lookingAt();
    }

    /** A stretch without its whitespace: a note broken over lines read whole. */
    private static String compact(String stretch) {
        StringBuilder out = new StringBuilder(stretch.length());
        stretch.chars().filter(c -> !Character.isWhitespace(c) && !Lines.blank((char) c)).forEach(c -> out.append((char) c));
        return out.toString();
    }

    private static boolean inTable(String text, int at) {
        int lineStart = text.lastIndexOf('\n', at - 1) + 1;
        int lineEnd = text.indexOf('\n', at);
        return Lines.laidOut(text.substring(lineStart, lineEnd < 0 ? text.length() : lineEnd));
    }

    /** Whether every round bracket of a stretch closes in it: a note cut out of a bracket would leave half of it. */
    private static boolean balanced(String stretch) {
        int depth = 0;
        for (char c : stretch.toCharArray()) {
            depth += c == '（' || c == '(' ? 1 : c == '）' || c == ')' ? -1 : 0;
            if (depth < 0) {
                return false;
            }
        }
        return depth == 0;
    }

    private static boolean namesAll(String stretch, List<Gold.Unit> units) {
        return units.stream().allMatch(u -> stretch.contains(u.name()));
    }

    /** What a stretch holds besides its units' names, role words, separators and the city's name. */
    static String leftOver(String stretch, List<Gold.Unit> units, String city) {
        String rest = stretch;
        for (String name : units.stream().map(Gold.Unit::name).sorted(Comparator.comparingInt(String::length)
                .reversed()).toList()) {
            rest = rest.replace(name, "");
        }
        for (String word : ROLE_WORDS) {
            rest = rest.replace(word, "");
        }
        if (city != null && city.length() > 1) {
            rest = rest.replace(city, "").replace(city.substring(0, city.length() - 1), "");
        }
        StringBuilder left = new StringBuilder();
        rest.chars().filter(c -> SEPARATORS.indexOf(c) < 0).forEach(c -> left.append((char) c));
        return left.toString();
    }
}
