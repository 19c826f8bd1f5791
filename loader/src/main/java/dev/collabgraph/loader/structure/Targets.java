package dev.collabgraph.loader.structure;

import dev.collabgraph.loader.text.ContainingSpans;
import dev.collabgraph.loader.text.MatchStarts;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs {@link TargetReader} over the prose of the body and places each goal in its task or section. A preamble
 * before the first part may state the goals too (力争到2025年，全市高新技术企业数量达到1000家，…制定如下措施,
 * or in a 工作要点 主要目标是：研发经费投入强度提高到2.1%…): its paragraphs that name a goal year or state the
 * goals are read as well.
 */
final class Targets {
    private static final Pattern GOAL_YEAR = Pattern.compile("(?:到|至)\\d{4}年");
    /** A goals table has few columns (类别, 具体目标); a wider one is an indicator or work table. */
    private static final int MAX_GOAL_COLUMNS = 3;
    /** A cell shorter than this holds a value or a name, not a sentence of goals. */
    private static final int MIN_GOAL_SENTENCE = 15;
    private static final Pattern GOAL_CELL_YEAR = Pattern.compile("\\d{4}年");
    /**
     * 主要目标是：… / 力争…, or the plan year's own goals in a 工作要点's or a notice's opening (2026年，全市… /
     * 2026年全市高新技术企业突破1100家 / 全年新增…达到…).
     */
    private static final Pattern GOAL_STATEMENT = Pattern.compile(
            "目标(?:是|为|：)|为目标[，,]|力争|(?:^[\\s\u3000]*|[。；])\\d{4}年(?:[，,]|[^。；]{0,30}?(?:达到|提高到|提升到|突破|超过|增长到))|(?:全年|今年)[^。；]{0,30}?(?:达到|提高到|提升到|突破|超过|增长到)");

    /** A heading over a list of goals: 年度目标, 主要目标, 2027年目标. */
    private static final Pattern GOALS_HEADING = Pattern.compile(
            "^[\\s\u3000]*(?:\\d{4}年)?(?:年度|主要|发展|工作|总体|预期)?目标[：:]?[\\s\u3000]*$");
    /** A goal set out as a field: its metric, a colon, its value. */
    private static final Pattern GOAL_FIELD = Pattern.compile("^[^：:。；]{2,30}[：:][\\s\u3000]*\\d");

    /** A goal set for the end of the plan's period rather than a year: 到规划期末, 到“十四五”末. */
    private static final Pattern PERIOD_END = Pattern.compile("(?:规划|计划|十[一二三四五六七八九]五”?)期?末");
    /** A plan's period written by its years (2021—2025年, 2024-2026年): the second is its end. */
    private static final Pattern PERIOD_YEARS = Pattern.compile("\\d{4}年?[—–－\\-~～至到](\\d{4})年");
    /** A five-year plan by its number (“十四五”, 十五五规划): the n-th, from the third on, ends in 1955 + 5n. */
    private static final Pattern FIVE_YEAR_PLAN = Pattern.compile(
            "十([一二三四五六七八九])五(?=”|规划|时期|期间|期?末)");
    private static final int FIVE_YEAR_PLAN_BASE = 1955;

    private Targets() {
    }

    /**
     * The year a plan's period ends, from its title, else from the first paragraph stating a period (a five-year plan's
     * number or its years), else 0.
     */
    static int planEnd(String title, List<Paragraph> paragraphs) {
        int year = periodEnd(title);
        for (int i = 0; year == 0 && i < paragraphs.size(); i++) {
            year = periodEnd(paragraphs.get(i).text());
        }
        return year;
    }

    private static int periodEnd(String text) {
        // each tried only where a match opens (十; a digit): asked of paragraph after paragraph until one states a period
        Matcher plan = FIVE_YEAR_PLAN.matcher(text);
        for (int p = text.indexOf('十'); p >= 0; p = text.indexOf('十', p + 1)) {
            if (plan.region(p, text.length()).lookingAt()) {
                return FIVE_YEAR_PLAN_BASE + 5 * (10 + Numerals.value(plan.group(1)));
            }
        }
        Matcher years = PERIOD_YEARS.matcher(text);
        return MatchStarts.next(years, text, 0, p -> periodYearsStart(text, p)) ? Integer.parseInt(years.group(1)) : 0;
    }

    /**
     * Whether {@link #PERIOD_YEARS} may match at {@code p}: four digits, then 年 or the range's mark (years are written
     * all over a plan, a range of them seldom).
     */
    private static boolean periodYearsStart(String text, int p) {
        if (p + 4 >= text.length()) {
            return false;
        }
        for (int k = p; k < p + 4; k++) {
            if (text.charAt(k) < '0' || text.charAt(k) > '9') {
                return false;
            }
        }
        char after = text.charAt(p + 4);
        return after == '年' || PERIOD_YEARS_MARKS.indexOf(after) >= 0;
    }

    /** The marks of {@link #PERIOD_YEARS}' range, right after its first year when 年 is left out. */
    private static final String PERIOD_YEARS_MARKS = "—–－-~～至到";

    /** Goals whose own clause sets them for the period's end and names no year (到规划期末建成…200家) take its end year. */
    private static List<TargetFact> atPeriodEnd(List<TargetFact> read, Paragraph p, int planEnd) {
        if (planEnd == 0 || !PERIOD_END.matcher(p.text()).find()) {
            return read;
        }
        return read.stream().map(f -> {
            String clause = p.text().substring(Math.max(0, f.span().start() - p.start()),
                    Math.min(p.text().length(), f.span().end() - p.start()));
            return PERIOD_END.matcher(clause).find() && !GOAL_CELL_YEAR.matcher(clause).find()
                    ? new TargetFact(f.taskNumber(), f.sectionKey(), f.metric(), f.value(), f.unit(), planEnd,
                    f.comparator(), f.span()) : f;
        }).toList();
    }

    private static final String THIS_YEAR = "今年";

    /** Goals without a year in a sentence that sets them for 今年 take the year of the document's date. */
    private static List<TargetFact> inThisYear(List<TargetFact> read, Paragraph p, int dateYear) {
        if (dateYear == 0 || read.isEmpty() || !p.text().contains(THIS_YEAR)) {
            return read;
        }
        // one walk through the paragraph: whether 今年 was said since the last sentence end, at each fact (in order)
        List<TargetFact> out = new ArrayList<>(read.size());
        String text = p.text();
        int i = 0;
        boolean said = false;
        for (TargetFact f : read) {
            int at = Math.min(text.length(), Math.max(0, f.span().start() - p.start()));
            if (at < i) { // out of order: read as it stands
                out.add(f);
                continue;
            }
            for (; i < at; i++) {
                said = text.charAt(i) == '。' ? false : said || text.startsWith(THIS_YEAR, i);
            }
            out.add(f.year() == 0 && said ? new TargetFact(f.taskNumber(), f.sectionKey(), f.metric(), f.value(), f.unit(),
                    dateYear, f.comparator(), f.span()) : f);
        }
        return out;
    }

    /** The one year a heading names (2026年重点工作), or 0 when it names none or several. */
    static int onlyYear(String title) {
        Matcher m = GOAL_CELL_YEAR.matcher(title);
        if (!m.find()) {
            return 0;
        }
        int year = Integer.parseInt(title.substring(m.start(), m.start() + 4));
        return m.find() ? 0 : year;
    }

    /**
     * The goals of the preamble and body; a goal that names no year and stands under no heading that does takes the
     * one year the document's title names (2027年重点工作计划: 全年规模以上工业总产值突破520亿元 is 2027's).
     */
    static List<TargetFact> read(List<Paragraph> preamble, List<Paragraph> body, OutlineReader.Outline outline,
                                 String title) {
        return read(preamble, body, outline, title, 0);
    }

    /**
     * As above; {@code dateYear}, the year of the document's date (0 when it has none), is the year of the goals a
     * sentence sets for 今年 (今年全县…主要目标是：…达到2.3%), as a bulletin or a speech states them.
     */
    static List<TargetFact> read(List<Paragraph> preamble, List<Paragraph> body, OutlineReader.Outline outline,
                                 String title, int dateYear) {
        int titleYear = onlyYear(title);
        List<Paragraph> all = new ArrayList<>(preamble);
        all.addAll(body);
        List<TargetFact> read = read(preamble, body, outline, planEnd(title, all), dateYear);
        if (titleYear == 0) {
            return read;
        }
        return read.stream().map(f -> f.year() != 0 ? f : new TargetFact(f.taskNumber(), f.sectionKey(), f.metric(),
                f.value(), f.unit(), titleYear, f.comparator(), f.span())).toList();
    }

    private static List<TargetFact> read(List<Paragraph> preamble, List<Paragraph> body, OutlineReader.Outline outline,
                                         int planEnd, int dateYear) {
        List<TargetFact> targets = new ArrayList<>();
        boolean goesOn = false;
        boolean underGoals = false;
        for (Paragraph p : preamble) {
            // a list of goals broken over lines after a semicolon (…提高到2.3%；⏎高新技术企业达到130家；…) goes on, as
            // do the lines under a heading of goals (年度目标 ⏎ 技术合同成交额：120亿元（2026年：96亿元）)
            boolean field = underGoals && GOAL_FIELD.matcher(p.text()).find();
            if (!p.isTableRow() && (goesOn || field || GOAL_YEAR.matcher(p.text()).find()
                    || GOAL_STATEMENT.matcher(p.text()).find())) {
                targets.addAll(inThisYear(atPeriodEnd(TargetReader.read(p, 0, ""), p, planEnd), p, dateYear));
                goesOn = p.text().endsWith("；");
            } else {
                goesOn = false;
            }
            underGoals = GOALS_HEADING.matcher(p.text()).matches() || field;
        }
        // indexed: a look through every task and section for each paragraph made long documents quadratic
        ContainingSpans taskBodies = new ContainingSpans(outline.tasks().stream().map(TaskBlock::body).toList());
        ContainingSpans sectionBodies = new ContainingSpans(outline.sections().stream().map(SectionBlock::body)
                .toList());
        int leadYear = 0;
        for (Paragraph p : body) {
            if (p.isTableRow()) {
                leadYear = 0;
                continue;
            }
            int before = targets.size();
            readParagraph(p, outline, taskBodies, sectionBodies, targets, planEnd, dateYear);
            if (leadYear > 0 && BULLET.matcher(p.text()).lookingAt()) {
                // 到2028年，…显著增强： ⏎ ——载体更加完善。产教联合体达到6个…: the lead sentence's year is the bullets'
                for (int k = before; k < targets.size(); k++) {
                    TargetFact f = targets.get(k);
                    if (f.year() == 0) {
                        targets.set(k, new TargetFact(f.taskNumber(), f.sectionKey(), f.metric(), f.value(), f.unit(),
                                leadYear, f.comparator(), f.span()));
                    }
                }
            } else {
                leadYear = leadYear(p.text());
            }
        }
        // a small table of goals whose cells are sentences (类别 | 具体目标): each such cell is prose
        for (Table table : Table.find(body)) {
            List<Table.Cell> header = Table.cells(table.rows().get(0));
            if (header.size() > MAX_GOAL_COLUMNS || header.stream().noneMatch(c -> c.text().contains("目标"))) {
                continue;
            }
            for (Paragraph row : table.rows().subList(1, table.rows().size())) {
                for (Table.Cell cell : Table.cells(row)) {
                    if (cell.text().length() >= MIN_GOAL_SENTENCE && GOAL_CELL_YEAR.matcher(cell.text()).find()) {
                        readParagraph(new Paragraph(row.index(), cell.span().start(), cell.span().end(), cell.text()),
                                outline, taskBodies, sectionBodies, targets, planEnd, dateYear);
                    }
                }
            }
        }
        return targets;
    }

    /** A goal set off as a bullet under the sentence that leads it in: ——, —, ●, ◆, ■, ▪, •, ·. */
    private static final Pattern BULLET = Pattern.compile("^[\\s\u3000]*(?:—{1,2}|[●◆■▪•·])");

    /** The one goal year of a sentence that leads a list in (到2028年，…：), or 0. */
    private static int leadYear(String text) {
        String t = text.strip();
        if (!t.endsWith("：") && !t.endsWith(":")) {
            return 0;
        }
        Matcher m = GOAL_YEAR.matcher(t);
        if (!m.find()) {
            return 0;
        }
        int year = Integer.parseInt(t.substring(m.end() - 5, m.end() - 1));
        return m.find() ? 0 : year;
    }

    private static void readParagraph(Paragraph p, OutlineReader.Outline outline, ContainingSpans taskBodies,
                                      ContainingSpans sectionBodies, List<TargetFact> targets, int planEnd,
                                      int dateYear) {
        {
            int t = taskBodies.first(p.span());
            int task = t < 0 ? 0 : outline.tasks().get(t).number();
            // the deepest section holding the paragraph, the first of equally deep ones
            SectionBlock deepest = null;
            for (int i : sectionBodies.containing(p.span())) {
                SectionBlock s = outline.sections().get(i);
                if (deepest == null || s.level() > deepest.level()) {
                    deepest = s;
                }
            }
            String section = deepest == null ? "" : deepest.key();
            List<TargetFact> series = ArrowTargets.read(p, task, section);
            List<TargetFact> read = series.isEmpty()
                    ? inThisYear(atPeriodEnd(TargetReader.read(p, task, section), p, planEnd), p, dateYear) : series;
            int partYear = deepest == null ? 0 : onlyYear(deepest.title());
            for (TargetFact f : read) {
                // 二、2026年工作总体要求和主要预期目标 … 地区生产总值增长6%左右: the part's heading names the year
                targets.add(f.year() == 0 && partYear > 0 ? new TargetFact(f.taskNumber(), f.sectionKey(), f.metric(),
                        f.value(), f.unit(), partYear, f.comparator(), f.span()) : f);
            }
        }
    }
}
