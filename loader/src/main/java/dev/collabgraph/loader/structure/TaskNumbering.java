package dev.collabgraph.loader.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the numbered task paragraphs of a body and numbers them uniquely. Numbering may run through the
 * document (1 … 26) or restart under each section (1. 2. under 一、, 1. 2. under 二、); then tasks are
 * numbered in reading order and labelled with the section ("二.1"). A "1" that follows a task in the same
 * section starts a list inside that task, not a new task.
 */
final class TaskNumbering {
    /** The section a heading paragraph opens: its key ("3.2") and printed numerals ("三（二）"). */
    record SectionMark(String key, String printed) {
    }

    /** A task paragraph, the length of its number marker, and its number, label and section. */
    record Numbered(Paragraph paragraph, int markerLength, int number, String label, String sectionKey) {
    }

    /** The tasks, what looked wrong, and whether the numbering restarted in a section (then renumbered). */
    record Result(List<Numbered> tasks, List<String> warnings, boolean restarted) {
    }

    private record Candidate(Paragraph paragraph, Matcher marker, int printed, SectionMark section) {
    }

    private TaskNumbering() {
    }

    /**
     * Whether a paragraph is written in letters, not characters: a bilingual booklet's English item after each Chinese
     * one (1. Supporting…) translates it and is no task of its own.
     */
    static boolean inAnotherLanguage(String text) {
        int end = Math.min(text.length(), 200);
        int letters = 0;
        for (int i = 0; i < end; i++) {
            char c = text.charAt(i);
            letters += c < 128 && Character.isLetter(c) ? 1 : 0;
        }
        if (letters < 20) {
            return false; // most paragraphs: the scripts of their characters need not be looked up
        }
        int han = 0;
        for (int i = 0; i < end; i++) {
            han += Character.UnicodeScript.of(text.charAt(i)) == Character.UnicodeScript.HAN ? 1 : 0;
        }
        return letters > 4 * han;
    }

    /** Numbers the paragraphs of {@code family} that are not {@code sections} headings. */
    static Result number(List<Paragraph> body, Map<Integer, SectionMark> sections, Pattern family) {
        List<String> warnings = new ArrayList<>();
        if (family == null) {
            return new Result(List.of(), warnings, false);
        }
        List<Candidate> accepted = new ArrayList<>();
        SectionMark current = new SectionMark("", "");
        int previous = 0;
        int nested = 0;
        String taskMark = "";
        String listMark = "";
        boolean newSection = false;
        boolean restarted = false;
        for (Paragraph p : body) {
            if (sections.containsKey(p.index())) {
                current = sections.get(p.index());
                newSection = true;
                nested = 0;
                continue;
            }
            Matcher m = family.matcher(p.text());
            if (!m.find() || !inItsPart(family, m, current.key()) || enumeratedInline(family, m, p.text())
                    || inAnotherLanguage(p.text()) || GroupNotes.namesBracketedItems(p.text())
                    // 任务一至任务三由A牵头…: a closing note naming items by their labels' word, no item
                    || closingDivisionLine(family, p.text())) {
                continue;
            }
            int n = family == Headings.BULLET_TASK || family == Headings.MARKED_TASK || family == Headings.CODED_TASK
                    || family == Headings.REGISTER_TASK ? previous + 1
                    : family == Headings.LETTER_TASK ? m.group(1).charAt(0) - 'A' + 1
                    : Numerals.value(m.group(m.groupCount()));
            String mark = m.group().substring(m.group().length() - 1);
            if (mark.equals("，") && n != previous + 1) {
                continue; // 20，… at a line's start is a wrapped figure unless it is the next item's number misread
            }
            // A list printed with another mark than the tasks (1. inside 1、 tasks) goes on even where its
            // number would also fit the next task.
            boolean listGoesOn = nested > 0 && n == nested + 1 && (n != previous + 1
                    || mark.equals(listMark) && !mark.equals(taskMark));
            if (n == 1 && newSection && previous > 0) {
                restarted = true;
            } else if (family != Headings.NAMED_TASK && (listGoesOn || n != previous + 1 && n == 1)) {
                nested = n;
                listMark = mark;
                continue;
            } else if (n != previous + 1) {
                warnings.add(n <= previous ? "task number " + n + " repeated or out of order after " + previous
                        : "task numbers skip from " + previous + " to " + n);
            }
            accepted.add(new Candidate(p, m, n, current));
            previous = n;
            nested = 0;
            taskMark = mark;
            newSection = false;
        }
        List<Numbered> tasks = new ArrayList<>();
        int last = 0;
        // 【任务3】 keeps its own number when a bulletin lists the tasks out of order, as long as no two share one
        boolean ownNumbers = family == Headings.NAMED_TASK && accepted.stream().allMatch(c -> c.marker().group(1) == null)
                && accepted.stream().map(Candidate::printed).distinct().count() == accepted.size();
        for (Candidate c : accepted) {
            int number = ownNumbers ? c.printed() : restarted || c.printed() <= last ? last + 1 : c.printed();
            String label = family == Headings.LEVEL_TWO ? c.section().printed() + c.marker().group()
                    : family == Headings.NAMED_TASK ? c.marker().group().replaceAll("[【】：:]", "")
                    : family == Headings.CODED_TASK ? c.marker().group().strip()
                    : family == Headings.DECIMAL_TASK || family == Headings.DECIMAL_ITEM ? c.marker().group()
                    : restarted ? c.section().printed() + "." + c.printed()
                    : family == Headings.ARTICLE_TASK ? c.marker().group() : String.valueOf(c.printed());
            tasks.add(new Numbered(c.paragraph(), c.marker().end(), number, label, c.section().key()));
            last = number;
        }
        return new Result(tasks, warnings, restarted);
    }

    /**
     * Whether 一是… opens a paragraph that goes on to 二是… itself: points made in one paragraph (一是加强统筹。…二是强化督查。),
     * not items of their own.
     */
    private static boolean enumeratedInline(Pattern family, Matcher m, String text) {
        if (family != Headings.ENUMERATED_TASK) {
            return false;
        }
        int n = Numerals.value(m.group(1));
        String next = Numerals.chinese(n + 1) + m.group().charAt(m.group().length() - 1);
        return text.indexOf(next, m.end()) > 0;
    }

    /** Whether a decimal item (2.1) stands in the part its first number names; any other item stands anywhere. */
    private static boolean inItsPart(Pattern family, Matcher m, String sectionKey) {
        if (family == Headings.DECIMAL_ITEM) {
            // 2.1.1 in group 2.1, or in part 2 where its group heading was not told apart
            return sectionKey.equals(m.group(1) + "." + m.group(2)) || sectionKey.equals(m.group(1));
        }
        if (family != Headings.DECIMAL_TASK) {
            return true;
        }
        int dot = sectionKey.indexOf('.');
        // 1.1 under （一） under 二、: the item may count from its sub-part as well as from its part
        return m.group(1).equals(dot < 0 ? sectionKey : sectionKey.substring(0, dot))
                || dot >= 0 && m.group(1).equals(sectionKey.substring(sectionKey.lastIndexOf('.') + 1));
    }

    /**
     * The family with the most task-like paragraphs (a number, then a heading phrase); ties go to the
     * first; null when the body has none.
     */
    static Pattern family(List<Paragraph> body, Map<Integer, SectionMark> sections) {
        Pattern best = null;
        long bestCount = 0;
        for (Pattern family : Headings.TASK_FAMILIES) {
            Matcher m = family.matcher(""); // one matcher per family, reset per paragraph
            long count = 0;
            String section = "";
            // a padded number repeated (a slide deck's 02 重点任务 band on every slide) is one part, not many items
            java.util.Set<String> padded = new java.util.HashSet<>();
            for (int i = 0; i < body.size(); i++) {
                Paragraph p = body.get(i);
                if (sections.containsKey(p.index())) {
                    section = sections.get(p.index()).key();
                    continue;
                }
                m.reset(p.text());
                // points made inside one paragraph (一是…。二是…。) are its text, no items: they do not make their family
                if (m.find() && inItsPart(family, m, section) && !enumeratedInline(family, m, p.text())
                        && !closingDivisionLine(family, p.text())
                        && (family == Headings.ARTICLE_TASK
                        || family == Headings.ENUMERATED_TASK || family == Headings.BULLET_TASK || family == Headings.RECORD_TASK
                        || !OutlineReader.titleOf(p.text().substring(m.end())).isEmpty()
                        // a label alone on its line over its title's (任务01 ⏎ 出台…办法)
                        || m.end() == p.text().length() && i + 1 < body.size()
                                && !OutlineReader.titleOf(body.get(i + 1).text()).isEmpty())
                        && (family != Headings.PADDED_TASK || padded.add(m.group(1)))) {
                    count++;
                }
            }
            if (count > bestCount && (family != Headings.CIRCLED_TASK || circledListGoesOn(body) && !circledUnderItems(body))) {
                best = family;
                bestCount = count;
            }
        }
        return best;
    }

    /**
     * Whether a paragraph read as a labelled item (第1项…, 任务一…) is a closing division's line naming items before who
     * does them (第1项由A负责。, 任务一至任务三由A牵头…): a note, no item, and no count for its family.
     */
    private static boolean closingDivisionLine(Pattern family, String text) {
        return family == Headings.NAMED_TASK
                && (GroupNotes.namesItemsByWord(text) || GroupNotes.namesNumberedItems(text));
    }

    /**
     * Whether circled numbers go on from paragraph to paragraph (① then ② opening paragraphs of their own): then they
     * number items; a ① alone at a paragraph's start opens a run of sub-items (①…；②…；③…) inside it.
     */
    private static boolean circledListGoesOn(List<Paragraph> body) {
        return body.stream().anyMatch(p -> !p.text().isEmpty() && Numerals.circled(p.text().charAt(0)) == 2);
    }

    /**
     * Whether the circled numbers restart under each of several lines of another family (1.实施… ⏎ ①…；⏎ ②…。 2.建设… ⏎
     * ①…), no circled point carries a note and a note line closes each run: the points of those items, however many
     * (circled items numbered on across （一） headings, carrying notes, or named by a table, are the items).
     */
    private static boolean circledUnderItems(List<Paragraph> body) {
        int lists = 0;
        for (int i = 0; i < body.size(); i++) {
            String text = body.get(i).text();
            if (text.isEmpty() || Numerals.circled(text.charAt(0)) == 0) {
                continue;
            }
            if (NoteReader.presentOrRoles(text, "")) {
                return false;
            }
            if (Numerals.circled(text.charAt(0)) != 1) {
                continue;
            }
            lists++;
            String above = i > 0 ? body.get(i - 1).text() : "";
            if (!Headings.ARABIC_TASK.matcher(above).find() && !Headings.LEVEL_TWO.matcher(above).find()
                    && !Headings.NAMED_TASK.matcher(above).find()) {
                return false;
            }
            // the item's note closes its points on a line of its own (…②…。 ⏎ 责任单位：A（牵头）、B)
            int after = i + 1;
            while (after < body.size() && !body.get(after).text().isEmpty()
                    && Numerals.circled(body.get(after).text().charAt(0)) != 0) {
                after++;
            }
            if (after == body.size() || !NoteReader.present(body.get(after).text(), "")) {
                return false;
            }
        }
        return lists >= 2;
    }
}
