package dev.collabgraph.loader.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Responsibility notes worded without labels: a bracket closing a task (（A牵头，B、C配合）, （A负责）, the roles stated
 * after the lists: （A为牵头单位，B、C为配合单位）) or a
 * closing sentence (由A会同B负责。 / 由A牵头，B配合。). Such wording is only a note when every clause is a
 * list of unit names followed by a role verb; a clause without a verb after a semicolon (；各县（市、区）人民政府)
 * assists. Units that share the work (A、B按职责分工负责) lead nobody: their role is open, or they assist after
 * a lead clause. A bracket that stands after a sentence and holds nothing but organs' names (（各区、各有关部门）)
 * is a note without roles. Anything else (（以下简称…）, 由高校牵头，联合企业组建…) is ordinary text.
 */
final class PhrasedNotes {
    /** A note found in a text: its span and its units with roles, in printed order. */
    record Found(int start, int end, List<UnitRef> units) {
    }

    /** 组织实施 leads as 负责 does: regulations write 由A组织实施，B配合. */
    private static final Pattern VERB = Pattern.compile("(?:(牵头负责|牵头|负总责|负责|组织实施|主责|首责|配合|协办|参与|协助|协同"
            // units that carry the work out after the lead (A牵头，各县区政府落实; A负总责，B具体落实), or do it in their
            // own area (A牵头，各乡镇人民政府负责本辖区推进工作)
            + "|具体落实|落实|负责(?:本|各自)?辖区\\p{IsHan}{0,8})"
            + "|为(牵头|配合|协办|参与|协助|责任)(?:单位|部门))$");
    /** The last characters of {@link #VERB}'s words: a role verb, or the 单位/部门 of a role stated (A为牵头单位). */
    private static final String VERB_LAST = "头责施合办与助同位门实";
    /** The own area of a unit doing the work there (负责本辖区推进工作): a role verb whose phrase ends in any word. */
    private static final String OWN_AREA = "辖区";
    /** Words before 负责 that make it shared work, not a lead (按职责分工负责, 分别负责). */
    private static final Pattern SHARED = Pattern.compile("(?:按照?(?:各自)?职责(?:分工)?|分工|共同|分别|各自)$");
    private static final String WITH = "会同";
    private static final Pattern THE_WORK_ABOVE = Pattern.compile(
            "(?:(?:以上|上述)(?:工作|事项|任务)|(?:本|该|这一|此)(?:条|项|款)(?:工作|任务|措施)?)[，,]?");
    private static final String LEAD = "牵头";
    /** 落实: carrying the work out after the lead, a co-operating role. */
    private static final String CARRY_THROUGH = "落实";
    private static final String RESPONSIBLE = "负责";
    /** 负总责 leads: A负总责，B、C协同. */
    private static final String OVERALL = "负总责";
    /** 主责 leads as 牵头 does (A主责，B、C协同). */
    private static final String MAIN_DUTY = "主责";
    /** 首责 leads as 主责 does (A首责，B协同), in documents that name the unit answering first. */
    private static final String FIRST_DUTY = "首责";
    private static final String CARRY_OUT = "组织实施";
    /** The units of a list named responsible after it, roles open: （A、B为责任单位）. */
    private static final String STATED_RESPONSIBLE = "为责任";
    /** A name's role in a bracket after it: 市科技局（牵头）. */
    private static final Pattern ROLE_MARK = Pattern.compile("（(?:共同)?牵头）");
    /** Longer than this, a "unit" is a phrase of the text, not a name. */
    private static final int MAX_UNIT = 24;

    private PhrasedNotes() {
    }

    /** Every phrased note of {@code text[from, to)}. */
    static List<Found> find(String text, int from, int to, String city) {
        List<Found> found = dashLines(text, from, to, city);
        if (!found.isEmpty()) {
            return found;
        }
        // Every worded note names a lead with one of these verbs, every bare one stands in a bracket: most text is
        // passed over at once.
        boolean verbs = holds(text, LEAD, from, to) || holds(text, RESPONSIBLE, from, to) || holds(text, MAIN_DUTY, from, to)
                || holds(text, FIRST_DUTY, from, to) || holds(text, CARRY_OUT, from, to);
        if (!verbs && !holds(text, "（", from, to) && !holds(text, "【", from, to) && !holds(text, "〔", from, to)) {
            return found;
        }
        for (int i = from; i < to; i++) {
            if (!verbs) {
                // only brackets can hold a note here: go from one to the next
                i = bracketAt(text, i, to);
                if (i < 0) {
                    break;
                }
            }
            char c = text.charAt(i);
            if (c == '（' || c == '【' || c == '〔') {
                int close = c == '（' ? closing(text, i, to) : squareClosing(text, i, to, c == '【' ? '】' : '〕');
                List<UnitRef> units = List.of();
                if (close > 0 && (holds(text, LEAD, i, close) || holds(text, RESPONSIBLE, i, close)
                        || holds(text, OVERALL, i, close)
                        || holds(text, MAIN_DUTY, i, close) || holds(text, FIRST_DUTY, i, close)
                        || holds(text, STATED_RESPONSIBLE, i, close))) {
                    // （由A负责）: the word that hands out the role is no unit's
                    int open = text.charAt(i + 1) == '由' ? i + 2 : i + 1;
                    Matcher legend = FIRST_LEADS.matcher(text).region(open, close);
                    units = legend.find() ? firstLeads(parse(text, open, legend.start(), city))
                            : parse(text, open, close, city);
                }
                if (units.isEmpty() && close > 0 && (sentenceStart(text, i, from) || closesClause(text, i, close, to))) {
                    // names only, or names with their role marks (【A（牵头），B、C】)
                    units = organsOnly(text, i + 1, close, city);
                }
                if (!units.isEmpty()) {
                    found.add(new Found(i, close + 1, units));
                    i = close;
                }
            } else if (verbs && sentenceStart(text, i, from) && !Character.isWhitespace(c)) {
                // 由A牵头，B配合。 or without 由: A负责，B参与。 — a sentence of nothing but units and their roles
                int stop = sentenceEnd(text, i, to);
                // the work the sentence speaks of may come first: 以上工作市金融局负责，市市场监管局配合
                Matcher work = THE_WORK_ABOVE.matcher(text).region(i, to);
                int first = work.lookingAt() ? work.end() : i;
                // 由A牵头，B配合 / 请A牵头… / 责成A牵头…: the word that hands out the roles is no unit's
                first += first < to && (text.charAt(first) == '由' || text.charAt(first) == '请') ? 1
                        : text.startsWith("责成", first) ? 2 : 0;
                List<UnitRef> units = stop < 0 ? List.of() : parse(text, first, stop, city);
                if (units.isEmpty() && (i == 0 || text.charAt(i - 1) == '\n' || text.charAt(i - 1) == '。')) {
                    // a line of names with their roles marked (A（牵头）、B（配合）), as chips on a page are read, or such
                    // names closing an item's line after its last sentence, as a table's unit column copied into the
                    // text stands (…建成基地2个。A（牵头）、B): the names only, not a sentence before them
                    stop = lineEnd(text, i, to);
                    Matcher mark = ROLE_MARK.matcher(text).region(i, stop);
                    units = mark.find() && !holds(text, "。", i, mark.start()) ? organsOnly(text, i, stop, city)
                            : List.of();
                }
                if (!units.isEmpty()) {
                    found.add(new Found(i, stop, units));
                    i = stop;
                }
            }
        }
        return found;
    }

    /**
     * Notes set on a line of their own after a dash (——A、B、C / ——A牵头，B、C配合), as a government work report's duty
     * split writes them, or after the item's closing sentence on its line (…45家。——A、B); a list that wraps after 、
     * or ， goes on on the next line.
     */
    /** How many items before it a note line covers: 以上两项：, 上述3项 */
    private static final Pattern COUNTED_ITEMS = Pattern.compile("(?:以上|上述)(?:[两二三四五六七八九十]|\\d{1,2})项[：:]?");
    /** Marks that lead a note line of its own (▶ 市科技局（主责）、市财政局（协同）). */
    private static final String POINTERS = "▶►➤☞→";

    private static List<Found> dashLines(String text, int from, int to, String city) {
        List<Found> found = new ArrayList<>();
        // only at a line's start, looked for in the region alone (an indexOf past it would make long texts quadratic)
        for (int i = from; i + 1 < to; i++) {
            // a line led by a pointer (▶ A（主责）、B（协同）) is a note line as a dash line is
            // (the line's start tested first: this is asked at every character of every text a note is looked for in)
            boolean pointer = (i == 0 || text.charAt(i - 1) == '\n') && POINTERS.indexOf(text.charAt(i)) >= 0;
            if (!pointer && (text.charAt(i) != '—' || text.charAt(i + 1) != '—')) {
                continue;
            }
            // or closing the item's last sentence: …新认定高新技术企业45家。（分值：10分）——A、B、C
            boolean closing = i > 0 && "。）".indexOf(text.charAt(i - 1)) >= 0;
            if (i > 0 && text.charAt(i - 1) != '\n' && !closing) {
                continue;
            }
            int first = pointer ? i + 1 : i;
            while (first < to && (text.charAt(first) == '—' || text.charAt(first) == ' ' || text.charAt(first) == '\u3000')) {
                first++;
            }
            Matcher counted = COUNTED_ITEMS.matcher(text).region(first, to);
            if (counted.lookingAt()) {
                first = counted.end(); // ▶ 以上两项：A主责…: the items it covers are counted elsewhere (RelativeGroups)
            }
            int end = lineEnd(text, first, to);
            while (end < to && end > first && "、，".indexOf(text.charAt(end - 1)) >= 0) {
                end = lineEnd(text, end + 1, to);
            }
            String inside = text.substring(first, end);
            List<UnitRef> units = inside.contains(LEAD) || inside.contains(RESPONSIBLE) || inside.contains(MAIN_DUTY)
                    || inside.contains(FIRST_DUTY)
                    ? parse(text, first, stripEnd(text, first, end), city) : List.of();
            if (units.isEmpty()) {
                units = organsOnly(text, first, stripEnd(text, first, end), city);
            }
            if (!units.isEmpty()) {
                found.add(new Found(i, end, units));
            }
        }
        return found;
    }

    private static int lineEnd(String text, int from, int to) {
        int end = from;
        while (end < to && text.charAt(end) != '\n') {
            end++;
        }
        return end;
    }

    /** {@code end} before a closing 。 or ； of a dash line. */
    private static int stripEnd(String text, int from, int end) {
        while (end > from && "。；;".indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        return end;
    }

    /** Whether {@code word} stands inside {@code text[from, to)}; the search stops at {@code to}, not the text's end. */
    private static boolean holds(String text, String word, int from, int to) {
        char first = word.charAt(0);
        for (int i = from, last = to - word.length(); i <= last; i++) {
            if (text.charAt(i) == first && text.startsWith(word, i)) {
                return true;
            }
        }
        return false;
    }

    /** The first （, 【 or 〔 in {@code text[from, to)}, or -1. */
    private static int bracketAt(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '（' || c == '【' || c == '〔') {
                return i;
            }
        }
        return -1;
    }

    /** The {@code closer} (】 or 〕) closing the bracket at {@code open} on its line, or -1. */
    private static int squareClosing(String text, int open, int to, char closer) {
        for (int i = open + 1; i < to && i < open + 200; i++) {
            char c = text.charAt(i);
            if (c == closer) {
                return i;
            }
            if (c == '\n' || c == text.charAt(open)) {
                return -1;
            }
        }
        return -1;
    }

    /** The matching ）of the bracket at {@code open}, or -1 (line breaks inside count: wrapped lines). */
    private static int closing(String text, int open, int to) {
        int depth = 0;
        for (int i = open; i < to && i < open + 200; i++) {
            char c = text.charAt(i);
            if (c == '（') {
                depth++;
            } else if (c == '）' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Whether the bracket [{@code open}, {@code close}] ends its clause (…推介会2场（市投资促进中心）；) after a word that
     * is no organ's name: a bracket after a name glosses it (报市政府办公室（市政府督查室）。).
     */
    private static boolean closesClause(String text, int open, int close, int to) {
        boolean clauseEnd = close + 1 >= to || "；。;".indexOf(text.charAt(close + 1)) >= 0;
        return clauseEnd && open > 0 && UnitNames.ORGAN_LAST.indexOf(text.charAt(open - 1)) < 0;
    }

    private static boolean sentenceStart(String text, int i, int from) {
        int j = i - 1;
        while (j >= from && (text.charAt(j) == ' ' || text.charAt(j) == '\u3000')) {
            j--;
        }
        return j < from || "。\n；".indexOf(text.charAt(j)) >= 0 || itemLabelOpensLine(text, j, from)
                || footnoteOpens(text, j, from);
    }

    /** Whether {@code text[j]} is the colon after a footnote's number ([6：A牵头，B配合。]): its text starts there. */
    private static boolean footnoteOpens(String text, int j, int from) {
        if (text.charAt(j) != '：' && text.charAt(j) != ':') {
            return false;
        }
        int k = j - 1;
        while (k >= from && k > j - 4 && Character.isDigit(text.charAt(k))) {
            k--;
        }
        return k < j - 1 && k >= from && text.charAt(k) == '[';
    }

    /**
     * Whether {@code text[j]} ends an item's label opening its line (①【A、B】修订…, 重点任务3（A、B）：…): the units come
     * before the heading.
     */
    private static boolean itemLabelOpensLine(String text, int j, int from) {
        char last = text.charAt(j);
        if (Numerals.circled(last) == 0 && !Character.isDigit(last) && "一二三四五六七八九十".indexOf(last) < 0) {
            return false; // the cheap test first: this is asked at every character of a note's region
        }
        int k = j;
        while (k > from && text.charAt(k - 1) != '\n') {
            k--;
        }
        if (k > from || k == from && from > 0 && text.charAt(from - 1) != '\n' || j - k > MAX_LABEL) {
            return false;
        }
        return ITEM_LABEL.matcher(text.substring(k, j + 1)).matches();
    }

    /** An item's label alone: a circled number, or 重点任务3 / 举措2. */
    private static final Pattern ITEM_LABEL = Pattern.compile(
            "[\\s\u3000]*(?:[" + Numerals.CIRCLED_RANGE + "]|(?:重点)?(?:任务|举措|措施)[一二三四五六七八九十\\d]{1,3})");
    private static final int MAX_LABEL = 12;

    private static int sentenceEnd(String text, int i, int to) {
        int limit = Math.min(to, i + 200);
        for (int j = i; j < limit; j++) {
            if (text.charAt(j) == '。') {
                return j;
            }
        }
        return limit == to ? to : -1;
    }

    /**
     * The units of a note's wording {@code text[from, to)}, or none when it is not a note: clauses split at
     * ，and ；, each "units + verb", the first naming a lead.
     */
    static List<UnitRef> parse(String text, int from, int to, String city) {
        List<UnitRef> units = new ArrayList<>();
        to = beforeDeadline(text, from, to);
        if (to - from < 3) {
            return units;
        }
        int start = from;
        boolean first = true;
        int pending = -1; // a list set apart by a comma from the clause that gives it its role: A、B，C配合
        boolean pendingFirst = false;
        for (int i = from; i <= to; i++) {
            char c = i < to ? text.charAt(i) : '，';
            if (c == '（') {
                i = Math.max(i, closing(text, i, to));
                continue;
            }
            if (c != '，' && c != '；') {
                continue;
            }
            boolean afterSemicolon = start > from && text.charAt(start - 1) == '；';
            int before = units.size();
            if (!clause(text, start, i, first, afterSemicolon, city, units)) {
                if (pending >= 0 || c != '，' || VERB.matcher(text.substring(start, i)).find()) {
                    return List.of();
                }
                pending = start;
                pendingFirst = first;
                start = i + 1;
                continue;
            }
            if (pending >= 0) {
                String role = units.size() > before ? units.get(before).role() : null;
                // after a lead, the list assists with the clause it goes on to (A牵头，B、C，D配合); a first list shares
                // the work of the units after it (A、B，C按职责分工负责), but does not assist nobody (A、B，C配合)
                boolean shares = pendingFirst && role == null && units.size() > before;
                if (!shares && (pendingFirst || !"co".equals(role))) {
                    return List.of();
                }
                List<UnitRef> listed = new ArrayList<>();
                if (!addAll(text, pending, start - 1, role, city, listed)) {
                    return List.of();
                }
                units.addAll(before, listed);
                pending = -1;
            }
            first = false;
            start = i + 1;
        }
        if (pending >= 0) {
            return List.of();
        }
        return units;
    }

    /** Whether {@code clause} is a single clause whose one verb is 负责, with no partner (会同). */
    static boolean soleDuty(String clause) {
        Matcher verb = VERB.matcher(clause);
        return clause.indexOf('，') < 0 && clause.indexOf('；') < 0 && !clause.contains(WITH)
                && verb.find() && RESPONSIBLE.equals(verb.group(1)) && !verb.find();
    }

    private static boolean clause(String text, int from, int to, boolean first, boolean afterSemicolon, String city,
                                  List<UnitRef> out) {
        String clause = text.substring(from, to);
        Matcher verb = VERB.matcher(clause);
        if (!LastChar.among(clause, VERB_LAST) && clause.indexOf(OWN_AREA) < 0 || !verb.find()) {
            // Only a list set apart by a semicolon after the roles (；各县（市、区）人民政府) goes without a verb.
            return !first && afterSemicolon && addAll(text, from, to, "co", city, out);
        }
        int end = from + verb.start();
        if (verb.group(2) != null) {
            // the role stated after the list (A、B为牵头单位，C为配合单位); 为责任单位 gives none
            String stated = switch (verb.group(2)) {
                case "牵头" -> "lead";
                case "责任" -> null;
                default -> "co";
            };
            return (first ? !"co".equals(stated) : stated != null) && addAll(text, from, end, stated, city, out);
        }
        String role = switch (verb.group(1)) {
            case "牵头", "牵头负责", "负总责", "负责", "组织实施", "主责", "首责" -> "lead";
            // (the work in one's own area: the lead's when the clause opens the note, else done beside the lead's)
            default -> verb.group(1).startsWith(RESPONSIBLE) && first ? "lead" : "co";
        };
        Matcher shared = SHARED.matcher(clause.substring(0, verb.start()));
        boolean isShared = shared.find();
        if ((RESPONSIBLE.equals(verb.group(1)) || CARRY_OUT.equals(verb.group(1))) && isShared) {
            // shared work: nobody leads in a first clause, the units assist after one
            end = from + shared.start();
            return addAll(text, from, end, first ? null : "co", city, out);
        }
        if ((LEAD.equals(verb.group(1)) || CARRY_THROUGH.equals(verb.group(1))) && isShared) {
            end = from + shared.start(); // A、B共同牵头: both lead; 各有关部门按职责分工落实: they carry it out
        }
        if (first != "lead".equals(role)) {
            return false;
        }
        int with = clause.indexOf(WITH);
        if (with > 0 && with < verb.start()) {
            return addAll(text, from, from + with, "lead", city, out)
                    && addAll(text, from + with + WITH.length(), end, "co", city, out);
        }
        return addAll(text, from, end, role, city, out);
    }

    /** Role words a deadline closing a note never holds. */
    private static final Pattern ROLE_WORD = Pattern.compile("牵头|负责|配合|参与|协办|协助");

    /**
     * Where the units of {@code text[from, to)} end when a deadline closes it after a semicolon or comma (（A牵头，B参与；
     * 2027年6月底前完成）, （A负责；持续推进）): that clause says when, not who.
     */
    private static int beforeDeadline(String text, int from, int to) {
        for (int i = to - 1; i > from; i--) {
            char c = text.charAt(i);
            if (c == '；' || c == '，' || c == ';' || c == ',') {
                return NoteReader.TIME_ITEM.matcher(text).region(i + 1, to).lookingAt()
                        && !ROLE_WORD.matcher(text).region(i + 1, to).find() ? i : to;
            }
        }
        return to;
    }

    /** Where a legend closing {@code text[from, to)} starts (，排名第一的为牵头单位), or -1. */
    static int firstLeadsLegend(String text, int from, int to) {
        Matcher legend = FIRST_LEADS.matcher(text).region(from, to);
        return legend.find() ? legend.start() : -1;
    }

    /** A legend closing a note: the unit listed first leads (，排在第一位的为牵头单位). */
    private static final Pattern FIRST_LEADS = Pattern.compile(
            "[，；,;](?:排在|排名|列)?(?:第一位|首位|第一)(?:的|者)?(?:单位|部门)?为牵头(?:单位|部门)?$");

    /** The units with the first listed leading and the others assisting. */
    static List<UnitRef> firstLeads(List<UnitRef> units) {
        List<UnitRef> out = new ArrayList<>();
        for (int k = 0; k < units.size(); k++) {
            UnitRef u = units.get(k);
            out.add(new UnitRef(u.name(), u.surface(), k == 0 ? "lead" : "co", u.span(), u.repairedFrom()));
        }
        return out;
    }

    private static boolean addAll(String text, int from, int to, String role, String city, List<UnitRef> out) {
        List<UnitRef> units = UnitLists.split(text, from, to, role, city);
        if (units.isEmpty() || units.stream().anyMatch(u -> !looksLikeUnit(u))) {
            return false;
        }
        out.addAll(units);
        return true;
    }

    /**
     * The units of a bracket that names only organs (（各区、各有关部门）, （县政府督查室、县科技局）), roles open; none
     * when any item is not an organ's name (（含高新区）, （以下简称…）).
     */
    static List<UnitRef> organsOnly(String text, int from, int to, String city) {
        List<UnitRef> units = UnitLists.split(text, from, to, null, city);
        if (units.isEmpty() || units.stream().anyMatch(u -> u.surface().length() > MAX_UNIT || !UnitNames.isOrgan(UnitNames.withoutGloss(u.name())))) {
            return List.of();
        }
        return units;
    }

    /**
     * The units of {@code [from, to)} when every one is an organ or names a body by its ending (大学, 公司, 中心 …):
     * a list that a responsibility's place alone marks (after leader dots), with no verb to say so.
     */
    static List<UnitRef> unitsOnly(String text, int from, int to, String city) {
        List<UnitRef> units = UnitLists.split(text, from, to, null, city);
        return units.isEmpty() || units.stream().anyMatch(u -> !looksLikeUnit(u)) ? List.of() : units;
    }

    private static boolean looksLikeUnit(UnitRef unit) {
        int by = unit.surface().indexOf('由');
        // 平台认定由市科技局 is a topic and its organ, not a name (自由贸易区 is one)
        boolean topic = by > 0 && unit.surface().charAt(by - 1) != '自';
        String name = UnitNames.withoutGloss(unit.name());
        return !topic && unit.surface().length() <= MAX_UNIT
                && (!UnitNames.suffixOf(name).isEmpty() || UnitNames.isOrgan(name));
    }
}
