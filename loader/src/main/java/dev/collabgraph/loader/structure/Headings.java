package dev.collabgraph.loader.structure;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The heading and numbering markers of the genre, and where the body of a document ends. */
final class Headings {
    /**
     * 一、 / 一. and 第一章 / 第一部分, a web plan's 板块一, and the questions of a 政策解读 told as questions and answers
     * (一问：… / 问题一：…), whose answers hold the work.
     */
    static final Pattern LEVEL_ONE = Pattern.compile("^(?:([一二三四五六七八九十]+)(?:[、.]|问[：:])"
            + "|(?:第(?=[一二三四五六七八九十]+(?:章|部分))|板块|问题?(?=[一二三四五六七八九十]{1,3}[：:、]))"
            + "([一二三四五六七八九十]+)(?:章|部分|(?<=问题?[一二三四五六七八九十]{1,3})[：:、])?)");
    /**
     * A part of a Word outline whose numbers carry no mark (1强化平台共建 over 1.1 1.2, 2深化技术攻关 over 2.1): a short line
     * of a bare number and a heading phrase, which only the decimal item under it ({@link #outlinePartAt}) makes a part.
     */
    private static final Pattern OUTLINE_PART = Pattern.compile("^(\\d{1,2})(?=\\p{IsHan})[^。；：，\\d]{2,24}$");
    /** The characters a {@link #LEVEL_ONE} heading starts with. */
    private static final String LEVEL_ONE_FIRST = "一二三四五六七八九十第板问";
    /**
     * （一）, and a plan's 第一节 under its 第一章 (numbered afresh in every chapter, as （一） is in every part). Cleaner
     * turns half-width brackets full-width. Also 〔一〕, as some offices bracket the level, and 一） whose opening bracket
     * a copy or a scan lost (the heading follows at once).
     */
    static final Pattern LEVEL_TWO = Pattern.compile(
            "^(?:（(?=[一二三四五六七八九十]+）)|〔(?=[一二三四五六七八九十]+〕)|第(?=[一二三四五六七八九十]+节)"
            + "|(?=[一二三四五六七八九十]{1,3}）(?=\\p{IsHan}|“)))([一二三四五六七八九十]+)[）节〕]");
    /**
     * 1、 1. 1． (Cleaner makes ． a dot) and 1) (Cleaner makes it 1）) but not 1.5 or a year; 6， is OCR's misreading of
     * 6． and counts only where it goes on from the item before ({@link TaskNumbering}).
     */
    static final Pattern ARABIC_TASK = Pattern.compile("^(\\d{1,3})(?:[、.](?!\\d)|）|，(?=\\p{IsHan}))");
    static final Pattern PAREN_TASK = Pattern.compile("^（(\\d{1,3})）");
    /** 第一条; not a note naming articles (第6条由…, 第11条、第12条：…, 第1—3条的责任单位). */
    static final Pattern ARTICLE_TASK = Pattern.compile("^第([一二三四五六七八九十百零〇\\d]+)条(?![由、和及至到—－~～的])");

    /** An article a paragraph opens with: its number, its printed label (第三条) and where the label ends. */
    record Article(int number, String printed, int end) {
    }

    /** The article (第N条) {@code text} opens with, if it opens with one. */
    static java.util.Optional<Article> article(String text) {
        if (!text.startsWith("第")) {
            return java.util.Optional.empty();
        }
        Matcher m = ARTICLE_TASK.matcher(text);
        return m.lookingAt() ? java.util.Optional.of(new Article(Numerals.value(m.group(1)), m.group(), m.end()))
                : java.util.Optional.empty();
    }
    /**
     * 2.1 2.2 under 二、 (decimal outline numbering); the group is the item's number, the part's comes first and must be
     * the part's own (checked where sections are known), so an amount (1.5万元) at a line's start is no item. A work
     * list's code 2-1 numbers the same way (a span of months, 1-3月, does not).
     */
    static final Pattern DECIMAL_TASK = Pattern.compile(
            "^(\\d{1,2})(?:\\.|[-－‐](?=\\d{1,2}(?![\\d年月日号个家项%％])))(\\d{1,2})(?![\\d.%％])(?=[\\s\u3000\\p{IsHan}“])");
    /**
     * 2.1.1 under 2.1 under 2 (a three-level decimal outline, as a zone's or a company's plan numbers it): the item's
     * number comes last; its part's and its group's come first and must be theirs.
     */
    static final Pattern DECIMAL_ITEM = Pattern.compile("^(\\d{1,2})\\.(\\d{1,2})\\.(\\d{1,2})(?![\\d.%％])(?=[\\s\u3000\\p{IsHan}“])");
    /** A group heading of a three-level decimal outline: 2.1 and a short phrase, no sentence. */
    private static final Pattern DECIMAL_GROUP = Pattern.compile("^(\\d{1,2})\\.(\\d{1,2})(?![\\d.%％])[\\s\u3000]*[^。；：，\\n]{2,30}$");
    /**
     * 任务一　建设… / 任务2-1　… / 【任务3】建设… / 举措一：…: items whose label says they are the plan's tasks (coded by group and item
     * in the second; a bulletin lists them grouped by progress, out of their order), the title after a space or colon (the cleaner
     * drops a space between Chinese words, so the title may follow at once; not 任务一是…, 任务十项); also counted as 第一项任务：…,
     * 第一项　… (the bare count before the title, as Word numbers a list; the cleaner may have dropped the space) and 重点任务1：…; a bracket of units between the label and its colon (重点任务2（A牵头，B配合）：title) belongs to the
     * marker, so the title is what follows it. A congress's inquiry session sets its questions so (【询问一】…, 【议题二】…), and a plan for handling a
     * consultation's proposals its suggestions (建议一：…, the colon required).
     * A numbered label may stand alone on its line (任务01), its title on the
     * next; a post set on a phone parts label and title with a bar (行动1｜…).
     */
    static final Pattern NAMED_TASK = Pattern.compile("^【?(?:第(?=[一二三四五六七八九十\\d]{1,3}[项件](?:(?:重点)?(?:任务|工作|举措|措施|实事|事项)|[\\s\u3000]|[\\p{IsHan}&&[^是的为、]]))"
            + "|(?:重点|专项)?(?:任务|举措|措施|行动|项目)(?:(\\d{1,2})[-－—])?|(?<=【)(?:询问|议题)"
            // the matters a supervision notice lists (督办事项一：…, 重点事项二：…); only with a colon
            + "|(?:督办|重点|督查)事项(?=(?:[一二三四五六七八九十]{1,3}|\\d{1,2})[：:])"
            // the suggestions of a proposal's handling plan (建议一：…), each with its 主办/会办 note; only with a colon
            + "|建议(?=(?:[一二三四五六七八九十]{1,3}|\\d{1,2})[：:]))([一二三四五六七八九十]{1,3}|\\d{1,2})"
            + "(?:(?<=第[一二三四五六七八九十\\d]{1,3})[项件](?:(?:重点)?(?:任务|工作|举措|措施|实事|事项))?)?"
            + "(?:】|[：:](?![\\s\u3000]*$)|[｜|丨](?![\\s\u3000]*$)|（[^（）\\n]{2,60}）[：:]|(?=[\\s\u3000、]|[\\p{IsHan}&&[^是的项个]])"
            // the label alone on its line (任务01 over the title's line, as a card or a timeline sets it)
            + "|(?<=\\d)$)");
    /**
     * 一是…二是… (or a speech's 一要…二要…, or the ordinals 第一，…第二，…) opening paragraphs of their own (inside a
     * paragraph they are part of its text).
     */
    static final Pattern ENUMERATED_TASK = Pattern.compile(
            "^(?:第(?=[一二三四五六七八九十]{1,3}，))?([一二三四五六七八九十]+)(?:(?<=第[一二三四五六七八九十]{1,3})，|(?<!第[一二三四五六七八九十]{0,3})[是要])(?=[\\p{IsHan}“])");
    /**
     * Items marked rather than numbered, each headed by its title in 【】 (◆【建设研究院】推动…), as a plan copied from a
     * mobile page or a WeChat article sets them; the lighter marks (●, ·) are their sub-items. No number: the items are
     * counted in order.
     */
    static final Pattern BULLET_TASK = Pattern.compile("^[◆◇■□▶►](?=[\\s\u3000]*【[^】\\n]{2,30}】)[\\s\u3000]*");
    /**
     * Items of a bulleted list, each opened by a heading sentence (●建设研究院。推动…), as Word writes a list whose items
     * carry no number; counted in order. Tried after {@link #BULLET_TASK}, whose lighter-marked sub-items these marks
     * also open.
     */
    static final Pattern MARKED_TASK = Pattern.compile("^[●•◆■▪][\\s\u3000]*(?=[^。；：\\n]{2,40}。)");
    /**
     * Records of a system's export, each opened by its marker line (【记录 1/10】, 【事项3】) over labelled fields, one of
     * which names it (事项名称：…, see {@link OutlineReader}); counted by their own numbers.
     */
    static final Pattern RECORD_TASK = Pattern.compile("^【(?:记录|事项|条目)\\s*(\\d{1,3})(?:\\s*[/／]\\s*\\d{1,4})?】[\\s\u3000]*");
    /**
     * Items under a register's numbers (第0017号　关于…的建议, as a congress office hands out deputies' suggestions or a
     * bureau its proposals), which skip as the register does: counted in order. A tag before the number (【重点督办】) and
     * a second number merged with the first (第0041号、第0058号（并案办理）) belong to the marker.
     */
    static final Pattern REGISTER_TASK = Pattern.compile("^(?:【[^】\\n]{1,8}】)?第(\\d{3,5})号(?:[、，]第\\d{3,5}号)*"
            + "(?:（[^（）\\n]{1,8}）)?[\\s\u3000]*(?=关于|\\p{IsHan}{2})");
    /**
     * Items coded by their group's letter and their number in it (A1 … A3, B1 … B4), as a list of tasks by category
     * codes them; counted in order, labelled by their code.
     */
    static final Pattern CODED_TASK = Pattern.compile("^([A-H])(\\d{1,2})(?:[.．、](?!\\d))?(?=[\\s\u3000]|\\p{IsHan})[\\s\u3000]*");
    /**
     * Items numbered with circled numbers (① … ⑳, and the dingbats ❶ … ❿, ➀ … ➉, ➊ … ➓, ⓵ … ⓾) at a paragraph's start, as a company's or an office's plan numbers
     * them; a bracket of units set right after the number, before the heading (①【科技创新部】修订…, ②【牵头：A；协同：B】…),
     * is their note and belongs to the marker, so the heading after it is the title.
     */
    static final Pattern CIRCLED_TASK = Pattern.compile("^([" + Numerals.CIRCLED_RANGE + "])[\\s\u3000]*"
            + "(?:【(?:[^】\n]{0,40}(?:牵头|协同|配合|责任|主办|协办|参与)[^】\n]{0,60}|[^】\n]{1,60}[部局司委办处室厅心组])】)?"
            + "[\\s\u3000]*(?=\\p{IsHan}|“)");
    /**
     * Items numbered with two digits glued to their heading (01建设实验室, 02…), as a portal's task list or a card
     * layout prints them; the first is 01.
     */
    static final Pattern PADDED_TASK = Pattern.compile("^(\\d{2})(?![\\d年月日号])[\\s\u3000]*(?=\\p{IsHan})");
    /**
     * Items numbered with a digit in lenticular brackets (【1】推进…, 【2】…), as an office's 工作要点 numbers its points
     * through the parts; a tag in the brackets (【重点督办】, 【记录 1】, 【任务3】) is no such number.
     */
    static final Pattern LENTICULAR_TASK = Pattern.compile("^【(\\d{1,3})】[\\s\u3000]*(?=\\p{IsHan}|“)");
    /**
     * Items lettered A. B. C. (A．, A、) under the areas of a part, as a plan letters its measures when its areas are
     * numbered （一）（二）: the letters restart under each area and count as 1, 2, 3; a heading follows at once.
     */
    static final Pattern LETTER_TASK = Pattern.compile("^([A-H])[.、](?=\\p{IsHan}|“)");
    /** Task numbering families in the order they are tried; the first one the body uses wins. */
    static final List<Pattern> TASK_FAMILIES = List.of(ARABIC_TASK, ARTICLE_TASK, PAREN_TASK, ENUMERATED_TASK, DECIMAL_ITEM,
            DECIMAL_TASK,
            NAMED_TASK, BULLET_TASK, MARKED_TASK, CODED_TASK, CIRCLED_TASK, RECORD_TASK, REGISTER_TASK, PADDED_TASK,
            LENTICULAR_TASK, LETTER_TASK);
    /**
     * Lines that end the body: annexes (not a record's count of its attachments, 附件：1个), distribution and printing
     * notes, a meeting's attendance (出席：/参加：), and the links under a document copied from a web page (分享到,
     * 上一篇/下一篇, 相关链接：, 【打印】, a footer's 网站标识码 or ICP备 number), whose 主办：/承办： lines would read as a note.
     */
    static final Pattern BODY_END = Pattern.compile(
            "^(?:附件|附表)(?![：:]\\s*\\d{1,3}\\s*[个份件]\\s*$)(?:[：\\d一二三四五六七八九]|$)|^(?:抄送|抄报|主送|发)：|^(?:出席|列席|参加|请假|记录|分送|送)：|印发$|^（此件|^(?:分享到|上一篇|下一篇|相关链接[：:]|【(?:打印|关闭))|网站标识码|ICP备");
    /** A date alone on its line: the signature, when it follows the body. */
    static final Pattern DATE_ONLY = Pattern.compile("^\\d{4}年\\d{1,2}月\\d{1,2}日$");

    private Headings() {
    }

    /** The value of a level-one heading's numeral, or -1 when {@code text} is none. */
    /** A part above the 一、 headings when a document has both: 第一部分, 第二章, 第三篇. */
    static final Pattern PART = Pattern.compile("^第[一二三四五六七八九十]+(?:部分|章|篇)");

    /** Whether {@code body} numbers parts (第一部分) and, within them, 一、 headings: five levels, not four. */
    static boolean partsAboveLevelOne(List<Paragraph> body) {
        boolean parts = false;
        boolean plain = false;
        for (Paragraph p : body) {
            if (p.isTableRow()) {
                continue;
            }
            parts |= PART.matcher(p.text()).lookingAt();
            plain |= !p.text().isEmpty() && "一二三四五六七八九十".indexOf(p.text().charAt(0)) >= 0 && levelOne(p.text()) == 1;
        }
        return parts && plain;
    }

    static int levelOne(String text) {
        if (text.isEmpty() || LEVEL_ONE_FIRST.indexOf(text.charAt(0)) < 0) {
            return -1; // LEVEL_ONE starts with a numeral or 第
        }
        Matcher m = LEVEL_ONE.matcher(text);
        return m.find() ? Numerals.value(m.group(1) != null ? m.group(1) : m.group(2)) : -1;
    }

    static int levelTwo(String text) {
        if (text.isEmpty() || text.charAt(0) != '（' && text.charAt(0) != '第') {
            return -1;
        }
        Matcher m = LEVEL_TWO.matcher(text);
        return m.find() ? Numerals.value(m.group(1)) : -1;
    }

    /**
     * The number of the outline part {@code paragraphs[i]} opens (1强化平台共建 followed by 1.1…), or -1 when it opens
     * none: a table row, a longer line, or a line whose next paragraph is not the part's first decimal item.
     */
    static int outlinePartAt(List<Paragraph> paragraphs, int i) {
        Paragraph p = paragraphs.get(i);
        Matcher m = OUTLINE_PART.matcher(p.text());
        if (p.isTableRow() || !m.find() || i + 1 >= paragraphs.size()) {
            return -1;
        }
        String next = paragraphs.get(i + 1).text();
        String first = m.group(1) + ".1";
        return next.startsWith(first) && (next.length() == first.length() || !Character.isDigit(next.charAt(first.length())))
                ? Integer.parseInt(m.group(1)) : -1;
    }

    /**
     * The group number y of a decimal outline's group heading x.y at {@code paragraphs[i]} in part {@code part}, when
     * the next paragraph is its first item x.y.1; -1 otherwise.
     */
    static int decimalGroupAt(List<Paragraph> paragraphs, int i, int part) {
        Paragraph p = paragraphs.get(i);
        Matcher m = DECIMAL_GROUP.matcher(p.text());
        if (p.isTableRow() || !m.find() || Integer.parseInt(m.group(1)) != part || i + 1 >= paragraphs.size()) {
            return -1;
        }
        int next = i + 1;
        if (next + 1 < paragraphs.size() && !paragraphs.get(next).isTableRow() && bracketedNote(paragraphs.get(next).text())) {
            next++; // 1.2 heading ⏎ 〔主责：A〕 ⏎ 1.2.1 …: a note set above the first item stands between them
        }
        Matcher item = DECIMAL_ITEM.matcher(paragraphs.get(next).text());
        return item.find() && item.group(1).equals(m.group(1)) && item.group(2).equals(m.group(2))
                && item.group(3).equals("1") ? Integer.parseInt(m.group(2)) : -1;
    }

    /** A line that is a bracketed note and nothing else (〔主责：A　参与：B〕, 【A牵头】, （牵头单位：A）). */
    private static boolean bracketedNote(String text) {
        String t = text.strip();
        return t.length() >= 4 && "【〔［（(".indexOf(t.charAt(0)) >= 0 && "】〕］）)".indexOf(t.charAt(t.length() - 1)) >= 0
                && NoteReader.hasLabel(t);
    }

    /** Index of the first paragraph of the body: the first level-one heading or numbered task. */
    static int bodyStart(List<Paragraph> paragraphs) {
        return bodyStart(paragraphs, 0);
    }

    private static int bodyStart(List<Paragraph> paragraphs, int from) {
        for (Paragraph p : paragraphs.subList(from, paragraphs.size())) {
            if (!p.isTableRow() && (levelOne(p.text()) == 1 || outlinePartAt(paragraphs, p.index()) == 1
                    || firstArabicTask(p.text()) || firstCircledTask(p.text())
                    || ARTICLE_TASK.matcher(p.text()).find() || firstNamedTask(p.text()) || firstCodedTask(p.text())
                    || p.text().startsWith("01") && PADDED_TASK.matcher(p.text()).find()
                    || BULLET_TASK.matcher(p.text()).find() || firstRecord(p.text()))) {
                return p.index();
            }
        }
        return paragraphs.size();
    }

    /** 任务一 / 举措1 / 【任务1】: a body of labelled items starts at its first. */
    private static boolean firstNamedTask(String text) {
        Matcher m = NAMED_TASK.matcher(text);
        return m.find() && Numerals.value(m.group(2)) == 1;
    }

    /** ❶ or ①: a body of circled items starts at its first. */
    private static boolean firstCircledTask(String text) {
        return !text.isEmpty() && Numerals.circled(text.charAt(0)) == 1 && CIRCLED_TASK.matcher(text).find();
    }

    /**
     * 1.: a body of numbered items starts at its first (a covering letter's list of attachments, ⏎ 2．反馈意见表, is
     * none).
     */
    private static boolean firstArabicTask(String text) {
        Matcher m = ARABIC_TASK.matcher(text);
        return m.find() && Integer.parseInt(m.group(1)) == 1;
    }

    /** 【记录 1/10】: a body of records starts at its first. */
    private static boolean firstRecord(String text) {
        Matcher m = RECORD_TASK.matcher(text);
        return m.find() && m.group(1).equals("1");
    }

    /** A1: a body of coded items starts at its first. */
    private static boolean firstCodedTask(String text) {
        Matcher m = CODED_TASK.matcher(text);
        return m.find() && m.group(1).equals("A") && m.group(2).equals("1");
    }

    /** The body's first paragraph and the first after it. */
    record Body(int start, int end) {
    }

    /**
     * Where the body lies. A covering notice may number its own few instructions (现将…印发给你们，并就有关事项通知如下：
     * 一、…二、…) before its signature and the document it issues; then the body is that document, when it numbers
     * more paragraphs than the notice did.
     */
    static Body body(List<Paragraph> paragraphs) {
        // the entries of a table of contents repeat the headings below: the body starts after them
        int contents = TableOfContents.end(paragraphs);
        int start = bodyStart(paragraphs, contents);
        int paren = start < paragraphs.size() ? firstParenItemOne(paragraphs, contents) : paragraphs.size();
        if (paren < start && notedRun(paragraphs, paren, start)) {
            // a bulletin's agreed items （1）…（8）, each with its note, before a list 1.… of next steps: the work is theirs
            start = paren;
        }
        if (start >= paragraphs.size()) {
            start = firstItemOne(paragraphs, contents, start); // no parts, no numbered tasks: items （一）… alone
        }
        if (start >= paragraphs.size()) {
            start = firstParenItemOne(paragraphs, contents); // or measures （1）… alone, as some 若干措施 number them
        }
        int end = bodyEnd(paragraphs, start);
        if (end + 1 >= paragraphs.size() || numbered(paragraphs, start, end) > COVERING_INSTRUCTIONS
                || paragraphs.subList(start, end).stream().noneMatch(p -> ISSUES.matcher(p.text()).find())
                        && paragraphs.subList(0, start).stream().noneMatch(p -> ISSUES.matcher(p.text()).find())) {
            return new Body(start, end);
        }
        int issuedStart = issuedStart(paragraphs, end + 1);
        if (issuedStart >= paragraphs.size()) {
            return new Body(start, end);
        }
        int issuedEnd = bodyEnd(paragraphs, issuedStart);
        if (numbered(paragraphs, issuedStart, issuedEnd) <= numbered(paragraphs, start, end)) {
            return new Body(start, end);
        }
        // a notice issuing several documents of work (附件1 …, 附件2 …): each numbered afresh, all of them the body
        for (int annex = annexNumber(paragraphs, issuedEnd); annex >= 2; annex = annexNumber(paragraphs, issuedEnd)) {
            int next = bodyEnd(paragraphs, issuedEnd + 1);
            int firstItem = firstNumbered(paragraphs, issuedEnd + 1, next);
            if (firstItem < 0 || firstItem - issuedEnd > MAX_ANNEX_HEAD) {
                break;
            }
            issuedEnd = next;
        }
        return new Body(issuedStart, issuedEnd);
    }

    /** An annex line of its own (附件2), which ends a document issued before it: its number, else -1. */
    static final Pattern ANNEX_LINE = Pattern.compile("^附件[\\s\u3000]*(\\d{1,2})[\\s\u3000]*$");
    /** An issued document opens on its title (and a line or two more) before its first item. */
    private static final int MAX_ANNEX_HEAD = 4;

    private static int annexNumber(List<Paragraph> paragraphs, int at) {
        if (at >= paragraphs.size()) {
            return -1;
        }
        Matcher m = ANNEX_LINE.matcher(paragraphs.get(at).text());
        return m.matches() ? Integer.parseInt(m.group(1)) : -1;
    }

    /** The index of the first numbered paragraph in [from, to), or -1. */
    private static int firstNumbered(List<Paragraph> paragraphs, int from, int to) {
        for (int i = from; i < Math.min(to, paragraphs.size()); i++) {
            if (numbered(paragraphs, i, i + 1) > 0) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Where the document a covering notice issues starts: as a body does, or at an item （一） (forms handed out under
     * the notice, no parts above them).
     */
    private static int issuedStart(List<Paragraph> paragraphs, int from) {
        return firstItemOne(paragraphs, from, bodyStart(paragraphs, from));
    }

    /** The first item （一） in [from, before), else {@code before}. */
    private static int firstItemOne(List<Paragraph> paragraphs, int from, int before) {
        for (Paragraph p : paragraphs.subList(Math.min(from, paragraphs.size()), Math.min(before, paragraphs.size()))) {
            if (!p.isTableRow() && levelTwo(p.text()) == 1) {
                return p.index();
            }
        }
        return before;
    }

    /** The first paragraph （1） followed by a （2）, or the list's size when there is none. */
    private static int firstParenItemOne(List<Paragraph> paragraphs, int from) {
        int first = -1;
        for (Paragraph p : paragraphs.subList(Math.min(from, paragraphs.size()), paragraphs.size())) {
            Matcher m = p.isTableRow() ? null : PAREN_TASK.matcher(p.text());
            if (m == null || !m.lookingAt()) {
                continue;
            }
            int n = Integer.parseInt(m.group(1));
            if (n == 1 && first < 0) {
                first = p.index();
            } else if (n == 2 && first >= 0) {
                return first;
            }
        }
        return paragraphs.size();
    }

    /** The fewest items of a run that must carry notes for it to open the body before another family's first item. */
    private static final int MIN_NOTED_RUN = 3;

    /** Whether most of the items （n） in [{@code from}, {@code before}) carry a note, and at least {@link #MIN_NOTED_RUN}. */
    private static boolean notedRun(List<Paragraph> paragraphs, int from, int before) {
        int items = 0;
        int noted = 0;
        for (Paragraph p : paragraphs.subList(from, Math.min(before, paragraphs.size()))) {
            if (!p.isTableRow() && PAREN_TASK.matcher(p.text()).lookingAt()) {
                items++;
                noted += NoteReader.presentOrRoles(p.text(), "") ? 1 : 0;
            }
        }
        return noted >= MIN_NOTED_RUN && 2 * noted > items;
    }

    /** How many numbered instructions a covering notice may have. */
    private static final int COVERING_INSTRUCTIONS = 6;
    /**
     * The sentence of a covering notice that issues the document (现将《…》印发给你们 / 印发给你们), or hands out the items
     * on forms after it (现将议定事项以交办单形式交办).
     */
    private static final Pattern ISSUES = Pattern.compile("(?:印发|转发|交办)给你们|以\\p{IsHan}{0,4}单(?:形式)?交办");

    private static int numbered(List<Paragraph> paragraphs, int from, int to) {
        int count = 0;
        for (Paragraph p : paragraphs.subList(from, Math.min(to, paragraphs.size()))) {
            String text = p.text();
            if (!p.isTableRow() && (levelOne(text) > 0 || levelTwo(text) > 0 || ARABIC_TASK.matcher(text).find()
                    || ARTICLE_TASK.matcher(text).find())) {
                count++;
            }
        }
        return count;
    }

    /**
     * Index of the first paragraph after the body: an annex, distribution or printing line, or a signature
     * (an organ's name over a date alone on its line).
     */
    /** Whether BODY_END can match at all: it starts with one of these characters or contains 印发. */
    private static boolean mayEndBody(String text) {
        return !text.isEmpty() && "附抄主发（分上下出列参请记送相【".indexOf(text.charAt(0)) >= 0 || text.contains("印发")
                || text.contains("网站标识码") || text.contains("ICP备");
    }

    static int bodyEnd(List<Paragraph> paragraphs, int from) {
        for (int i = from; i < paragraphs.size(); i++) {
            String text = paragraphs.get(i).text();
            if (mayEndBody(text) && BODY_END.matcher(text).find()) {
                return i;
            }
            if (DATE_ONLY.matcher(text).matches()) {
                boolean organAbove = i > from && paragraphs.get(i - 1).text().length() <= 30
                        && paragraphs.get(i - 1).text().indexOf('。') < 0 && !paragraphs.get(i - 1).isTableRow()
                        && !paragraphs.get(i - 1).text().contains("单位：");
                return organAbove ? i - 1 : i;
            }
        }
        return paragraphs.size();
    }
}
