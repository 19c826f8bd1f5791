package dev.collabgraph.loader.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns decoded text into {@link MappedText}: one paragraph per line, sentences broken by page breaks
 * joined again, page numbers dropped, spaces inside Chinese text removed, half-width punctuation made
 * full-width and full-width digits and letters made ASCII. Every kept character remembers its
 * original offset; no character is ever rewritten into more or fewer characters.
 */
public final class Cleaner {
    /** Lines that start a new paragraph even when the previous one does not end a sentence. */
    private static final Pattern BLOCK_START = Pattern.compile(
            "^(?:[一二三四五六七八九十]+[、.．]|[\u2460-\u2473\u2776-\u2793\u24F5-\u24FE▶►➤☞]|[（(][一二三四五六七八九十]+[）)]|\\d{1,3}\\s*[、.．．](?!\\d)|\\d{1,2}[，,](?=\\p{IsHan})|\\d{1,3}[)）]|"
                    + "[（(]\\d{1,3}[）)]|第[一二三四五六七八九十百零〇\\d]+(?:[章节条篇]|部分)|附件|附表|[（(]?(?:责任|牵头|配合|主办|协办|参与)(?:单位|部门|主体)|"
                    + "[（(]\\d{4}年|[—\\-－]{2}|(?:重点|专项)?(?:任务|举措|措施|项目|行动)[一二三四五六七八九十\\d]{1,3}[：:]|【(?:记录|事项|条目)\\s*\\d|[=＝\\-_─━~*]{8,}$"
                    + "|第[一二三四五六七八九十\\d]{1,3}项(?:(?:重点)?(?:任务|工作)|[\\s\u3000])"
                    // a part's padded number before its short heading (02 重点行动), as a post set on a phone heads its parts
                    + "|0[1-9][\\s\u3000]+\\p{IsHan}[^。，；\\n]{1,18}$"
                    // a closing article (本政策措施自2026年7月1日起施行): the rules' end, never the rest of a line
                    + "|本\\p{IsHan}{1,6}自(?:\\d|印发|发布))");
    /** A running header of a Word or PDF file's own name (某某工作要点.docx), printed on every page: page noise. */
    private static final Pattern FILE_NAME_LINE = Pattern.compile(
            "^[^\\s。，；：]{1,80}\\.(?:docx?|wps|pdf|txt)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern PAGE_NUMBER = Pattern.compile("^[\\s\\-—－_]*(?:第\\s*)?\\d{1,4}(?:\\s*页)?[\\s\\-—－_]*$");
    /** A header row of a space-laid table: starts with 序号/指标… or has two year columns. */
    private static final Pattern SPACED_HEADER = Pattern.compile(
            "^(?:主要)?(?:序号|编号|指标|项目|类别|年份|年度)|\\d{4}\\s*年.*[ \u3000]{2,}.*\\d{4}\\s*年");
    private static final String SENTENCE_ENDS = "。！？；：!?;:）)」』”\"〕】";
    private static final String WRAP_HINTS = "、，,（(：:“";
    /** A table header whose columns are set apart by pipes but not closed by them: 序号 | 工作任务 | 牵头单位. */
    private static final Pattern BAR_HEADER = Pattern.compile("^(?:序号|编号|类别)\\s*\\|.*\\|");
    /**
     * A task number (3. / 10、 / （四）, or the 二是 of points that carry notes) right after a note's end on the same line:
     * the next task, glued on.
     */
    private static final Pattern GLUED_NUMBER = Pattern.compile(
            "\\d{1,3}[、.．](?!\\d)|[（(][一二三四五六七八九十]{1,3}[）)]|[一二三四五六七八九十]{1,3}是(?=\\p{IsHan}|“)");
    /** A list of organs' names alone in a bracket (【区科技局、区财政局】): a note without label, its names ending so. */
    private static final Pattern NAMES_ONLY = Pattern.compile(
            "(?:(?:[^、，,；;【】（）\\n]|（[^（）\\n]{1,12}）){1,30}?[局委办厅府会院部处行所站队室心司组镇乡道校团]、?)+");
    /** What shows that the bracket or sentence just closed was a responsibility note: a label or a role word. */
    private static final Pattern NOTE_WORDS = Pattern.compile(
            "(?:责任|牵头|配合|主办|协办|参与)(?:单位|部门|主体)?：|牵头|配合|参与|负责|协办");
    /** A note line that ends on one of these ends on a complete unit name (局, 政府, 街道, 等 …). */
    public static final String NAME_ENDS = "局委办厅府会院部处行所站队室心司区县镇乡道门位体协校团学关台联支社馆园城港地等）";
    /** A cell's rest on a line of its own is short and set in from the margin, under its column. */
    private static final int MAX_CELL_LINE = 30;
    private static final int MIN_CELL_INDENT = 4;
    /**
     * A part's or an item's heading (二、 （一） 第三章): after a table it is the text going on, unless a row follows it (a
     * category row inside the table).
     */
    static final Pattern OUTLINE_HEADING = Pattern.compile(
            "^[\\s\u3000]*(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)]|第[一二三四五六七八九十]{1,3}[章节部分])");
    /** A cell's rest long enough to look like prose stands past the first columns. */
    private static final int MIN_WIDE_CELL_INDENT = 12;

    /** The blanks before {@code at} on its line, when nothing else is. */
    private static int indent(String text, int at) {
        int blanks = 0;
        for (int i = at - 1; i >= 0 && text.charAt(i) != '\n'; i--) {
            if (text.charAt(i) != ' ' && text.charAt(i) != '\u3000') {
                return 0;
            }
            blanks++;
        }
        return blanks;
    }

    /** A line this long without a sentence end was cut (by a page or a narrow wrap), not ended. */
    private static final int CUT_LINE = 30;
    /** Lines of a hard-wrapped text: at least this long, this many, most within this spread of each other. */
    private static final int MIN_WRAP = 22;
    private static final int MIN_WRAPPED_LINES = 8;
    private static final int WRAP_SPREAD = 6;
    /** A full line may have lost a space or two to cleaning (第八条 市科技局…). */
    private static final int WRAP_SLACK = 2;
    /** The rest of a note line cut inside a name is a name or two, not a sentence. */
    private static final int MAX_NOTE_TAIL = 20;
    /** A field left empty (配合单位：—) is whole: the line after it is not its rest. */
    private static final String EMPTY_FIELD = "—－-/／";
    private static final Pattern NOTE_LINE = Pattern.compile("^[（(]?(?:(?:主要|其他)?责任|主责|牵头|配合|协同|主办|协办|参与|实施|承办|落实)(?:单位|部门|主体)[：:]"
            + "|【(?:责任|牵头|配合|主办|协办|参与)(?:单位|部门|主体|站所|处室|科室)?】");
    /**
     * A line of organs' names only: each opens with where it sits (市, 县, 区, 省, 各) or ends as a government or
     * committee does, and ends as an organ does.
     */
    private static final Pattern ORGANS_LINE = Pattern.compile(
            "(?:(?:[市县区省各][^，。；：、\\s]{1,14}(?:局|委|办|厅|部|政府|办公室)|[^，。；：、\\s]{2,16}(?:人民政府|管委会))、?)+");
    /**
     * A paragraph Word numbered, saved as text: its number, the tab Word sets after it, and the paragraph, with no
     * other tab (1.⇥建设… / （一）⇥搭建…). A table's row has more cells, and its numbers carry no 、 . ． or brackets.
     */
    private static final Pattern LABEL_TAB = Pattern.compile(
            "^[ \u3000]*(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十\\d]{1,3}[）)]|\\d{1,3}[.．、](?!\\d)|\\d{1,2}(?:\\.\\d{1,2}){1,2}[.．、]?"
                    + "|[\u2460-\u2473]|第[一二三四五六七八九十百零〇\\d]{1,4}[章节条])\t+[^\t]+$");
    /** A title line (…关于印发《…》的通知) ends with the genre's word and is complete, however long. */
    private static final Pattern TITLE_LINE = Pattern.compile(
            "关于(?:[^。，《]|《[^》。]*》)*(?:意见|通知|方案|计划|措施|要点|办法|规定|纪要|通报|报告|决定|函|答复|复函|制度|协议|协议书)》?$");

    /** A field of a note row: a label and its colon (责任县领导：, 牵头单位：), then its value. */
    private static final Pattern FIELD = Pattern.compile("^[\\p{IsHan}]{2,8}[：:]");
    /** Spaces, then a unit label set apart by a space (牵头单位 A 配合单位 B): the label after a list of units. */
    private static final Pattern SPACED_LABEL = Pattern.compile(
            "[ \u3000\u00A0]+(?:责任|牵头|配合|主办|协办|参与|协同)(?:单位|部门)[ \u3000\u00A0]");
    /** A line holding a field that names units, whose fields or units bars (｜) part. */
    private static final Pattern BAR_NOTE = Pattern.compile("(?:单位|部门|主体)[：:]");
    /** A label that names responsible units. */
    private static final Pattern UNIT_LABEL = Pattern.compile("(?:单位|部门|主体|牵头|配合|协办|参与)[：:]$");

    private Cleaner() {
    }

    public static MappedText clean(SourceText source) {
        try {
            Optional<Scripts.Prepared> prepared = Scripts.prepare(source.text());
            if (prepared.isEmpty()) {
                return cleanScript(source);
            }
            // traditional script read as simplified, pinyin and lost blanks dropped: offsets and quotes stay the source's
            return through(source, prepared.get().text(), prepared.get().origin(), Cleaner::cleanScript);
        } finally {
            Rewrite.forget(); // the lines kept for the layouts' turns: no text outlives its cleaning
        }
    }

    /**
     * Layouts read through a rewrite of the whole text before it is cleaned, tried in this order; each rewrite's text is
     * cleaned again (a Markdown export may also be a mail's quote), its characters mapped back to the source.
     */
    private static final List<java.util.function.Function<String, Optional<Rewrite.Rearranged>>> LAYOUTS = List.of(
            // a page flattened onto one line by a crawler is read block by block
            FlatPages::split,
            // a page dumped by a text browser is read without its link numbers and list of addresses
            LinkReferences::strip,
            // a document kept as Markdown is read as the page it renders to
            MarkdownText::render,
            // a plan exported from a mind map as a tree of nodes is read as the outline it draws
            TreeOutlines::rewrite,
            // a document forwarded by e-mail is read without the client's quote marks
            QuotedMail::strip,
            // a spreadsheet range pasted as tab rows, its cells with line breaks in quotes: each such cell on its row
            PastedCells::join,
            // a draft printed with its lines numbered is read without the numbers
            text -> LineNumbers.strip(text).map(n -> new Rewrite.Rearranged(n.text(), n.origin())),
            // items beside their units in a gridless two-column table: read column by column
            SideColumns::rearrange,
            // items set as ruled forms (交办单) whose value cells wrap in parallel: each read as an item and its fields
            FieldForms::rearrange,
            // an indicator table printed with columns so narrow that one blank parts cells: read by where words stand
            AlignedColumns::rearrange,
            // a table whose cells are centred in their rows, each row a band around its number: read row by row
            CentredBands::rearrange,
            // a table printed two-up, its rows in two blocks side by side under a repeated header: read block by block
            TwoUpTables::rearrange,
            // a text set side by side with its commentary (政策原文 | 政策解读): read passage by passage, each commentary after
            CommentaryColumns::rearrange,
            // a table a screen reader reads out row by row, each cell as its column's name and content: read as rows
            ReadAloudTables::rearrange,
            // a table a reading-order export wrote column by column (序号 and its numbers, then each column): read as rows
            ColumnBlocks::rearrange,
            // a task table with a row per year, its task's cells merged across them: read task by task
            YearRowBands::rearrange,
            // a year's goals set as cards (a figure above its name): read as the indicator table they stand for
            KpiCards::rearrange,
            // a table drawn with characters (+----+, |cell|), as mail and plain-text systems print one: read as tab rows
            GridTables::rearrange,
            // a table whose cells a text browser joined with single spaces and wrapped: read as tab rows
            SpacedTables::rewrite,
            // an indicator table copied without its grid, every cell on a line of its own: read as tab rows
            LineCellIndicators::rearrange);

    private static MappedText cleanScript(SourceText source) {
        for (java.util.function.Function<String, Optional<Rewrite.Rearranged>> layout : LAYOUTS) {
            Optional<Rewrite.Rearranged> rewritten = layout.apply(source.text());
            if (rewritten.isPresent()) {
                return through(source, rewritten.get().text(), rewritten.get().origin(), Cleaner::cleanScript);
            }
        }
        Optional<CsvText.Converted> csv = CsvText.convert(source.text());
        if (csv.isEmpty()) {
            return cleanText(source);
        }
        // a CSV export is read as the table it is: cleaned as tab rows
        return through(source, csv.get().text(), csv.get().origin(), Cleaner::cleanText);
    }

    /**
     * {@code source} read as {@code rewritten} (each of whose characters stands at {@code placed} in the source) by
     * {@code next}, each character of the result mapped back through both steps.
     */
    private static MappedText through(SourceText source, String rewritten, int[] placed,
                                      java.util.function.Function<SourceText, MappedText> next) {
        MappedText inner = next.apply(new SourceText(source.name(), rewritten, source.charset(), source.sha256()));
        int[] origin = new int[inner.length()];
        for (int k = 0; k < origin.length; k++) {
            origin[k] = placed[inner.originalStart(k)];
        }
        return new MappedText(source, inner.text(), origin);
    }

    /** Whether {@code c} stands in text[from, to): a look bounded by the line, where indexOf would run on past it. */
    private static boolean holds(String text, int from, int to, char c) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == c) {
                return true;
            }
        }
        return false;
    }

    private static MappedText cleanText(SourceText source) {
        List<int[]> lines = paragraphLines(source.text());
        int[] wrap = wrapWidths(source.text(), lines);
        int cutAt = wrap[0];
        int fullLine = wrap[1];
        StringBuilder out = new StringBuilder(source.text().length());
        IntList origin = new IntList(source.text().length());
        int previousEnd = -1;
        String previous = null;
        boolean inSpacedTable = false;
        boolean inBarTable = false;
        boolean previousIsField = false;
        boolean previousSpacedRow = false;
        boolean previousIsBadge = false;
        int indentedWidth = indentedParagraphsWidth(source.text(), lines);
        int previousWidth = 0;
        int tableTabs = 0;
        boolean sideTable = false;
        boolean pointParagraph = false;
        for (int li = 0; li < lines.size(); li++) {
            int[] line = lines.get(li);
            String content = source.text().substring(line[0], line[1]);
            int lineIndent = indent(source.text(), line[0]);
            long gaps = content.indexOf('\t') >= 0 ? 0 : cellGaps(content);
            if (gaps >= 2 && SPACED_HEADER.matcher(content).find() || gaps >= MIN_HEADER_GAPS && shortCellsOnly(content)) {
                inSpacedTable = true;
            } else if (gaps == 0 && (content.length() > 20 || content.indexOf('。') >= 0)
                    && !(previousSpacedRow && content.length() <= MAX_CELL_LINE
                    && lineIndent >= MIN_WIDE_CELL_INDENT && content.indexOf('：') < 0 && content.charAt(0) != '【')) {
                // a long line set far in under a later column after a row is a cell of its own (wrapped, or centred
                // above the next row's number), even one whose sentence ends in it; a field (附件下载：…) or a page's
                // 【打印】 link is none
                inSpacedTable = false;
            }
            // a cell wrapped onto a line of its own, set under its column (a PDF layout export): a row of one cell
            boolean cellLine = inSpacedTable && previousSpacedRow && gaps == 0 && content.length() <= MAX_CELL_LINE
                    && indent(source.text(), line[0]) >= MIN_CELL_INDENT
                    && !(OUTLINE_HEADING.matcher(content).find() && !rowFollows(source.text(), lines, li));
            // a line set in distributed alignment (分散对齐) is text spread over the width, not a row of one-letter cells
            boolean spread = letterSpaced(content);
            boolean spacedRow = !(gaps > 0 && spread) && (inSpacedTable && gaps > 0 || cellLine);
            boolean bars = content.indexOf('|') >= 0;
            if (bars && !WebExport.isPipeRow(content) && BAR_HEADER.matcher(content).find()) {
                inBarTable = true;
            } else if (!bars && (content.length() > 20 || content.indexOf('。') >= 0)) {
                inBarTable = false;
            }
            // in a table without outer pipes a leading pipe is an empty first cell, kept as a tab; its rows start
            // with their number, that empty cell or the header repeated
            boolean barRow = inBarTable && bars && (Character.isDigit(content.charAt(0)) || content.charAt(0) == '|'
                    || BAR_HEADER.matcher(content).find());
            // a table set on its side (项目名称 ⇥ A ⇥ B over 牵头单位 ⇥ C ⇥ D): each line a row, even of one item, its unit
            // rows no label boxes; a row cut short by a wrapped cell is joined where the table is read
            boolean tabRow = content.indexOf('\t') >= 0;
            sideTable = tabRow && (sideTable || SIDE_TABLE_FIELD.matcher(content).find());
            boolean pipeRow = barRow || WebExport.isPipeRow(content) || BoxTables.isRow(content);
            boolean field = !barRow && WebExport.isFieldLine(content);
            boolean noteFields = !pipeRow && !spacedRow && isNoteFieldsRow(content);
            boolean labelledCell = !pipeRow && !spacedRow && !noteFields && !sideTable && isLabelledUnitsRow(content);
            // (not a table's row whose cell wrapped: 2.1⇥依托…， over the rest of its cells)
            boolean labelTab = !pipeRow && !spacedRow && tabRow && LABEL_TAB.matcher(content).find()
                    && !wrappedRowStart(content, tableTabs, lineAfter(source.text(), lines, li));
            boolean barNote = !pipeRow && content.indexOf('｜') >= 0 && BAR_NOTE.matcher(content).find();
            int tabs = tabCount(content);
            // (a rest set under its column, after tabs for the cells before it, is read as a row of its own)
            boolean cellRest = previous != null && tableTabs > 0 && !sideTable && !tabBefore(source.text(), line[0])
                    && restOfWrappedCell(previous, content, tableTabs, lineAfter(source.text(), lines, li));
            tableTabs = tabs >= 2 ? Math.max(tableTabs, tabs) : tabs == 0 && !cellRest ? 0 : tableTabs;
            if (cellRest && secondName(previous, content)) {
                // a cell of two paragraphs, a unit each (市科技局 / 某某高新区管委会): the break parted two names
                out.append('、');
                origin.add(previousEnd);
            }
            boolean newParagraph = previous == null;
            if (previous != null && !previousIsBadge && !cellRest) {
                // paragraphs opened by an indent: a full line goes on in the unindented line under it, which no new
                // paragraph would start with, even when it happens to end a sentence ((一)推行…机制。 / 围绕产业链…)
                boolean sameParagraph = indentedWidth > 0 && lineIndent == 0 && previousWidth >= indentedWidth - 1
                        && !BLOCK_START.matcher(content).find() && content.indexOf('\t') < 0 && previous.indexOf('\t') < 0
                        // (not a bracket of its own after a sentence's end: 【A牵头，B配合】 set above the next item)
                        && !bracketLineAfterSentence(previous, content);
                // a line opened by a paragraph's indent of two wide blanks (　　) starts a paragraph, however wide the
                // line above it
                boolean indentedParagraph = line[0] >= 2 && source.text().startsWith("\u3000\u3000", line[0] - 2)
                        && (line[0] == 2 || source.text().charAt(line[0] - 3) == '\n') && !previousIsBadge
                        // (no paragraph opens with a mark that parts or closes a clause: 　　、市工信局。 goes on the last;
                        // none ends on a mark that parts two items: …配合做好任务一、 / 　　任务五 goes on over a page)
                        && CONTINUING_MARKS.indexOf(content.charAt(0)) < 0
                        && "、，,".indexOf(previous.charAt(previous.length() - 1)) < 0;
                if (spacedRow || pipeRow || field || previousIsField || indentedParagraph || sideTable
                        || !sameParagraph && !continues(previous, content, cutAt, fullLine)) {
                    out.append('\n');
                    origin.add(previousEnd);
                    newParagraph = true;
                }
            }
            // a paragraph opened by 一是 holds its points as items on every line it was wrapped over
            pointParagraph = newParagraph ? opensWithPoint(source.text(), line[0], line[1]) : pointParagraph;
            int before = out.length();
            // a pipe row's cells without its outer pipes; its inner pipes become tabs
            int[] cells = pipeRow && !barRow ? WebExport.insidePipes(source.text(), line[0], line[1]) : line;
            appendNormalised(source.text(), cells[0], cells[1], spacedRow, pipeRow, noteFields || labelledCell || labelTab, barNote,
                    labelledCell, !spacedRow && !pipeRow && spread, pointParagraph, out, origin);
            if (out.length() == before) {
                continue;
            }
            if (line[2] == 1) {
                out.append('、'); // the badge's number opens its heading's line, as 1、 would
                origin.add(line[1]);
            }
            if (cellLine) {
                out.append('\t'); // the row's other cells are empty: it is a table row, placed by its column
                origin.add(line[1]);
            }
            previousSpacedRow = spacedRow || gaps >= 2 && SPACED_HEADER.matcher(content).find();
            previousWidth = lineIndent / (source.text().charAt(Math.max(0, line[0] - 1)) == '\u3000' ? 1 : 2)
                    + (line[1] - line[0]);
            previous = out.substring(before);
            previousEnd = line[1];
            previousIsField = field;
            previousIsBadge = line[2] == 1;
        }
        return new MappedText(source, out.toString(), origin.toArray());
    }

    /**
     * Whether {@code content} is a line that is one bracket (【…】 or （…）, a note set on a line of its own) and
     * {@code previous} ends a sentence: the bracket is no wrapped rest of that sentence.
     */
    private static boolean bracketLineAfterSentence(String previous, String content) {
        String line = content.strip();
        if (line.length() < 3 || previous.isEmpty() || "。；".indexOf(previous.charAt(previous.length() - 1)) < 0) {
            return false;
        }
        char open = line.charAt(0);
        char close = line.charAt(line.charAt(line.length() - 1) == '。' ? line.length() - 2 : line.length() - 1);
        return (open == '【' && close == '】' || open == '（' && close == '）') && closesOnlyAtEnd(line, open, close);
    }

    /** Whether the bracket opened at the line's start closes only at its end (not 【A】 then more text, or （1）…（2）). */
    private static boolean closesOnlyAtEnd(String line, char open, char close) {
        int depth = 0;
        int end = line.charAt(line.length() - 1) == '。' ? line.length() - 1 : line.length();
        for (int i = 0; i < end; i++) {
            char c = line.charAt(i);
            depth += c == open ? 1 : c == close ? -1 : 0;
            if (depth == 0 && i < end - 1) {
                return false;
            }
        }
        return depth == 0;
    }

    /** The first cell of a table set on its side: the field naming or numbering its items, one item a column. */
    private static final Pattern SIDE_TABLE_FIELD = Pattern.compile("^[\\s\u3000]*\\p{IsHan}{0,4}(?:名称|编号)\t");

    /** A table's label cell naming units by role, or the official who answers for the work. */
    private static final Pattern UNIT_CELL_LABEL = Pattern.compile(
            "^(?:(?:责任|牵头|主办|配合|协办|参与|协同|成员)(?:单位|部门|主体|处室|科室)|(?:分管|责任|牵头)领导)$");

    /**
     * Whether a row of two cells is a label and its value in a small box under a task (牵头部门 ⇥ 科技创新局, 配合部门 ⇥ A
     * B): a note written as a table, read as 牵头部门：科技创新局.
     */
    static boolean isLabelledUnitsRow(String line) {
        int tab = line.indexOf('\t');
        if (tab < 0) {
            return false;
        }
        String rest = line.substring(tab + 1).strip();
        // 牵头单位 ⇥ 配合单位 under a header's 责任主体 names two columns: no label and its value
        return UNIT_CELL_LABEL.matcher(line.substring(0, tab).strip()).matches() && !rest.isEmpty()
                && rest.indexOf('\t') < 0 && !UNIT_CELL_LABEL.matcher(rest).matches() || labelValuePairs(line);
    }

    /**
     * Whether a row's cells are labels each followed by its value (牵头单位 ⇥ A ⇥ 配合单位 ⇥ B, or a group's card:
     * 召集人 ⇥ person ⇥ 牵头部门 ⇥ A), as a page's table of fields sets two to a row: every other cell a label, one of
     * them a unit label, none of the values one.
     */
    private static boolean labelValuePairs(String line) {
        List<String> cells = new java.util.ArrayList<>(List.of(line.strip().split("\t")));
        if (cells.size() < 4 || cells.size() % 2 != 0) {
            return false;
        }
        boolean units = false;
        for (int c = 0; c < cells.size(); c++) {
            String cell = cells.get(c).strip();
            boolean unit = UNIT_CELL_LABEL.matcher(cell).matches();
            boolean label = unit || PAIR_LABEL.matcher(cell).matches();
            if (cell.isEmpty() || label != (c % 2 == 0)) {
                return false;
            }
            units |= unit;
        }
        return units;
    }

    /** A field's label in a table of fields besides the units' own: its leader, its deadline. */
    private static final Pattern PAIR_LABEL = Pattern.compile("^\\p{IsHan}{0,4}(?:领导|时限|时间|期限|责任人|负责人|召集人)$");

    /**
     * Whether a line with tabs is a note whose fields are set apart by them (责任县领导：A⇥牵头单位：B⇥责任单位：C):
     * every part opens with a label and a colon, and one label names units.
     */
    static boolean isNoteFieldsRow(String line) {
        if (line.indexOf('\t') < 0) {
            return false;
        }
        boolean units = false;
        for (String part : line.split("\t")) {
            String cell = part.strip();
            if (cell.isEmpty()) {
                continue;
            }
            Matcher label = FIELD.matcher(cell);
            if (!label.find()) {
                return false;
            }
            units |= UNIT_LABEL.matcher(label.group()).find();
        }
        return units;
    }

    /** A tab row's first cell when it is the row's number: the line starts a row, it goes on none. */
    private static final Pattern NUMBERED_ROW = Pattern.compile("^\\s*\\d{1,3}\t");
    /** Whether {@code line} opens a row of a table of {@code tableTabs} tabs whose rest the next line holds. */
    private static boolean wrappedRowStart(String line, int tableTabs, String next) {
        int tabs = tabCount(line);
        return tableTabs > 0 && next != null && tabs < tableTabs && tabs + tabCount(next) == tableTabs;
    }

    /** The rest of a cell wrapped below its row's other cells is short. */
    private static final int MAX_LAST_CELL_REST = 12;

    /**
     * Whether {@code next} is the rest of tab row {@code previous}, wrapped inside one of its cells by a narrow window
     * (a spreadsheet pasted into a mail and hard-wrapped): together they hold the table's {@code tableTabs} tabs, or
     * the rest of the last cell stands short and alone between two rows.
     */
    private static boolean restOfWrappedCell(String previous, String next, int tableTabs, String after) {
        int before = tabCount(previous);
        if (before == 0 || previous.endsWith("\t") || NUMBERED_ROW.matcher(next).find() || next.isBlank()
                || BLOCK_START.matcher(next).find()) {
            return false;
        }
        int rest = tabCount(next);
        if (rest > 0) {
            return before < tableTabs && before + rest == tableTabs;
        }
        return before == tableTabs && next.strip().length() <= MAX_LAST_CELL_REST && after != null
                && (tabCount(after) == tableTabs || NUMBERED_ROW.matcher(after).find())
                && SENTENCE_ENDS.indexOf(previous.charAt(previous.length() - 1)) < 0;
    }

    /** What closes an organ's name: 局, 委, 办, 厅, 府. */
    private static final String ORGAN_ENDS = "局委办厅府";
    /** The rest of a name a wrap may put first on the next line (…高新区 / 管委会, 人民银行 / 某某支行). */
    private static final Pattern NAME_REST_START = Pattern.compile("^(?:管委会|管理委员会|委员会|办公室|分局|分行|支行|中心|人民政府|政府)");
    /** A name long enough to stand on its own after a line break in a cell. */
    private static final int MIN_SECOND_NAME = 4;

    /** Whether the rest of a wrapped cell opens a second unit's name after an organ's whole name. */
    private static boolean secondName(String previous, String next) {
        String first = next.strip();
        int tab = first.indexOf('\t');
        first = tab < 0 ? first : first.substring(0, tab);
        return !previous.isEmpty() && ORGAN_ENDS.indexOf(previous.charAt(previous.length() - 1)) >= 0
                && first.length() >= MIN_SECOND_NAME && !NAME_REST_START.matcher(first).find()
                && first.chars().allMatch(c -> Character.isIdeographic(c) || c == '（' || c == '）');
    }

    /** Whether a tab stands among the blanks before {@code at} on its line. */
    private static boolean tabBefore(String text, int at) {
        for (int i = at - 1; i >= 0 && text.charAt(i) != '\n'; i--) {
            if (text.charAt(i) == '\t') {
                return true;
            }
        }
        return false;
    }

    private static int tabCount(String line) {
        int n = 0;
        for (int i = 0; i < line.length(); i++) {
            n += line.charAt(i) == '\t' ? 1 : 0;
        }
        return n;
    }

    /** The line after {@code lines[at]}, or null at the end. */
    private static String lineAfter(String text, List<int[]> lines, int at) {
        return at + 1 < lines.size() ? text.substring(lines.get(at + 1)[0], lines.get(at + 1)[1]) : null;
    }

    /** Whether the line after {@code lines[at]} is a row of cells set apart by gaps. */
    private static boolean rowFollows(String text, List<int[]> lines, int at) {
        if (at + 1 >= lines.size()) {
            return false;
        }
        String next = text.substring(lines.get(at + 1)[0], lines.get(at + 1)[1]);
        return next.indexOf('\t') >= 0 || cellGaps(next) > 0;
    }

    /**
     * How many cell gaps {@code line} has: runs of two or more spaces (ASCII, ideographic or no-break), each counted
     * once, as the former {@code [ \u3000\u00A0]{2,}} matches were; one pass instead of a regex tried at every character.
     */
    static long cellGaps(String line) {
        long gaps = 0;
        int run = 0;
        for (int i = 0; i <= line.length(); i++) {
            if (i < line.length() && isCellGapChar(line.charAt(i))) {
                run++;
            } else {
                if (run >= 2) {
                    gaps++;
                }
                run = 0;
            }
        }
        return gaps;
    }

    /** A header of four columns or more whose cells are all short words (片区  主导产业  招引方向  目标企业). */
    private static final int MIN_HEADER_GAPS = 3;
    private static final int MAX_HEADER_CELL = 8;

    /**
     * Whether every cell of a space-laid line is a short run of letters (column names), with no punctuation: such a
     * line opens a table even when its first column is not 序号 and it has no year columns.
     */
    static boolean shortCellsOnly(String line) {
        int cell = 0;
        int run = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (isCellGapChar(c)) {
                run++;
                continue;
            }
            if (run >= 2) {
                cell = 0;
            } else if (run == 1) {
                return false; // a single space inside a cell: words of a sentence, not a column name
            }
            run = 0;
            if (!Character.isLetterOrDigit(c) || ++cell > MAX_HEADER_CELL) {
                return false;
            }
        }
        return true;
    }

    /** The spaces a cell gap is made of. */
    private static boolean isCellGapChar(char c) {
        return c == ' ' || c == '\u3000' || c == '\u00A0';
    }

    /** A column header 序号 printed on a line of its own: a table copied without its grid starts. */
    /** The header cells of a column of row numbers. */
    private static final java.util.Set<String> NUMBER_HEADERS = java.util.Set.of("序号", "编号");
    private static final Pattern BARE_NUMBER = Pattern.compile("^\\d{1,3}$");
    /**
     * A measure's number set alone above its heading as a badge (01 / 加大企业研发投入奖补 / 对…。), as web articles print
     * them: two digits from 01 in sequence, each over a short heading line; a page number never has the leading zero.
     */
    private static final Pattern BADGE = Pattern.compile("^\\d{2}$");
    private static final int MAX_BADGE_HEADING = 30;
    /** How many lines after such a header bare numbers are still row numbers (a table of a few hundred lines). */
    private static final int LINE_CELL_TABLE_REACH = 600;
    /** How many lines after a page number a running header may stand (a title and a second line). */
    private static final int RUNNING_REACH = 2;
    private static final int MAX_RUNNING_LINE = 40;

    /** Non-blank, non-page-number lines as [start, end) with surrounding white space trimmed. */
    private static List<int[]> paragraphLines(String text) {
        List<int[]> lines = new ArrayList<>();
        int linesSinceNumberHeader = Integer.MAX_VALUE / 2;
        int nextBadge = 1;
        // lines kept since the last page number (none yet: far), and the kept lines next to one
        int sincePageNumber = Integer.MAX_VALUE / 2;
        Set<Integer> nearPageNumbers = new HashSet<>();
        List<Integer> pageTurns = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            int end = i;
            while (end < n && text.charAt(end) != '\n' && text.charAt(end) != '\r' && text.charAt(end) != '\f') {
                end++;
            }
            int s = i;
            int e = end;
            while (s < e && isBlank(text.charAt(s))) {
                s++;
            }
            while (e > s && isBlank(text.charAt(e - 1)) && text.charAt(e - 1) != '\t') {
                e--;
            }
            String line = s < e ? text.substring(s, e) : "";
            if (NUMBER_HEADERS.contains(line)) {
                linesSinceNumberHeader = 0;
            } else if (s < e) {
                linesSinceNumberHeader++;
            }
            // under a header whose cells are lines of their own (序号 / 重点任务 / …), a bare number starts a row
            boolean rowNumber = linesSinceNumberHeader <= LINE_CELL_TABLE_REACH && BARE_NUMBER.matcher(line).matches();
            if (s < e && nextBadge > 0 && BADGE.matcher(line).matches() && Integer.parseInt(line) == nextBadge
                    && badgeHeading(text, end)) {
                lines.add(new int[] {s, e, 1});
                nextBadge++;
            } else if (s < e && (rowNumber || !PAGE_NUMBER.matcher(line).matches())
                    && !(holds(text, s, e, '.') && FILE_NAME_LINE.matcher(text.substring(s, e)).matches())
                    && !WebExport.isPipeRule(text.substring(s, e)) && !BoxTables.isRule(text, s, e)) {
                lines.add(new int[] {s, e, 0});
                sincePageNumber++;
            } else if (s < e && PAGE_NUMBER.matcher(line).matches()) {
                if (!lines.isEmpty()) {
                    nearPageNumbers.add(lines.size() - 1); // a running footer above the number
                }
                sincePageNumber = 0;
                pageTurns.add(s);
            }
            if (s < e && sincePageNumber >= 1 && sincePageNumber <= RUNNING_REACH && lines.size() > 0
                    && lines.get(lines.size() - 1)[0] == s) {
                nearPageNumbers.add(lines.size() - 1); // a running header below it
            }
            i = end + 1;
        }
        return PageFootnotes.moved(text, withoutRunningLines(text, lines, nearPageNumbers), pageTurns);
    }

    /**
     * The lines without the running headers and footers of a text copied out of a printed booklet: a short line that
     * stands next to a page number at two page turns or more (the booklet's title after — 1 —, — 2 — …), so that a
     * sentence cut by a page turn joins up again. (A PDF's pages are known, and cleared by {@link PageNoise}.)
     */
    private static List<int[]> withoutRunningLines(String text, List<int[]> lines, Set<Integer> nearPageNumbers) {
        if (nearPageNumbers.size() < 2) {
            return lines;
        }
        Map<String, Integer> turns = new HashMap<>();
        for (int k : nearPageNumbers) {
            turns.merge(runningKey(text.substring(lines.get(k)[0], lines.get(k)[1])), 1, Integer::sum);
        }
        List<int[]> kept = new ArrayList<>(lines.size());
        for (int k = 0; k < lines.size(); k++) {
            String line = text.substring(lines.get(k)[0], lines.get(k)[1]);
            String key = runningKey(line);
            boolean running = turns.getOrDefault(key, 0) >= 2 && line.indexOf('。') < 0 && line.indexOf('\t') < 0
                    && (nearPageNumbers.contains(k) && line.length() <= MAX_RUNNING_LINE || machineBanner(line));
            if (!running) {
                kept.add(lines.get(k));
            }
        }
        return kept;
    }

    /** A running line's text with its numbers as one mark: a fax's P.002/003 and P.003/003 are one banner. */
    private static String runningKey(String line) {
        return line.replaceAll("\\d+", "#");
    }

    /**
     * The banner a fax machine or a printer sets over every page (MAR-12-2026 09:41 FROM:… TO:… P.002/003): Latin
     * words and numbers around the sender, no sentence of the document; one repeated at two page turns goes from
     * every page, the first included.
     */
    private static boolean machineBanner(String line) {
        return MACHINE_BANNER.matcher(line).find() && line.indexOf('，') < 0;
    }

    private static final Pattern MACHINE_BANNER = Pattern.compile("(?:FROM|TO|FAX|P\\.\\s*\\d{1,3}\\s*/\\s*\\d{1,3})");

    /** Whether the first non-blank line after {@code from} is a short heading: no sentence end, no comma. */
    private static boolean badgeHeading(String text, int from) {
        int s = from;
        while (s < text.length() && (isBlank(text.charAt(s)) || text.charAt(s) == '\n' || text.charAt(s) == '\r')) {
            s++;
        }
        int e = s;
        while (e < text.length() && text.charAt(e) != '\n' && text.charAt(e) != '\r') {
            e++;
        }
        String heading = text.substring(s, e).strip();
        return heading.length() >= 2 && heading.length() <= MAX_BADGE_HEADING && !BADGE.matcher(heading).matches()
                && heading.indexOf('\t') < 0 && heading.chars().noneMatch(c -> c == '，' || c == '。' || c == ',')
                && SENTENCE_ENDS.indexOf(heading.charAt(heading.length() - 1)) < 0;
    }

    /**
     * Whether a full line ending on a name's last character is a sentence of the text cut there (建设某某大学国家大学 /
     * 科技园，打造…): no note, field, leader-dotted heading or table row, and a clause of the text after it rather than
     * a list of organs.
     */
    private static boolean sentenceCutAtNamesEnd(String previous, String next) {
        return previous.indexOf('。') < 0 && previous.indexOf('…') < 0 && previous.indexOf('\t') < 0
                && !NOTE_LINE.matcher(previous).find() && !FIELD.matcher(previous).find()
                && !ORGANS_LINE.matcher(next).matches() && (next.indexOf('，') > 0 || next.indexOf('。') > 0);
    }

    /** Whether {@code next} continues the paragraph {@code previous} across a line or page break. */
    /**
     * The length from which a line without a sentence end was cut: {@link #CUT_LINE}, or less in a text hard-wrapped at
     * a narrower width (a scan's OCR or a PDF, 28–34 characters a line), where most such lines have about the same
     * length; and that width itself (a line that fills it was cut, even one that opens with a number), or
     * {@code Integer.MAX_VALUE} when the text is not hard-wrapped.
     */
    private static int[] wrapWidths(String text, List<int[]> lines) {
        List<Integer> lengths = new ArrayList<>();
        for (int[] line : lines) {
            int length = line[1] - line[0];
            // a table's rows (cells apart by runs of blanks, as a PDF's layout prints them) say nothing of the wrap
            if (length >= MIN_WRAP && SENTENCE_ENDS.indexOf(text.charAt(line[1] - 1)) < 0
                    && text.substring(line[0], line[1]).indexOf('\t') < 0
                    && cellGaps(text.substring(line[0], line[1])) < 2) {
                lengths.add(length);
            }
        }
        if (lengths.size() < MIN_WRAPPED_LINES) {
            return new int[] {CUT_LINE, Integer.MAX_VALUE / 2};
        }
        lengths.sort(null);
        int lower = lengths.get(lengths.size() / 4);
        long near = lengths.stream().filter(l -> l >= lower && l <= lower + WRAP_SPREAD).count();
        return near * 5 >= lengths.size() * 3
                ? new int[] {Math.max(MIN_WRAP, Math.min(CUT_LINE, lower - 2)), lower}
                : new int[] {CUT_LINE, Integer.MAX_VALUE / 2};
    }

    /** Share bounds of indented lines in a text whose paragraphs open with an indent and wrap flush left. */
    private static final double MIN_INDENTED = 0.1;
    private static final double MAX_INDENTED = 0.6;
    private static final int MIN_INDENT_LINES = 20;

    /**
     * The width, in characters, of a full line in a hard-wrapped text whose paragraphs open with an indent (two
     * full-width or four half-width blanks) and go on flush left; 0 when the text is not laid out so. A Han character
     * counts one, as does a full-width blank; two half-width blanks count one.
     */
    private static int indentedParagraphsWidth(String text, List<int[]> lines) {
        int indented = 0;
        int counted = 0;
        Map<Integer, Integer> widths = new HashMap<>();
        for (int[] line : lines) {
            int length = line[1] - line[0];
            if (length < 10 || text.substring(line[0], line[1]).indexOf('\t') >= 0) {
                continue;
            }
            counted++;
            int blanks = indent(text, line[0]);
            if (blanks >= 2) {
                indented++;
            } else if (blanks == 0 && SENTENCE_ENDS.indexOf(text.charAt(line[1] - 1)) < 0) {
                widths.merge(length, 1, Integer::sum);
            }
        }
        if (counted < MIN_INDENT_LINES || indented < MIN_INDENTED * counted || indented > MAX_INDENTED * counted) {
            return 0;
        }
        // the most common width of an unindented line cut mid-sentence, when most such lines have it
        Map.Entry<Integer, Integer> common = widths.entrySet().stream().max(Map.Entry.comparingByValue()).orElse(null);
        int cut = widths.values().stream().mapToInt(Integer::intValue).sum();
        return common != null && common.getValue() * 2 >= cut ? common.getKey() : 0;
    }

    private static final String CONTINUING_MARKS = "；;，,、。）)：》」』”";
    /** How near its line's end an unclosed bracket holds the next line in the paragraph. */
    private static final int OPEN_BRACKET_REACH = 60;
    private static final int MAX_TITLE_LINE = 30;
    /** A heading line over field lines: an item's number and its title, no clause. */
    private static final int MAX_HEADING_LINE = 60;
    /** The end of a title: the genre's word. */
    private static final Pattern TITLE_END = Pattern.compile(
            "(?:意见|通知|方案|计划|措施|举措|要点|办法|规定|细则|规划|纪要|通报|报告|决定|函|答复|复函|制度|协议|协议书)$");

    /** Whether {@code line} ends inside a full-width bracket opened within its last characters. */
    private static boolean openBracket(String line) {
        int depth = 0;
        for (int i = line.length() - 1; i >= Math.max(0, line.length() - OPEN_BRACKET_REACH); i--) {
            char c = line.charAt(i);
            if (c == '）') {
                depth++;
            } else if (c == '（') {
                if (depth == 0) {
                    return true;
                }
                depth--;
            }
        }
        return false;
    }

    /** A unit field's label (协同处室, 牵头单位), cut anywhere by a wrap. */
    private static final Pattern CUT_LABEL = Pattern.compile(
            "^(?:责任|牵头|配合|主办|协办|参与|协同|实施|承办|落实|主责)(?:单位|部门|处室|科室|主体)$");
    private static final int MAX_LABEL = 4;

    /** Whether {@code previous} ends with the first characters of a unit label that {@code next} finishes before its colon. */
    private static boolean labelCut(String previous, String next) {
        int from = previous.length();
        while (from > 0 && previous.length() - from < MAX_LABEL && isHan(previous.charAt(from - 1))) {
            from--;
        }
        if (from == previous.length() || from > 0 && " \u3000；;。）".indexOf(previous.charAt(from - 1)) < 0) {
            return false;
        }
        int colon = 0;
        while (colon < next.length() && colon < MAX_LABEL && isHan(next.charAt(colon))) {
            colon++;
        }
        return colon > 0 && colon < next.length() && "：:".indexOf(next.charAt(colon)) >= 0
                && CUT_LABEL.matcher(previous.substring(from) + next.substring(0, colon)).matches();
    }

    /** A base year's figure glossing the goal before it: （2025年为1.92%）, （2025年：86家）. */
    private static final Pattern BASE_YEAR = Pattern.compile("[（(]\\d{4}年(?:底)?(?:为|：|:)[\\d.]+");
    /** A role word and 单位/部门 after 为, not followed by a colon: the rest of 由A为牵头单位, no field's label. */
    private static final Pattern STATED_ROLE = Pattern.compile("(?:牵头|配合|责任|协办|参与)(?:单位|部门)(?![：:])");

    /** A sentence's end followed by a citation's number in square brackets, closing a line. */
    private static final Pattern CITED_END = Pattern.compile("[。！？；]\\s*\\[\\d{1,3}\\]$");

    private static boolean continues(String previous, String next, int cutAt, int fullLine) {
        if (previous.indexOf('\t') >= 0 || next.indexOf('\t') >= 0) {
            return false;
        }
        char end = previous.charAt(previous.length() - 1);
        // a sentence closed by a reference mark (…给予支持。 [2]: an encyclopedia page's citation) is done
        if (end == ']' && CITED_END.matcher(previous).find()) {
            return false;
        }
        // a hard wrap inside a bracketed number (（联系人：某某，0731- / 88265103）) or inside a field's label
        // (…）　协 / 同处室：A): what looks like an item's number or a new line is the rest of it
        if ((Character.isDigit(end) || end == '-') && Character.isDigit(next.charAt(0)) && openBracket(previous)
                || labelCut(previous, next)) {
            return true;
        }
        // a role stated after its list, cut before its label (（市科技局为 / 牵头单位，…）): no field opens the next line
        if (end == '为' && openBracket(previous) && STATED_ROLE.matcher(next).lookingAt()) {
            return true;
        }
        // a base year's figure in brackets after a goal's (达到2.6% / （2025年为1.92%）): the sentence goes on
        if (SENTENCE_ENDS.indexOf(end) < 0 && BASE_YEAR.matcher(next).lookingAt()) {
            return true;
        }
        if (BLOCK_START.matcher(next).find()) {
            return false;
        }
        // a line cannot open with a mark that closes or parts a clause (；协同部门：… / 、各园区… / ）): it goes on the last
        if (CONTINUING_MARKS.indexOf(next.charAt(0)) >= 0) {
            return true;
        }
        char last = previous.charAt(previous.length() - 1);
        // a heading over a field line (…的建议 / 领衔代表：…), or one field line over another shorter than the text's
        // wrap (领衔代表：某某 / 建议摘要：…): the field is a line of its own (a line wrapped at the text's width holds a
        // clause mark long before its end, as no heading does)
        if (FIELD.matcher(next).find() && WRAP_HINTS.indexOf(last) < 0
                && (FIELD.matcher(previous).find() && previous.length() < fullLine - WRAP_SLACK
                || previous.length() <= MAX_HEADING_LINE && previous.indexOf('，') < 0 && previous.indexOf('。') < 0
                && previous.indexOf('：') < 0)) {
            return false;
        }
        // a card's fields, each on its line (成员单位：A、B / 年度目标：…): a field ending on a whole name is done
        if (NAME_ENDS.indexOf(last) >= 0 && FIELD.matcher(previous).find() && FIELD.matcher(next).find()) {
            return false;
        }
        // a bracket opened near the line's end and not closed (（牵头部门：A；/ 协同部门：B）): the note goes on
        if (last != '。' && openBracket(previous)) {
            return true;
        }
        // a title set on two lines (…关于加快建设环高校 / 知识经济圈的若干举措)
        if (previous.length() <= MAX_TITLE_LINE && next.length() <= MAX_TITLE_LINE && previous.contains("关于")
                && SENTENCE_ENDS.indexOf(last) < 0 && TITLE_END.matcher(next).find()
                && !TITLE_LINE.matcher(previous).find()) {
            return true;
        }
        if (SENTENCE_ENDS.indexOf(last) >= 0) {
            return false;
        }
        if (WRAP_HINTS.indexOf(last) >= 0) {
            return true;
        }
        // a line as wide as the text's wrap (2.对…按首次认定标准给予奖 / 励。) was cut there, whatever it opens with
        // (not one that ends on a whole organ's name: a note line may fill the width and end there)
        if (previous.length() >= fullLine - WRAP_SLACK && (NAME_ENDS.indexOf(last) < 0 || sentenceCutAtNamesEnd(previous, next))) {
            return true;
        }
        // a note line that stops inside a unit name (…、桂湖街 / 道办事处) goes on with the short rest of its list,
        // unlike one that ends on a whole name (or on ——) or is followed by a sentence of the text or another field
        if (NAME_ENDS.indexOf(last) < 0 && EMPTY_FIELD.indexOf(last) < 0 && next.length() <= MAX_NOTE_TAIL && next.indexOf('，') < 0
                && next.indexOf(',') < 0 && NOTE_LINE.matcher(previous).find() && !FIELD.matcher(next).find()) {
            return true;
        }
        // a note line ending on a whole organ's name is done when a sentence of the text follows it
        // (…、某县支行 / 上述任务之外的其他工作，由…), not the short rest of a name (…经济开发区 / 管委会)
        if (NAME_ENDS.indexOf(last) >= 0 && NOTE_LINE.matcher(previous).find()
                && (next.length() > MAX_NOTE_TAIL || next.indexOf('，') >= 0)) {
            return false;
        }
        if (previous.indexOf("关于") >= 0 && TITLE_LINE.matcher(previous).find()) {
            return false;
        }
        // a line of nothing but organs' names is a cell of a table that lost its grid (task / 市科技局 / 2025年),
        // not the rest of a cut sentence, which would go on after the name
        if (ORGANS_LINE.matcher(next).matches()) {
            return false;
        }
        // A line that already holds a full sentence (1、标题。正文…) and stops mid-sentence was cut by a page break.
        if (previous.indexOf('。') >= 0) {
            return true;
        }
        // Short lines without a sentence end are titles, headings and signatures; long ones were cut.
        return previous.length() >= cutAt && !BLOCK_START.matcher(previous).find()
                || previous.length() >= 60;
    }

    /**
     * Appends one line; in a row of a space-laid table each run of spaces becomes one tab. In any table row
     * a space inside a cell survives as one space, since it separates list items there (编办 政务办 建设局).
     */
    private static void appendNormalised(String text, int start, int end, boolean spacedRow, boolean pipeRow,
                                         boolean tabsInText, boolean barNote, boolean labelledCell,
                                         boolean letterSpaced, boolean pointParagraph, StringBuilder out, IntList origin) {
        boolean tableRow = !tabsInText && (spacedRow || pipeRow || text.substring(start, end).indexOf('\t') >= 0);
        // Bracket depth inside a unit list (责任单位：A B), where a space separates two units; -1 outside one.
        int unitList = -1;
        // the cells of a labelled row passed so far: a tab after a label gives its colon, one after a value a blank
        int cell = 0;
        // a line opened by 一是 holds its points as items: a point glued to the note closing the one before is the next
        boolean pointLine = pointParagraph || opensWithPoint(text, start, end);
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c == '\uFEFF' || c == '\r') {
                continue;
            }
            int remnant = WebExport.remnantLength(text, i, end);
            if (remnant > 0) {
                i += remnant - 1;
                continue;
            }
            if (c == '｜' && !pipeRow) {
                // a note's fields parted by bars (牵头单位：A｜配合单位：B｜完成时限：…): a bar before a label ends a field, one
                // inside a field's list parts its units (责任单位：A｜B｜C); elsewhere a bar is text
                boolean beforeLabel = FIELD.matcher(text.substring(i + 1, Math.min(end, i + 14))).find();
                if (beforeLabel || barNote) {
                    out.append(beforeLabel ? '；' : '、');
                    origin.add(i);
                    continue;
                }
            }
            if (tabsInText && c == '\t' && labelledCell && text.substring(i, end).isBlank()) {
                break; // the empty cells a field's value spans (colspan) are no field
            }
            if (tabsInText && c == '\t') {
                // a note's fields set apart by tabs (Word's tab stops) are one note, not a table row; a small table's
                // label cell and its units (牵头部门 ⇥ 科技创新局) are a labelled note line; a list number's tab (1.⇥) is
                // the space Word sets after it
                cell++;
                out.append(labelledCell && out.length() > 0 && out.charAt(out.length() - 1) != '\u3000'
                        && out.charAt(out.length() - 1) != '：' && cell % 2 == 1 ? '：' : '\u3000');
                origin.add(i);
                // the value cell is a list of units, parted by spaces (规划建设局 财政金融局)
                unitList = out.charAt(out.length() - 1) == '：' ? 0 : unitList;
                continue;
            }
            if (pipeRow && (c == '|' || BoxTables.isBar(c))) {
                out.append('\t');
                origin.add(i);
                continue;
            }
            if (letterSpaced && (isSpace(c) || c == '\t')) {
                continue; // 责  任  单  位  ：  区  科  技  局: the blanks spread the letters, they part nothing
            }
            if (spacedRow && isSpace(c) && i + 1 < end && isSpace(text.charAt(i + 1))) {
                // The run becomes one tab, so spaced tables reach the parser like tab-separated ones.
                out.append('\t');
                origin.add(i);
                while (i + 1 < end && isSpace(text.charAt(i + 1))) {
                    i++;
                }
                continue;
            }
            if (isSpace(c) && !tableRow && labelBefore(text, i, end, out)) {
                out.append('：'); // 牵头单位 市科技局: a label parted from its units by a space instead of a colon
                origin.add(i);
                while (i + 1 < end && isSpace(text.charAt(i + 1))) {
                    i++;
                }
                unitList = 0; // the units after it are parted by spaces too (市科技局 市教育局)
                continue;
            }
            if (isSpace(c) && unitList >= 0 && SPACED_LABEL.matcher(text).region(i, end).lookingAt()) {
                out.append('；'); // 牵头单位 A 配合单位 B: the next label ends the list
                origin.add(i);
                while (i + 1 < end && isSpace(text.charAt(i + 1))) {
                    i++;
                }
                continue;
            }
            if (isSpace(c)) {
                boolean keep = tableRow || unitList >= 0 ? keepCellSpace(text, i, end, out)
                        && (tableRow || isHan(out.charAt(out.length() - 1)) && isHan(nextNonSpace(text, i, end)))
                        : keepSpace(text, i, start, end, out) || partsBracketedUnits(text, i, end, out);
                if (keep) {
                    out.append(' ');
                    origin.add(i);
                }
                continue;
            }
            // the cheapest tests first: most characters are no bracket, digit or numeral, and follow no closed bracket or full stop
            if (!tableRow && (c == '（' || c == '(' || Character.isDigit(c)
                    || pointLine && "一二三四五六七八九十".indexOf(c) >= 0) && afterNoteCloser(out) && gluedAfterNote(text, i, end, out)) {
                out.append('\n');
                origin.add(i);
            }
            char normal = normalise(c, text, i, start, end);
            out.append(normal);
            origin.add(i);
            unitList = unitListDepth(unitList, normal, out);
        }
    }

    /**
     * Whether the line opens with an enumerated point (一是…), its blanks aside: points set under a heading on its line
     * ((一)加强…。一是…（A）二是…（B）) are that item's text, not items of their own.
     */
    private static boolean opensWithPoint(String text, int start, int end) {
        int i = start;
        while (i < end && (isSpace(text.charAt(i)) || text.charAt(i) == '\uFEFF')) {
            i++;
        }
        return i + 1 < end && text.charAt(i) == '一' && text.charAt(i + 1) == '是';
    }

    /** Whether {@code out} ends with a closing bracket or a full stop, which a note may end with. */
    private static boolean afterNoteCloser(StringBuilder out) {
        int last = out.length() - 1;
        if (last < 0) {
            return false;
        }
        char c = out.charAt(last); // read once: this is asked after every character of the text
        return c == '）' || c == '。' || c == '】';
    }

    /**
     * Whether a task number starts at {@code i} right after a responsibility note closed on the same line
     * (…（县科技局牵头，县财政局配合）（四）开展… / …责任单位：市科技局。10.营造…): the next task, which gets a line of
     * its own.
     */
    private static boolean gluedAfterNote(String text, int i, int end, StringBuilder out) {
        int last = out.length() - 1;
        if (last < 0 || out.charAt(last) != '）' && out.charAt(last) != '。' && out.charAt(last) != '】'
                || !GLUED_NUMBER.matcher(text).region(i, end).lookingAt()) {
            return false;
        }
        if (out.charAt(last) == '。' && "一二三四五六七八九十".indexOf(text.charAt(i)) >= 0) {
            return false; // 一是…。二是…: points of one paragraph, unless a bracketed note closes each
        }
        if (out.charAt(last) == '】') {
            // 【A、B、C】 closing a point: labelled, or a list of organs' names alone (the notice says what it means)
            int open = last - 1;
            while (open >= 0 && last - open < 200 && out.charAt(open) != '【' && out.charAt(open) != '\n') {
                open--;
            }
            return open >= 0 && out.charAt(open) == '【' && (NOTE_WORDS.matcher(out).region(open + 1, last).find()
                    || NAMES_ONLY.matcher(out).region(open + 1, last).matches());
        }
        int from = last - 1;
        int depth = 0;
        for (; from >= 0 && last - from < 200; from--) {
            char c = out.charAt(from);
            if (c == '\n' || out.charAt(last) == '。' && c == '。') {
                break;
            }
            if (c == '）') {
                depth++;
            } else if (c == '（' && depth-- == 0 && out.charAt(last) == '）') {
                break;
            }
        }
        return NOTE_WORDS.matcher(out).region(Math.max(0, from), last).find();
    }

    /** The unit-list bracket depth after {@code appended}: a list opens after 单位： and ends at its bracket or 。. */
    private static int unitListDepth(int depth, char appended, StringBuilder out) {
        if (appended == '：' && out.length() >= 3 && out.substring(out.length() - 3).equals("单位：")) {
            return 0;
        }
        if (depth < 0) {
            return depth;
        }
        return switch (appended) {
            case '（' -> depth + 1;
            case '）' -> depth - 1;
            case '。' -> -1;
            default -> depth;
        };
    }

    private static char nextNonSpace(String text, int i, int end) {
        int j = i + 1;
        while (j < end && isSpace(text.charAt(j))) {
            j++;
        }
        return j < end ? text.charAt(j) : ' ';
    }

    private static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    /** The first space of a run inside a table cell, between two non-blank characters of that cell. */
    /** How far back a 〔 may open the list of units a space parts. */
    private static final int BRACKET_REACH = 80;

    /** A note's unit label at the end of what is written (牵头单位, 配合部门, 责任单位 …). */
    private static final Pattern LABEL_AT_END = Pattern.compile(
            "(?:^|[（(【〔；;，。\\s\u3000])(?:责任|牵头|配合|主办|协办|参与|协同|承办)(?:单位|部门)$");

    /** Whether a space at {@code i} follows a unit label and comes before a name: it stands for the label's colon. */
    private static boolean labelBefore(String text, int i, int end, StringBuilder out) {
        int n = out.length();
        if (n < 4 || out.charAt(n - 1) != '位' && out.charAt(n - 1) != '门' || !isHan(nextNonSpace(text, i, end))) {
            return false;
        }
        return LABEL_AT_END.matcher(out.subSequence(Math.max(0, n - 6), n)).find();
    }

    /**
     * A space parting units in a bracket after the work (〔县科技局★ 县税务局 各乡镇人民政府〕, （市科技局 市财政局）): after a
     * whole organ's name or its ★, before the next name, inside a 〔 or （ opened on the line and not closed.
     */
    private static boolean partsBracketedUnits(String text, int i, int end, StringBuilder out) {
        if (out.length() == 0) {
            return false;
        }
        char last = out.charAt(out.length() - 1);
        if (last != '★' && last != '☆' && NAME_ENDS.indexOf(last) < 0 || !isHan(nextNonSpace(text, i, end))) {
            return false;
        }
        int closed = 0; // brackets closed inside the list (县委组织部（县委人才办）★) are part of a name
        for (int k = out.length() - 1; k >= Math.max(0, out.length() - BRACKET_REACH); k--) {
            char c = out.charAt(k);
            if (c == '〔' || c == '（' && closed == 0) {
                return true;
            }
            if (c == '）') {
                closed++;
            } else if (c == '（') {
                closed--;
            } else if (c == '〕' || c == '\n') {
                return false;
            }
        }
        return false;
    }

    private static boolean keepCellSpace(String text, int i, int end, StringBuilder out) {
        if (out.length() == 0 || out.charAt(out.length() - 1) == '\t' || out.charAt(out.length() - 1) == ' ') {
            return false;
        }
        int j = i + 1;
        while (j < end && isSpace(text.charAt(j))) {
            j++;
        }
        return j < end && text.charAt(j) != '\t' && text.charAt(j) != '|' && !BoxTables.isBar(text.charAt(j));
    }

    /**
     * A space survives only between two ASCII letters or digits (stray English words, numbers), but not inside a figure
     * whose digits a scan or a copied PDF spaced apart one by one between Chinese words (达到 6 0 个, 2 0 2 7 年).
     */
    private static boolean keepSpace(String text, int i, int start, int end, StringBuilder out) {
        if (out.length() == 0 || !isAsciiWord(out.charAt(out.length() - 1))) {
            return false;
        }
        if (spacedDigits(text, i, start, end)) {
            return false;
        }
        int j = i + 1;
        while (j < end && (text.charAt(j) == ' ' || text.charAt(j) == '\u3000' || text.charAt(j) == '\u00A0')) {
            j++;
        }
        return j < end && isAsciiWord(normalise(text.charAt(j), text, j, start, end)) && text.charAt(i - 1) != ' ';
    }

    /**
     * Whether the single space at {@code i} lies inside a run of lone digits parted by single spaces (6 0, 2 0 2 7) that
     * stands between Chinese characters (a blank allowed on either side): one figure spelt out digit by digit.
     */
    private static boolean spacedDigits(String text, int i, int start, int end) {
        if (text.charAt(i) != ' ' || i - 1 < start || i + 1 >= end || !isDigitAt(text, i - 1) || !isDigitAt(text, i + 1)) {
            return false;
        }
        int a = i - 1;
        while (a - 2 >= start && text.charAt(a - 1) == ' ' && isDigitAt(text, a - 2)) {
            a -= 2;
        }
        int b = i + 1;
        while (b + 2 < end && text.charAt(b + 1) == ' ' && isDigitAt(text, b + 2)) {
            b += 2;
        }
        return hanAround(text, a - 1, start, -1) && hanAround(text, b + 1, end, 1);
    }

    private static boolean isDigitAt(String text, int i) {
        char c = text.charAt(i);
        return c >= '0' && c <= '9' || c >= '\uFF10' && c <= '\uFF19';
    }

    /** Whether a Chinese character stands at {@code i}, or right past one blank there, walking by {@code step}. */
    private static boolean hanAround(String text, int i, int limit, int step) {
        if (step < 0 ? i < limit : i >= limit) {
            return false;
        }
        if (text.charAt(i) == ' ' || text.charAt(i) == '\u3000') {
            i += step;
            if (step < 0 ? i < limit : i >= limit) {
                return false;
            }
        }
        return isHan(text.charAt(i));
    }

    private static char normalise(char c, String text, int i, int start, int end) {
        if (c >= '\uFF10' && c <= '\uFF19' || c >= '\uFF21' && c <= '\uFF3A' || c >= '\uFF41' && c <= '\uFF5A') {
            return (char) (c - 0xFEE0);
        }
        switch (c) {
            // a scan's letter O for a zero in an item's number at the line's start (1O、 for 10、)
            case 'O', 'o': return i > start && i - start <= 2 && Character.isDigit(text.charAt(i - 1)) && i + 1 < end
                    && "、.．".indexOf(text.charAt(i + 1)) >= 0 ? '0' : c;
            case '(': return '（';
            case ')': return '）';
            // a note a web page or PDF sets in ASCII square brackets ([牵头单位:A;责任单位:B]) as others do in 〔〕
            case '[': return i + 1 < end && text.charAt(i + 1) >= 128 ? '〔' : c;
            case ']': return i > start && text.charAt(i - 1) >= 128 ? '〕' : c;
            // and in full-width square brackets (［牵头：A；参与：B］, as an OFD reader's copy keeps them): the same 〔〕
            case '\uFF3B': return '〔';
            case '\uFF3D': return '〕';
            case ';': return '；';
            case ':': return i + 1 < end && Character.isDigit(text.charAt(i + 1)) && i > start
                    && Character.isDigit(text.charAt(i - 1)) ? ':' : '：';
            case ',': return i + 1 < end && Character.isDigit(text.charAt(i + 1)) && i > start
                    && Character.isDigit(text.charAt(i - 1)) ? ',' : '，';
            case '％': return '%';
            case '．': return '.';
            case '～': return '~';
            case '＋': return '+';
            case '－': return '-';
            case '≧': return '≥';
            default: return c;
        }
    }

    private static boolean isAsciiWord(char c) {
        return c < 128 && (Character.isLetterOrDigit(c) || c == '.' || c == '%');
    }

    /** Fewest letters a distributed line spreads: two could be a row of two one-letter cells. */
    private static final int MIN_SPREAD_LETTERS = 3;
    /** How much the blanks between a distributed line's letters may differ: justification spreads them evenly. */
    private static final int SPREAD_SLACK = 2;

    /**
     * Whether {@code line} is set in distributed alignment (分散对齐), as a PDF or a scan gives back a short line Word
     * spread over the full width: at least three single letters (Han, or the marks a note holds: ：、，), every one
     * parted from the next by blanks of nearly the same width. A letter-spaced table header (序 号    重 点 任 务)
     * parts its cells by wider gaps than its letters and is none.
     */
    static boolean letterSpaced(String line) {
        int letters = 0;
        int minGap = Integer.MAX_VALUE;
        int maxGap = 0;
        int gap = -1; // blanks since the last letter; -1 before the first
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (isSpace(c) || c == '\t') {
                gap = gap < 0 ? -1 : gap + (c == '\t' ? 4 : 1);
                continue;
            }
            if (!isHan(c) && "：、，（）".indexOf(c) < 0 || gap == 0) {
                return false; // a word of two letters, a digit, a Latin letter: ordinary text
            }
            if (gap > 0) {
                minGap = Math.min(minGap, gap);
                maxGap = Math.max(maxGap, gap);
            }
            letters++;
            gap = 0;
        }
        return letters >= MIN_SPREAD_LETTERS && maxGap - minGap <= SPREAD_SLACK;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\u3000' || c == '\u00A0';
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t' || c == '\u3000' || c == '\u00A0' || c == '\uFEFF';
    }

    /** A growable int array, to avoid boxing one Integer per character. */
    private static final class IntList {
        private int[] values;
        private int size;

        IntList(int capacity) {
            values = new int[Math.max(16, capacity)];
        }

        void add(int value) {
            if (size == values.length) {
                values = java.util.Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        int[] toArray() {
            return java.util.Arrays.copyOf(values, size);
        }
    }
}
