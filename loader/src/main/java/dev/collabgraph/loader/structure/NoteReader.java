package dev.collabgraph.loader.structure;

import dev.collabgraph.loader.text.CharPositions;
import dev.collabgraph.loader.text.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the responsibility note of a task: （责任单位：A、B） or （牵头单位：A；配合单位：B、C）, also without
 * brackets on lines of their own (牵头单位：A / 配合单位：B) and with 主办/协办; a sentence may state the label
 * (牵头单位为A，配合单位为B), as an interpretation retelling the plan does. A notice changing an earlier plan's units
 * gives the new ones after 调整为：/调整后： and the replaced ones after 原牵头单位： (not the task's units). A bracketed note ends at its
 * closing bracket (half- or full-width, nested brackets counted); an unbracketed one at the end of its
 * paragraph. All labelled lists of one task make one note; the label may omit 单位 (（牵头：A；配合：B）), and
 * once a note names a lead, its units without a role (责任单位 after 牵头单位) assist. 部门 and 主体 stand for 单位
 * (牵头部门, 责任主体); a policy's 兑现部门 (the units that pay it out) are its responsible units.
 */
final class NoteReader {
    /**
     * One field for both roles, 牵头/配合：A、B/C、D: the units before the slash lead, those after it assist (— for
     * none), as such documents say once (斜杠前为牵头单位，斜杠后为配合单位).
     */
    private static final String SLASHED = "牵头(?:单位)?[/／]配合";
    private static final Pattern SLASHED_LABEL = Pattern.compile(SLASHED);
    /**
     * A label: 责任单位：, 牵头：, or set in 【】 as a field of its own (【牵头站所】A　【配合单位】B); a town's offices are its
     * 站所, a department's its 处室, a county bureau's its 股室; an activity's 牵头组织. 主要责任单位 leads and 其他责任单位 assists, as documents
     * using the pair define them (任务分解中所列“主要责任单位”为牵头单位…“其他责任单位”为配合单位). The sides of an agreement
     * between two governments or a school and a city name their units each on its line (省方：…；市方：…), a chain's
     * host places theirs (主要承载地：…); a duty chain (责任链：A（牵头）→ B（配合）) lists a task's units in order; the
     * department in charge (主管部门：) leads, and so does the one taking applications (受理部门：) beside those that assist.
     */
    static final Pattern LABEL = Pattern.compile("(?:原(?=\\p{IsHan}{2,6}[：:]))?拟?((?:主要|其他)?责任|调整(?:为|后)(?=[：:])|" + SLASHED + "|" + UnitLists.ROLE_WORDS + "|承办|兑现|属地|(?:主要)?承载地(?=[：:])|[省市县区校企甲乙]方(?=[：:])|(?:实施|落实|成员|归口管理|承诺|应询|主管|受理)(?=单位|部门|主体|科室|处室))"
            + "(?:单位|部门|主体|站所|处室|科室|股室|厅局|组织|(?<=责任)链条?|(?<=责任)分工)?(?:及责任人)?(?:：|(?<=【\\p{IsHan}{2,4})】|(?<=〔\\p{IsHan}{2,4})〕(?=[\\u3000 ]*\\p{IsHan})|(?<=［\\p{IsHan}{2,4})］(?=[\\u3000 ]*\\p{IsHan})|(?<=单位|部门)为(?=\\p{IsHan})"
            // a role set off by a blank instead of a colon where a field opens (责任单位：牵头　A；配合　B、C)
            + "|(?<=[：:；;](?:" + UnitLists.ROLE_WORDS + ")(?:单位|部门)?)[\\u3000 ]+(?=\\p{IsHan}))");
    /** A deadline given in the note after its units: 完成时限：…, 时间：全年, 2025年底前完成. */
    static final Pattern TIME_ITEM = Pattern.compile(
            "(?:(?:完成|办结)?(?:时限|时间|期限|节点)[：:]|\\d{4}年[^、，；）]{0,12}(?:前|完成|底)|全年|持续推进|长期坚持"
            // a month or the year's end of the plan's own year (6月底前完成注册, 年底前完成)
            + "|\\d{1,2}月(?:份|底|末|中旬|上旬|下旬)?前|年(?:底|内)前?完成)");
    /** The first characters of {@link #LABEL}: only there can a label start. */
    /** The sides that name their units on a line of their own: 省方, 市方, 校方, 企方, 甲方 … */
    private static final String PARTIES = "省市县区校企甲乙";
    private static final String LABEL_STARTS = "责牵配主协参兑属实承落成其归会拟应首原调省市县区校企甲乙受";
    /**
     * The two characters each of {@link #LABEL}'s words opens with ({@link #LABEL_STARTS} holds 市, 区, 县, 主, among
     * the commonest characters of the genre, where the whole alternation was tried); 拟 and 原 open a label alone.
     */
    private static final PairOpenings LABEL_OPENINGS = PairOpenings.of("拟原",
            "主要", "其他", "责任", "调整", "牵头", "主办", "主责", "首责", "主抓", "配合", "协办", "会办", "协抓", "参与",
            "协同", "协助", "承办", "兑现", "属地", "承载", "省方", "市方", "县方", "区方", "校方", "企方", "甲方", "乙方",
            "实施", "落实", "成员", "归口", "承诺", "应询", "主管", "受理");
    /** The rest of a wrapped note on its next line is a name or two, not a sentence. */
    private static final int MAX_WRAPPED_TAIL = 16;
    /** The role words of {@link UnitLists#ROLE_WORDS} and the other words a label may end with before 单位：. */
    private static final Set<String> LABEL_WORDS = java.util.stream.Stream.concat(
            java.util.Arrays.stream(UnitLists.ROLE_WORDS.split("\\|")), java.util.stream.Stream.of("责任", "兑现", "属地"))
            .collect(java.util.stream.Collectors.toUnmodifiableSet());
    /**
     * Words that label units only with 单位/部门/主体 after them (实施主体：, 承办单位：; not 实施：); a 专班's or
     * working group's 成员单位 assist its 牵头单位.
     */
    private static final Set<String> SUFFIXED_LABEL_WORDS = Set.of("实施", "承办", "落实", "成员", "管理", "承诺", "应询", "主管", "受理");

    private NoteReader() {
    }

    /** The note inside {@code body} of task {@code taskNumber}, if it has one. */
    static Optional<ResponsibilityNote> read(String text, Span body, int taskNumber, String city) {
        return SpanNotes.read(text, body, taskNumber, city);
    }

    /** {@link #read}, read afresh: {@link SpanNotes} remembers what it found. */
    static Optional<ResponsibilityNote> readUnremembered(String text, Span body, int taskNumber, String city) {
        Matcher label = LABEL.matcher(text).useTransparentBounds(true); // 【label】 looks behind its region
        List<UnitRef> units = new ArrayList<>();
        List<int[]> undertaking = new ArrayList<>();
        int noteStart = -1;
        int noteEnd = -1;
        char closer = 0;
        boolean assistLabel = false;
        for (int at = body.start(); nextLabel(label, text, at, body.end()); at = label.end()) {
            if (text.charAt(label.start()) == '原') {
                continue; // 原牵头单位：A — the units a notice of changes replaces, kept for comparison only
            }
            boolean bracketLabel = BRACKET_LABEL_ENDS.indexOf(text.charAt(label.end() - 1)) >= 0;
            if (noteStart < 0) {
                closer = !bracketLabel && label.start() > body.start() ? closerOf(text.charAt(label.start() - 1)) : 0;
                noteStart = closer != 0 || bracketLabel ? label.start() - 1 : label.start();
            }
            int stop = listEnd(text, label.end(), body.end(), closer);
            boolean closed = stop < body.end() && closer != 0 && text.charAt(stop) == closer;
            String role = UnitLists.roleOf(label.group(1));
            assistLabel |= "co".equals(role);
            // 责任单位：A、B，排名第一的为牵头单位: the document's rule said after the list
            int legend = role == null ? PhrasedNotes.firstLeadsLegend(text, label.end(), stop) : -1;
            // 责任单位：A牵头，B、C配合: the roles are worded inside a list that the label leaves open
            List<UnitRef> worded = role == null && legend < 0 ? PhrasedNotes.parse(text, label.end(), stop, city) : List.of();
            // 责任单位：A、B、C，其中A牵头: the leads are named after the list
            Optional<List<UnitRef>> clause = role == null && worded.isEmpty() && legend < 0
                    ? LeadClauses.read(text, label.end(), stop, city) : Optional.empty();
            int before = units.size();
            if (legend >= 0) {
                units.addAll(PhrasedNotes.firstLeads(UnitLists.split(text, label.end(), legend, null, city)));
            } else if (clause.isPresent()) {
                units.addAll(clause.get());
            } else if (SLASHED_LABEL.matcher(label.group(1)).matches()) {
                units.addAll(slashed(text, label.end(), stop, city));
            } else {
                units.addAll(worded.isEmpty() ? UnitLists.split(text, label.end(), stop, role, city) : worded);
            }
            if (text.charAt(label.end() - 1) == '为' && units.subList(before, units.size()).stream()
                    .anyMatch(u -> u.surface().indexOf('的') >= 0 || definesRole(u.surface()))) {
                // 牵头部门为项目推进的第一责任单位, 各牵头部门为任务落实第一责任单位: a sentence saying what a role means, not
                // whose it is
                units.subList(before, units.size()).clear();
                if (units.isEmpty()) {
                    noteStart = -1;
                }
                continue;
            }
            if (UnitLists.UNDERTAKING.contains(label.group(1))) {
                undertaking.add(new int[] {before, units.size()});
            }
            noteEnd = closed ? stop + 1 : stop;
        }
        // 承办 beside 协办 is the lead (even a 协办 field left empty: 协办单位：——); alone it says only who does the work
        if (!undertaking.isEmpty() && assistLabel) {
            for (int[] range : undertaking) {
                for (int k = range[0]; k < range[1]; k++) {
                    UnitRef u = units.get(k);
                    units.set(k, new UnitRef(u.name(), u.surface(), "lead", u.span(), u.repairedFrom()));
                }
            }
        }
        // the units a heading line gives after its leader dots (1.建设…………区发改局) lead beside those labelled below
        List<UnitRef> led = taskNumber > 0 ? LeaderNotes.units(text, body, city) : List.of();
        if (!led.isEmpty()) {
            List<UnitRef> all = new ArrayList<>(led);
            all.addAll(units);
            int start = noteStart < 0 ? led.get(0).span().start() : Math.min(noteStart, led.get(0).span().start());
            int end = Math.max(noteEnd, led.get(led.size() - 1).span().end());
            return Optional.of(new ResponsibilityNote(taskNumber, withRoles(UnitLists.shareLevel(all)), new Span(start, end)));
        }
        if (units.isEmpty()) {
            Optional<ResponsibilityNote> posted = PostedPersons.read(text, body, taskNumber, city);
            if (posted.isPresent()) {
                return posted;
            }
            Optional<ResponsibilityNote> headed = UnitHeadings.read(text, body, taskNumber, city);
            if (headed.isPresent()) {
                return headed;
            }
            Optional<ResponsibilityNote> lined = DutyLines.read(text, body, taskNumber, city);
            return lined.isPresent() ? lined : phrased(text, body, taskNumber, city);
        }
        return Optional.of(new ResponsibilityNote(taskNumber, withRoles(UnitLists.shareLevel(units)), new Span(noteStart, trimEnd(text, noteStart, noteEnd))));
    }

    /** The leads before the field's slash and the units that assist after it; a dash after it names nobody. */
    private static List<UnitRef> slashed(String text, int from, int to, String city) {
        int depth = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            depth += c == '（' ? 1 : c == '）' ? -1 : 0;
            if (depth == 0 && (c == '/' || c == '／')) {
                List<UnitRef> units = new ArrayList<>(UnitLists.split(text, from, i, "lead", city));
                String rest = text.substring(i + 1, to).strip();
                if (!UnitLists.namesNobody(rest)) {
                    units.addAll(UnitLists.split(text, i + 1, to, "co", city));
                }
                return units;
            }
        }
        return UnitLists.split(text, from, to, "lead", city);
    }

    /** Whether {@code text} holds a note, labelled or phrased: what makes a numbered paragraph a task. */
    static boolean present(String text, String city) {
        return hasLabel(text) || !PhrasedNotes.find(text, 0, text.length(), city).isEmpty()
                || UnitHeadings.present(text, city) || DutyLines.present(text, city);
    }

    /**
     * Whether {@code text} holds a note or names organs' duties in its sentences (由A负责…, A会同B推进…): what makes
     * an article of a regulation a task, where duties are written into the articles.
     */
    static boolean presentOrDuties(String text, String city) {
        return present(text, city) || !ProseDuties.find(text, 0, text.length(), city).isEmpty();
    }

    /** Whether {@code text} holds a note or gives organs a role in a 由-clause (工作由A会同B负责). */
    static boolean presentOrRoles(String text, String city) {
        return present(text, city) || ProseDuties.assignsRole(text, city);
    }

    /** Whether a label (责任单位：, 牵头：…) ends at one of the colons of {@code text}: found from the colons. */
    static boolean hasLabel(String text) {
        if ((text.indexOf('】') >= 0 || text.indexOf('〕') >= 0 || text.indexOf('］') >= 0) && LABEL.matcher(text).find()) {
            return true;
        }
        if ((text.contains("单位为") || text.contains("部门为")) && statedLabel(text)) {
            return true;
        }
        for (int colon = text.indexOf('：'); colon >= 0; colon = text.indexOf('：', colon + 1)) {
            int word = colon;
            if (word >= 4 && text.startsWith("及责任人", word - 4)) {
                word -= 4; // 责任单位及责任人：A（局长 某某）
            }
            boolean suffixed = word >= 2 && (text.startsWith("单位", word - 2) || text.startsWith("部门", word - 2)
                    || text.startsWith("主体", word - 2) || text.startsWith("站所", word - 2)
                    || text.startsWith("处室", word - 2) || text.startsWith("科室", word - 2)
                    || text.startsWith("股室", word - 2) || text.startsWith("厅局", word - 2));
            if (suffixed) {
                word -= 2;
            }
            if (word >= 2 && (LABEL_WORDS.contains(text.substring(word - 2, word))
                    || suffixed && SUFFIXED_LABEL_WORDS.contains(text.substring(word - 2, word)))) {
                return true;
            }
            // a side's line (省方：, 市方：), a chain's host places (主要承载地：), a duty chain (责任链：, 责任链条：)
            if (!suffixed && word >= 2 && (text.charAt(word - 1) == '方' && PARTIES.indexOf(text.charAt(word - 2)) >= 0
                    || word >= 3 && text.startsWith("承载地", word - 3)
                    || word >= 3 && text.startsWith("责任链", word - 3) || word >= 4 && text.startsWith("责任链条", word - 4)
                    // the division of a task's work (责任分工：A牵头，B、C参与)
                    || word >= 4 && text.startsWith("责任分工", word - 4))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a sentence states a label (牵头单位为A，配合单位为B) naming units, not what a role means (牵头部门为项目推进的
     * 第一责任单位).
     */
    /** What a role is said to be (第一责任单位, 第一责任人, 责任主体): a definition, no unit's name. */
    private static boolean definesRole(String named) {
        return named.contains("责任单位") || named.contains("责任人") || named.contains("责任主体");
    }

    private static boolean statedLabel(String text) {
        Matcher m = LABEL.matcher(text);
        while (m.find()) {
            if (text.charAt(m.end() - 1) != '为' || UnitLists.roleOf(m.group(1)) == null) {
                continue;
            }
            int end = m.end();
            while (end < text.length() && "，,；;。）)".indexOf(text.charAt(end)) < 0) {
                end++;
            }
            if (text.substring(m.end(), end).indexOf('的') < 0 && !definesRole(text.substring(m.end(), end))) {
                return true;
            }
        }
        return false;
    }

    /** The notes worded without labels in the task, joined into one. */
    private static Optional<ResponsibilityNote> phrased(String text, Span body, int taskNumber, String city) {
        List<PhrasedNotes.Found> found = PhrasedNotes.find(text, body.start(), body.end(), city);
        List<UnitRef> units = new ArrayList<>();
        if (found.isEmpty()) {
            // no note at all: the duties its sentences give (由A会同B负责…, A会同B推进…)
            found = ProseDuties.find(text, body.start(), body.end(), city);
            if (found.isEmpty()) {
                return Optional.empty();
            }
            units.addAll(ProseDuties.units(found));
        } else {
            // each bracket's roles are its own: （A牵头，B配合）；…（C） leaves C's role open
            found.forEach(f -> units.addAll(withRoles(f.units())));
        }
        Span span = new Span(found.get(0).start(), found.get(found.size() - 1).end());
        List<UnitRef> roled = found.size() == 1 ? withRoles(units) : units;
        return Optional.of(new ResponsibilityNote(taskNumber, UnitLists.shareLevel(roled), span));
    }

    /** The closing brackets of a label set off as a field of its own (【牵头单位】, 〔协同〕, ［配合］). */
    private static final String BRACKET_LABEL_ENDS = "】〕］";
    /** A short field label in 〔〕 or ［］, where the next field of a note line opens. */
    private static final Pattern BRACKET_FIELD = Pattern.compile("[〔［]\\p{IsHan}{2,4}[〕］][\\u3000 ]*\\p{IsHan}");

    /**
     * The bracket that closes a note opened by {@code open}: notes come in （…）, 【…】 and 〔…〕; 0 when
     * {@code open} opens none.
     */
    private static char closerOf(char open) {
        return switch (open) {
            case '（' -> '）';
            case '【' -> '】';
            case '〔' -> '〕';
            default -> 0;
        };
    }

    /**
     * Where the list after a label ends: at the next label, at the sentence end, or at the closing bracket
     * {@code closer} of the note (0: not bracketed); a ）that closes no bracket opened inside the list ends it
     * too. A line break ends it only outside brackets and when the list does not visibly go on (a label or 、
     * just before the break): hard-wrapped text breaks notes and unit names over lines.
     */
    private static int listEnd(String text, int from, int end, char closer) {
        int depth = 0;
        int item = from;
        for (int i = from; i < end; i++) {
            char c = text.charAt(i);
            if (c == '【' && depth == 0 && closer != '】') {
                return i; // the next 【field】 of the line
            }
            if ((c == '〔' || c == '［') && depth == 0 && closer != '〕' && BRACKET_FIELD.matcher(text).region(i, Math.min(text.length(), i + 10)).lookingAt()) {
                return i; // the next 〔field〕 of the line (〔牵头〕A　〔协同〕B)
            }
            if (c == '：' && depth == 0) {
                // another field of the line (兑现方式：…) begins: the list ends with the last organ's name before it
                return fieldStart(text, item, i);
            }
            if ("、，；,; \u3000".indexOf(c) >= 0) {
                item = i + 1; // a field set apart by a wide blank (Word's tab) starts an item too
            }
            boolean goesOn = closer != 0 || i == from || text.charAt(i - 1) == '、'
                    || c == '\n' && (wrappedTail(text, i + 1, end) || splitName(text, item, i, end));
            if (c == '\n' && !goesOn || c == '。' || startsLabel(text, i, end)) {
                return i;
            }
            if ((c == '/' || c == '／') && i + 1 < end && startsLabel(text, i + 1, end)) {
                return i; // 牵头：A/配合：B, two fields parted by a slash
            }
            if ((c == '；' || c == '，' || c == ';' || c == ',') && i + 1 < end
                    && TIME_ITEM.matcher(text).region(i + 1, end).lookingAt()) {
                return i; // （责任单位：A、B；完成时限：2025年6月底前）: the deadline is no unit
            }
            if (c == '（') {
                depth++;
            } else if (c == '）' || c == closer && depth == 0) {
                if (depth == 0) {
                    return i;
                }
                depth--;
            }
        }
        return end;
    }

    /**
     * Where a field label (兑现方式) that ends at {@code colon} starts, in the list item begun at {@code item}: after
     * the item's longest start that is an organ's name (市工信局兑现方式, its spaces lost), else at the item.
     */
    /** Members of a 专班 or working group other than organs: a university, a company's branch. */
    private static final Pattern MEMBER_NAME = Pattern.compile("\\p{IsHan}{2}(?:大学|学院|公司|集团)$");

    /** A role mark right after an organ's name: （牵头）, 【配合】, （共同牵头）. */
    private static final Pattern ROLE_MARK_AFTER = Pattern.compile(
            "[（【〔](?:共同)?(?:" + UnitLists.ROLE_WORDS + ")(?:单位)?[）】〕]");

    private static int fieldStart(String text, int item, int colon) {
        while (item < colon && Character.isWhitespace(text.charAt(item))) {
            item++; // a note wrapped after its semicolon (…县经信局；⏎办结时限：…)
        }
        for (int k = colon - 1; k > item + 1; k--) {
            String name = text.substring(item, k);
            if (UnitNames.isOrgan(name) || MEMBER_NAME.matcher(name).find()) {
                // the organ's role mark stays with it (市科技局（牵头）完成时限：…, the blank before the field lost)
                Matcher mark = ROLE_MARK_AFTER.matcher(text).region(k, colon);
                return mark.lookingAt() ? mark.end() : k;
            }
        }
        return item;
    }

    /**
     * Whether the line at {@code from} is the short rest of a hard-wrapped note sentence (…县经 / 信局。): a
     * few characters closed by 。, no label, no numbering.
     */
    /** The most characters of a unit's name a line break may leave for the next line (管委 ⏎ 会、…). */
    private static final int MAX_NAME_REST = 6;

    /**
     * Whether a line break at {@code br} splits a unit's name in a list that goes on: the next line is the short rest
     * of the name and then more names only (汶泽高新区管委 ⏎ 会、市科技局、市应急管理局).
     */
    private static boolean splitName(String text, int item, int br, int end) {
        if (br - item < 2) {
            return false;
        }
        int lineEnd = text.indexOf('\n', br + 1);
        lineEnd = lineEnd < 0 || lineEnd > end ? end : lineEnd;
        String line = text.substring(br + 1, lineEnd).strip();
        if (line.endsWith("。") || line.endsWith("；")) {
            line = line.substring(0, line.length() - 1);
        }
        String[] names = line.split("[、，,]");
        if (names.length < 2 || names[0].isEmpty() || names[0].length() > MAX_NAME_REST) {
            return false;
        }
        for (int k = 1; k < names.length; k++) {
            if (!UnitNames.isOrgan(names[k]) || names[k].indexOf('。') >= 0 || names[k].indexOf('：') >= 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean wrappedTail(String text, int from, int end) {
        int stop = Math.min(end, from + MAX_WRAPPED_TAIL + 1);
        for (int i = from; i < stop; i++) {
            char c = text.charAt(i);
            if (c == '。') {
                // (…信局。 ends a name as a note line does, Cleaner#NAME_ENDS; 下表为年度共建平台一览。 is a sentence of its own)
                return i > from && dev.collabgraph.loader.text.Cleaner.NAME_ENDS.indexOf(text.charAt(i - 1)) >= 0;
            }
            if (c == '\n' || c == '：' || c == '（' || c == '、' && i == from) {
                return false;
            }
        }
        return false;
    }

    /**
     * Next label in [{@code from}, {@code to}), as {@code find()} over that region would give it, but tried only at
     * the characters a label starts with: {@code find()} tries the alternation at every character of the body.
     */
    private static boolean nextLabel(Matcher label, String text, int from, int to) {
        // the text's label characters are found once (CharPositions) for the bodies of all its tasks
        int[] starts = CharPositions.of(text, LABEL_STARTS);
        for (int k = CharPositions.firstAtOrAfter(starts, from); k < starts.length && starts[k] < to; k++) {
            if (LABEL_OPENINGS.openAt(text, starts[k], to) && label.region(starts[k], to).lookingAt()) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsLabel(String text, int i, int end) {
        if (LABEL_STARTS.indexOf(text.charAt(i)) < 0) {
            return false;
        }
        Matcher m = LABEL.matcher(text).useTransparentBounds(true).region(i, end);
        return m.lookingAt();
    }

    /**
     * In a note where some units lead (（牵头）, 牵头单位：), the units given no role assist; in one where some assist
     * (配合单位：) and none is said to lead, the units given no role lead.
     */
    private static List<UnitRef> withRoles(List<UnitRef> units) {
        boolean anyLead = units.stream().anyMatch(u -> "lead".equals(u.role()));
        if (!anyLead) {
            // 责任单位：A；配合单位：B — beside units that assist, the units named without a role are the ones who lead
            boolean anyCo = units.stream().anyMatch(u -> "co".equals(u.role()));
            return !anyCo ? units : units.stream().map(u -> u.role() != null ? u
                    : new UnitRef(u.name(), u.surface(), "lead", u.span(), u.repairedFrom())).toList();
        }
        return units.stream().map(u -> u.role() != null ? u
                : new UnitRef(u.name(), u.surface(), "co", u.span(), u.repairedFrom())).toList();
    }

    private static int trimEnd(String text, int start, int end) {
        while (end > start && "；;，、 ".indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        return end;
    }
}
