package dev.collabgraph.bench.mutate;

import dev.collabgraph.bench.eval.Gold;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code division}: the tasks' responsibility notes taken out of the tasks and written somewhere else, as documents of
 * the genre do, in one of two places per document:
 * <ul>
 *   <li>a closing division of labour after the last task, naming the tasks by their labels, runs of tasks with the
 *   same units as ranges (第（一）至（三）项由A牵头，B、C配合；第（四）项由D负责。);</li>
 *   <li>each note on a line of its own just above its task, in brackets (【牵头单位：A；配合单位：B】).</li>
 * </ul>
 * Only a whole document moves: when a task's note is not found reliably ({@link NoteFinder}), a label is not read or
 * names two tasks, the tasks are labelled in two families, or a task starts inside a line, the document is left as it
 * is and its noted tasks counted skipped.
 */
final class NoteDivision implements Mutation {
    /** The headings a closing division stands under. */
    private static final List<String> HEADINGS = List.of("任务分工", "责任分工", "职责分工");

    @Override
    public String name() {
        return "division";
    }

    @Override
    public MutatedDocument apply(MutatedDocument document, Random random) {
        String text = document.text();
        List<Gold.Task> tasks = document.gold().tasks();
        List<AnchorSpans.Span> spans = AnchorSpans.locate(text, tasks);
        List<Optional<NoteFinder.Note>> notes = NoteFinder.ofTasks(text, document.gold());
        List<Noted> noted = new ArrayList<>();
        Set<String> labels = new java.util.HashSet<>();
        boolean whole = true;
        for (int i = 0; i < tasks.size(); i++) {
            List<Gold.Unit> units = tasks.get(i).units();
            if (units.isEmpty()) {
                continue;
            }
            AnchorSpans.Span span = spans.get(i);
            Optional<NoteFinder.Note> note = notes.get(i);
            Optional<LabelFamily.Label> label = span == null ? Optional.empty() : LabelFamily.at(text, span.start());
            // points inside a paragraph (一是) and circled items are not named in a closing division
            if (note.isEmpty() || label.isEmpty() || label.get().family() == LabelFamily.ENUMERATED
                    || label.get().family() == LabelFamily.CIRCLED
                    || !Lines.atLineStart(text, span.start()) || !written(units)
                    || !labels.add(label.get().family() + "/" + label.get().ordinal())) {
                whole = false;
            } else {
                noted.add(new Noted(span, note.get(), label.get(), units));
            }
        }
        long withUnits = tasks.stream().filter(t -> !t.units().isEmpty()).count();
        // tasks of two families (1. items and a 保障措施's （一）) would be named alike (第1项, 第（一）项 both the first)
        boolean oneFamily = noted.stream().map(n -> n.label().family()).distinct().count() <= 1;
        if (!whole || !oneFamily || noted.isEmpty()) {
            return document.edited(new TextEdits(text), 0, (int) withUnits);
        }
        String lineBreak = Lines.lineBreak(text);
        TextEdits edits = new TextEdits(text);
        for (Noted n : noted) {
            removeNote(text, n.note(), edits);
        }
        if (random.nextBoolean()) {
            // after the line the last note stood on (or ended), so that no edit overlaps the note's removal
            int feed = text.indexOf('\n', noted.get(noted.size() - 1).note().end());
            String heading = HEADINGS.get(random.nextInt(HEADINGS.size()));
            boolean oneParagraph = random.nextBoolean();
            String sentences = closing(noted).stream().collect(Collectors.joining(oneParagraph ? "" : lineBreak));
            String division = heading + lineBreak + sentences + lineBreak;
            edits.insert(feed < 0 ? text.length() : feed + 1, feed < 0 ? lineBreak + division : division);
        } else {
            NoteForm form = random.nextBoolean() ? NoteForm.LEADS_LABELLED_BRACKETED : NoteForm.LEADS_BY_VERB_BRACKETED;
            for (Noted n : noted) {
                NoteForm written = form.writes(n.units()) ? form : NoteForm.RESPONSIBLE_BRACKETED;
                edits.insert(lineStart(text, n.span().start()), "【" + written.body(n.units()) + "】" + lineBreak);
            }
        }
        return document.edited(edits, noted.size(), 0);
    }

    /** A task whose note was found: where it starts, its note, label and units. */
    private record Noted(AnchorSpans.Span span, NoteFinder.Note note, LabelFamily.Label label, List<Gold.Unit> units) {
    }

    /**
     * Whether the closing sentences can say these roles: leads (with or without co units), or only units whose roles
     * are not told; not co units without a lead.
     */
    private static boolean written(List<Gold.Unit> units) {
        boolean anyLead = units.stream().anyMatch(u -> "lead".equals(u.role()));
        boolean anyCo = units.stream().anyMatch(u -> "co".equals(u.role()));
        boolean anyUnspecified = units.stream().anyMatch(u -> !"lead".equals(u.role()) && !"co".equals(u.role()));
        return anyLead ? !anyUnspecified : !anyCo;
    }

    /** The note cut out: its whole line when it stands alone on one, else the note alone. */
    private static void removeNote(String text, NoteFinder.Note note, TextEdits edits) {
        if (Lines.atLineStart(text, note.start()) && Lines.atLineEnd(text, note.end())) {
            int from = lineStart(text, note.start());
            int to = text.indexOf('\n', note.end());
            edits.replace(from, to < 0 ? text.length() : to + 1, "");
        } else {
            edits.replace(note.start(), note.end(), "");
        }
    }

    /** The closing sentences: runs of consecutive ordinals of one family with the same units share one. */
    private static List<String> closing(List<Noted> noted) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < noted.size()) {
            int j = i;
            while (j + 1 < noted.size() && sameRun(noted.get(j), noted.get(j + 1))) {
                j++;
            }
            out.add(reference(noted.get(i).label(), noted.get(j).label()) + duty(noted.get(i).units()));
            i = j + 1;
        }
        return out;
    }

    private static boolean sameRun(Noted a, Noted b) {
        return a.label().family() == b.label().family() && b.label().ordinal() == a.label().ordinal() + 1
                && key(a.units()).equals(key(b.units()));
    }

    private static Set<String> key(List<Gold.Unit> units) {
        return units.stream().map(u -> u.name() + "/" + u.role()).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** 第（一）项, 第（一）至（三）项, 第（1）项, 第1—3项, 第二条, 第二至四条: tasks named by their labels. */
    static String reference(LabelFamily.Label first, LabelFamily.Label last) {
        LabelFamily family = first.family();
        boolean range = last.ordinal() != first.ordinal();
        return switch (family) {
            case ARTICLE -> "第" + LabelFamily.Numerals.chinese(first.ordinal())
                    + (range ? "至" + LabelFamily.Numerals.chinese(last.ordinal()) : "") + "条";
            case CHINESE_BRACKETED, ARABIC_BRACKETED -> "第" + bare(family, first.ordinal())
                    + (range ? "至" + bare(family, last.ordinal()) : "") + "项";
            case CHINESE_COMMA -> "第" + LabelFamily.Numerals.chinese(first.ordinal())
                    + (range ? "至" + LabelFamily.Numerals.chinese(last.ordinal()) : "") + "项";
            default -> "第" + first.ordinal() + (range ? "—" + last.ordinal() : "") + "项";
        };
    }

    /** A label written without its separator (（一）, （1）). */
    private static String bare(LabelFamily family, int ordinal) {
        String written = family.write(ordinal);
        return written.endsWith("、") || written.endsWith(".") ? written.substring(0, written.length() - 1) : written;
    }

    /** 由A牵头，B、C配合。 / 由A、B按职责分工负责。 / 由A负责。 */
    static String duty(List<Gold.Unit> units) {
        String leads = names(units, "lead");
        String cos = names(units, "co");
        if (!leads.isEmpty()) {
            return "由" + leads + "牵头" + (cos.isEmpty() ? "" : "，" + cos + "配合") + "。";
        }
        String all = units.stream().map(Gold.Unit::name).collect(Collectors.joining("、"));
        return "由" + all + (units.size() > 1 ? "按职责分工负责。" : "负责。");
    }

    private static String names(List<Gold.Unit> units, String role) {
        return units.stream().filter(u -> role.equals(u.role())).map(Gold.Unit::name).collect(Collectors.joining("、"));
    }

    private static int lineStart(String text, int at) {
        int i = at;
        while (i > 0 && text.charAt(i - 1) != '\n') {
            i--;
        }
        return i;
    }
}
