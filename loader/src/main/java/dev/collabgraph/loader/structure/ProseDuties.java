package dev.collabgraph.loader.structure;

import dev.collabgraph.loader.text.Span;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Units given work inside a task's own sentences, for tasks that carry no note: regulations (实施细则, 办法, 规定)
 * write duties into their articles instead of closing them with a note. Two forms:
 * <ul>
 *   <li>a 由-clause anywhere in a sentence: 平台认定由A会同B负责 (A leads, B assists), 由A组织实施，B配合 (the organs
 *       of the clauses after it assist), 由A、B按职责分工组织实施 (shared: nobody leads);</li>
 *   <li>organs as a sentence's subject: A会同B、C推进… (A leads), A每年… (A leads), A、B应当… (shared).</li>
 * </ul>
 * Only organs count (names ending 局, 委, 办, 政府, 管委会 …): 实验室由某大学牵头 names a university's part in the
 * work, not a responsible unit; 资金由市、区两级财政分担 names no organ. The rules' own closing (本细则由A负责解释)
 * is no work.
 */
final class ProseDuties {
    /** Endings of an organ that may be a sentence's subject: not 院 or 中心, which universities and platforms share. */
    /** An organ's ending, or a party of an agreement (甲方, 乙方), which {@link Parties} names. */
    private static final Pattern ORGAN = Pattern.compile("(?:局|委|办|厅|政府|管委会|委员会|办公室|部|支行|分行|街道办事处)$|^[甲乙丙丁]方$");
    /**
     * Words that open what a subject does, so a name before them is complete: role verbs, the joiner 会同, modal
     * and time words. 组织 is one only when no organ ending follows (市委组织部).
     */
    static final Pattern AFTER_SUBJECT = Pattern.compile("(?:会同|负责|牵头|组织|按|共同|分别|各自|配合|参与|协助"
            + "|协同|每年|每季度|定期|应当|应|要|将|统筹|另行|及时|依法|依规|结合|围绕|对|在|推进|推动|制定|建立|加强|做好|落实"
            + "|指导|开展|联合|做|抓|督促|审核|认定|拨付|提供|给予|安排|组建|承担|选派|发挥|于(?=\\d|[今本明年月])|跟踪|设在"
            + "|完善|研究|抓紧|出台|修订|修改|加快|协调|起草|编制|会商|健全|实施|提出|依托|支持|扩大|引导|鼓励|从(?=企业|高校|社会|国内|省内|市内))(?![局委厅部处室]|办(?!法))");
    private static final String WITH = "会同";
    /** Minutes' word for giving an organ its charge (责成A牵头，B配合). */
    private static final String CHARGES = "责成";
    /** Words that may stand between organs and 会同 (A要会同B…). */
    private static final String MODALS = "要将应";
    /**
     * A subject that is an organ opens with where it sits (市, 县, 区, 省, 各, or the city's name); a verb phrase
     * that happens to end like an organ (推进政务服务一网通办) does not.
     */
    private static final String PLACE_MARKS = "市县区省各";
    /** Words before the verb that make the work shared: 按职责分工, 分别, 各自. */
    private static final Pattern SHARED = Pattern.compile("^(?:按照?(?:各自)?职责(?:分工)?|分别|各自|共同)");
    private static final String LEAD = "牵头";
    private static final String IN_CHARGE = "负责";
    /** A role said outright after the organs: 负责, 牵头, 组织实施, also after 按职责分工 or 共同. */
    private static final Pattern ROLE_VERB = Pattern.compile(
            "(?:按照?(?:各自)?职责(?:分工)?|分别|各自|共同)?(?:负责|牵头|组织实施)");
    /** A placed office that checks the work (督查室), then a modal: a clause's subject. */
    private static final Pattern CHECKING_OFFICE = Pattern.compile("([市县区省][^，。；、]{0,10}?督查室)(?=要|应|将)");
    /** The modal after a clause's own subject that gives it work as the sentence's subject was given (…，B要加强…). */
    private static final Pattern PARALLEL_MODAL = Pattern.compile("(?:要|应当|应|将)(?!以|其|会同)");
    /** A role a speech gives an organ with a modal before it (市科技局要牵头…, 市工信局要负责…). */
    private static final Pattern SPOKEN_ROLE = Pattern.compile("(?:要|将)(?:牵头|负责)");
    /** A sentence's own opening: an article's or item's numbering and blanks, and a report's 建议 before its subject. */
    private static final Pattern OPENING = Pattern.compile(
            "^[\\s\u3000]*(?:第[一二三四五六七八九十百零〇\\d]+条|[（(][一二三四五六七八九十\\d]+[)）]|\\d+[.．、])?[\\s\u3000]*"
                    + "(?:建议|要求)?");
    /** The rules speaking of themselves (本细则由…负责解释, 本方案自印发之日起施行，由…负责解释): no work. */
    private static final Pattern SELF = Pattern.compile("本[\\u4e00-\\u9fff]{1,4}?[自由所有，,]");
    private static final String ALIAS_OPEN = "（以下简称";
    /** An item speaking of itself: 本条, 本项, 该条工作. */
    private static final Pattern THIS_ITEM = Pattern.compile("[本该此](?:条|项|款)(?:工作|任务|措施)?由");
    private static final int MAX_UNIT = 24;
    /** Characters before 由 that make it part of a word (理由, 自由, 经由) rather than "by". */
    private static final String NOT_BY_BEFORE = "理自经缘事";
    /** Characters after 由 that make it part of a word (由于, 由此, 由来). */
    private static final String NOT_BY_AFTER = "于此来";

    private ProseDuties() {
    }

    /** The duties written in the sentences of {@code text[from, to)}, joined into one note; empty when none. */
    static List<PhrasedNotes.Found> find(String text, int from, int to, String city) {
        return find(text, from, to, city, false);
    }

    /**
     * Whether {@code text} gives organs a role in a 由-clause (工作由A会同B负责, 由A牵头): a note in all but form, what
     * makes a numbered item a task in any layout, unlike a subject, which only articles use that way.
     */
    static boolean assignsRole(String text, String city) {
        return !find(text, 0, text.length(), city, true).isEmpty();
    }

    private static List<PhrasedNotes.Found> find(String text, int from, int to, String city, boolean rolesOnly) {
        List<PhrasedNotes.Found> found = new ArrayList<>();
        int start = from;
        for (int i = from; i <= to; i++) {
            if (i == to || text.charAt(i) == '。' || text.charAt(i) == '；' || text.charAt(i) == '\n') {
                if (i > start) {
                    sentence(text, start, i, city, rolesOnly, found);
                }
                start = i + 1;
            }
        }
        return alone(text, found);
    }

    /** The one duty of a text whose one organ is in charge alone (本条由A负责实施) without its lead: see {@link #aloneInCharge}. */
    private static List<PhrasedNotes.Found> alone(String text, List<PhrasedNotes.Found> found) {
        if (found.size() != 1) {
            return found;
        }
        PhrasedNotes.Found only = found.get(0);
        List<UnitRef> units = aloneInCharge(text, only.units(), only.end());
        return units == only.units() ? found : List.of(new PhrasedNotes.Found(only.start(), only.end(), units));
    }

    /**
     * One organ in charge with none beside it (本条由A负责实施, 任务四由A负责) leads nobody: its role is left unsaid, as a
     * plain 责任单位 note leaves it; one in charge with others assisting (由A负责，B配合) leads them. {@code verbAt}: where
     * the duty's verb stands. The same list when nothing changes.
     */
    static List<UnitRef> aloneInCharge(String text, List<UnitRef> units, int verbAt) {
        return units.size() == 1 && "lead".equals(units.get(0).role()) && text.startsWith(IN_CHARGE, verbAt)
                && !text.startsWith(IN_CHARGE + "人", verbAt) ? List.of(withRole(units.get(0), null)) : units;
    }

    private static void sentence(String text, int from, int to, String city, boolean rolesOnly,
                                 List<PhrasedNotes.Found> found) {
        Matcher opening = OPENING.matcher(text).region(from, to);
        int s = opening.lookingAt() ? opening.end() : from;
        boolean placed = s < to && (PLACE_MARKS.indexOf(text.charAt(s)) >= 0 || SelfReferences.at(text, s, to)
                || Parties.at(text, s, to)
                || city != null && !city.isEmpty() && (text.startsWith(city, s) || startsWithCityStem(text, s, city)));
        Duty subject = placed ? duty(text, s, to, city, false) : null;
        if (subject == null && !placed) {
            // a speech names an organ by its place (汶溪高新区管委会要负责…): the spoken role says it is the subject
            Duty spoken = duty(text, s, to, city, false);
            subject = spoken != null && SPOKEN_ROLE.matcher(text).region(spoken.end(), to).lookingAt() ? spoken : null;
        }
        // roles only: a subject whose role is said (市科技局要牵头…), as a speech gives its duties
        if (subject != null && (!rolesOnly || SPOKEN_ROLE.matcher(text).region(subject.end(), to).lookingAt())) {
            if (LEAD_SAID.matcher(text).region(subject.end(), to).lookingAt()) {
                // 市发改委牵头、市工信局配合 / A牵头，B配合: the subject leads, the organs of the clauses after it assist
                Reading led = withAssisting(text, new ArrayList<>(subject.units()), subject.end(), to, city);
                found.add(new PhrasedNotes.Found(s, led.end(), led.units()));
            } else {
                found.add(new PhrasedNotes.Found(s, subject.end(), subject.units()));
            }
        }
        for (int i = s; i < to; i++) {
            boolean clauseStart = i > s && text.charAt(i - 1) == '，';
            int at;
            if (text.charAt(i) == '由' && by(text, i, s, to)) {
                at = i + 1;
            } else if (text.charAt(i) == '请' && (i == s || clauseStart)) {
                at = i + 1; // minutes and letters ask: 请A牵头，B配合 / 请A负责…
            } else if (text.startsWith(CHARGES, i) && (i == s || clauseStart)) {
                at = i + CHARGES.length(); // minutes charge: 责成A牵头，B配合
            } else if (clauseStart) {
                at = i; // 会议要求，A牵头，B、C配合: a clause that opens with organs and their role
            } else {
                continue;
            }
            Duty by = duty(text, at, to, city, true);
            if (by == null && at == i && subject != null && !rolesOnly) {
                // …，市委督查室要加强督促检查: the office that checks the work, given its part beside the sentence's subject
                Matcher checker = CHECKING_OFFICE.matcher(text).region(i, to);
                if (checker.lookingAt()) {
                    String surface = checker.group(1);
                    by = new Duty(List.of(new UnitRef(UnitNames.canonical(surface, city), surface, null,
                            new Span(i, i + surface.length()), null)), i + surface.length());
                }
            }
            // A会同B…: the joiner says who leads and who assists as a role verb would
            boolean roleSaid = by != null && (ROLE_VERB.matcher(text).region(by.end(), to).lookingAt()
                    || by.units().stream().anyMatch(u -> "co".equals(u.role())));
            // …，我局配合做好…: a clause that gives its organs the assisting part; a speech's …，B、C要积极配合 / 要在…上给予支持
            boolean assists = by != null && at == i && (ASSISTS.matcher(text).region(by.end(), to).lookingAt()
                    || spokenAssist(text, by.end(), to));
            // 市委组织部要…，市委督查室要…: a clause of its own subject, placed and with a modal, beside the sentence's
            boolean parallel = by != null && at == i && !rolesOnly && subject != null
                    && PLACE_MARKS.indexOf(text.charAt(i)) >= 0 && PARALLEL_MODAL.matcher(text).region(by.end(), to).lookingAt();
            if (by == null || (rolesOnly || at == i) && !roleSaid && !assists && !parallel) {
                continue;
            }
            List<UnitRef> units = new ArrayList<>(assists && !roleSaid
                    ? by.units().stream().map(u -> withRole(u, "co")).toList() : by.units());
            Reading read = withAssisting(text, units, by.end(), to, city);
            found.add(new PhrasedNotes.Found(i, read.end(), read.units()));
            i = read.end();
        }
    }

    /** A lead's role said right after its organs (牵头, 负责), before what assists it. */
    private static final Pattern LEAD_SAID = Pattern.compile("(?:牵头|负责)[，、]");

    /** {@code units} and the organs of the clauses after {@code end} that assist them (由A负责，B配合 / B按规定拨付). */
    private static Reading withAssisting(String text, List<UnitRef> units, int end, int to, String city) {
        for (int comma = nextComma(text, end, to); comma >= 0; comma = nextComma(text, end, to)) {
            // 由A牵头，会同B制定…: the joiner opens the next clause
            int coAt = text.startsWith(WITH, comma + 1) ? comma + 1 + WITH.length() : comma + 1;
            Reading co = list(text, coAt, to, city, "co");
            if (co == null || !follows(text, co.end(), to)) {
                co = assisting(text, comma + 1, to, city);
            }
            if (co == null) {
                break;
            }
            units.addAll(co.units());
            end = co.end();
        }
        return new Reading(units, end);
    }

    /** 沣溪高新区管委会… in the document of 沣溪市: the city's name without its 市 opens a subject's name. */
    private static boolean startsWithCityStem(String text, int at, String city) {
        return city.length() >= 3 && city.endsWith("市") && text.startsWith(city.substring(0, city.length() - 1), at);
    }

    /** A speech's assisting clause: a modal, then 配合 or 给予支持 before the clause ends (要积极配合, 要在…上给予支持). */
    private static final Pattern SPOKEN_ASSIST = Pattern.compile("^(?:要|将|应)[^，；。]{0,16}?(?:配合|给予支持|予以支持|支持配合|协助)");

    private static boolean spokenAssist(String text, int from, int to) {
        return SPOKEN_ASSIST.matcher(text).region(from, to).lookingAt();
    }

    /** What assisting organs do in the clause after a lead's: 配合, 参与, 做好指导, 给予支持. */
    private static final Pattern ASSISTS = Pattern.compile("(?:配合|参与|协助|协办|做好|给予|予以|提供)");

    /**
     * A clause of assisting units that may name companies as well as organs (B、C、某某集团有限公司参与): the names before
     * its verb, each an organ or a company; null when it is not such a clause.
     */
    private static Reading assisting(String text, int from, int to, String city) {
        int end = from;
        while (end < to && "，；。".indexOf(text.charAt(end)) < 0) {
            end++;
        }
        Matcher verb = ASSISTS.matcher(text).region(from, end);
        if (!verb.find() || verb.start() - from < 2) {
            return null;
        }
        List<UnitRef> units = UnitLists.split(text, from, verb.start(), "co", city);
        if (units.isEmpty() || units.stream().anyMatch(u -> u.surface().length() > MAX_UNIT
                || UnitNames.suffixOf(u.name()).isEmpty() && !UnitNames.isOrgan(u.name()))) {
            return null;
        }
        return new Reading(units, verb.start());
    }

    /** Whether the 由 at {@code i} means "by" and the sentence before it is not the rules speaking of themselves. */
    private static boolean by(String text, int i, int from, int to) {
        if (i + 1 >= to || NOT_BY_AFTER.indexOf(text.charAt(i + 1)) >= 0) {
            return false;
        }
        if (i > from && NOT_BY_BEFORE.indexOf(text.charAt(i - 1)) >= 0) {
            return false;
        }
        // 本条由A牵头: an item's own work, said of it, unlike the rules' closing (本细则由A负责解释)
        return !SELF.matcher(text).region(from, to).lookingAt() || THIS_ITEM.matcher(text).region(from, to).lookingAt();
    }

    private record Duty(List<UnitRef> units, int end) {
    }

    /**
     * The organs at {@code at} with their roles when a duty follows them: a list, an optional 会同 list, then
     * what they do; {@code byClause} when they follow 由.
     */
    private static Duty duty(String text, int at, int to, String city, boolean byClause) {
        Reading subjects = list(text, at, to, city, null);
        if (subjects == null) {
            return null;
        }
        int pos = subjects.end();
        List<UnitRef> units = new ArrayList<>();
        Reading with = null;
        int withAt = pos < to && MODALS.indexOf(text.charAt(pos)) >= 0 && text.startsWith(WITH, pos + 1) ? pos + 1 : pos;
        if (text.startsWith(WITH, withAt)) {
            with = list(text, withAt + WITH.length(), to, city, "co");
            if (with == null) {
                return null;
            }
            pos = with.end();
        }
        // 由A会同B，支持…: the comma closes the clause that names them
        boolean closedWith = with != null && pos < to && text.charAt(pos) == '，';
        if (!closedWith && !follows(text, pos, to)) {
            return null;
        }
        Matcher shared = SHARED.matcher(text).region(pos, to);
        boolean sharedWork = shared.lookingAt() && !text.startsWith(LEAD, shared.end());
        // 由A、B按规定统筹解决 names no lead: several organs lead only when a role verb says so (由A、B牵头)
        boolean oneLeads = with != null || subjects.units().size() == 1
                || byClause && !sharedWork && ROLE_VERB.matcher(text).region(pos, to).lookingAt();
        String role = sharedWork ? null : oneLeads ? "lead" : null;
        subjects.units().forEach(u -> units.add(withRole(u, role)));
        if (with != null) {
            units.addAll(with.units());
        }
        return new Duty(units, pos);
    }

    /** Whether a duty follows at {@code pos}: a word, not a joiner or the sentence's end (A、B is a list, not work). */
    private static boolean follows(String text, int pos, int to) {
        if (pos >= to) {
            return false;
        }
        char c = text.charAt(pos);
        return Character.isLetter(c) && c != '的' && c != '与' && c != '和' && c != '及' && c != '等';
    }

    private static int nextComma(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '，') {
                return i;
            }
            // A牵头、B配合: a role said, then 、 parts the lead's clause from the assisting one as a comma would
            if (c == '、' && i >= 2 && (text.startsWith(LEAD, i - LEAD.length()) || text.startsWith(IN_CHARGE, i - IN_CHARGE.length()))) {
                return i;
            }
            if (c == '由') {
                return -1;
            }
        }
        return -1;
    }

    private record Reading(List<UnitRef> units, int end) {
    }

    /** Organs joined by 、 from {@code at}, each ended where what it does begins; null when none. */
    private static Reading list(String text, int at, int to, String city, String role) {
        List<UnitRef> units = new ArrayList<>();
        int pos = at;
        while (true) {
            // a school shares the work beside organs (由A会同B、某某大学负责), never in their place
            int end = unitEnd(text, pos, to, "co".equals(role) || !units.isEmpty());
            if (end < 0) {
                return units.isEmpty() ? null : new Reading(units, pos - 1);
            }
            String surface = text.substring(pos, end);
            String name = UnitNames.canonical(withoutAlias(surface), city);
            if (name.isEmpty()) {
                return null;
            }
            units.add(new UnitRef(name, surface, role, new Span(pos, end), null));
            if (end < to && (text.charAt(end) == '、' || text.charAt(end) == '和' || text.charAt(end) == '及')) {
                pos = end + 1;
            } else {
                return new Reading(units, end);
            }
        }
    }

    /** The last characters {@link #ORGAN} may match at: asked first, for every character a name grows by. */
    private static final String ORGAN_LAST = "局委办厅府会室部行处方";

    /** A university or college by its name's ending, four characters at least (某某大学, not 大学). */
    private static final Pattern SCHOOL = Pattern.compile("\\p{IsHan}{2,}(?:大学|学院)$");

    private static boolean endsAs(CharSequence name, boolean schools) {
        return endsAsOrgan(name) || schools && name.length() >= 4 && SCHOOL.matcher(name).find();
    }

    private static boolean endsAsOrgan(CharSequence name) {
        return name.length() > 0 && ORGAN_LAST.indexOf(name.charAt(name.length() - 1)) >= 0 && ORGAN.matcher(name).find();
    }

    /**
     * Where the organ's name at {@code at} ends: the first point where it ends as an organ and something other than
     * more of a name follows (、，, 会同, a verb); a bracket inside ((以下简称…)) is passed over. -1 when none.
     */
    private static int unitEnd(String text, int at, int to, boolean schools) {
        StringBuilder name = new StringBuilder();
        for (int j = at; j < to && name.length() < MAX_UNIT; j++) {
            char c = text.charAt(j);
            if (c == '（') {
                int close = text.indexOf('）', j);
                if (close < 0 || close >= to || close - j > MAX_UNIT) {
                    return -1;
                }
                j = close;
                // 市委组织部（市委人才办）、…: the organ's second name in brackets ends it
                if (name.length() >= 2 && endsAs(name, schools) && ends(text, close + 1, to)) {
                    return close + 1;
                }
                continue;
            }
            if (!isNameChar(c)) {
                return -1;
            }
            name.append(c);
            int end = j + 1;
            if (name.length() >= 2 && endsAs(name, schools) && ends(text, end, to)) {
                return end;
            }
        }
        return -1;
    }

    private static boolean ends(String text, int at, int to) {
        if (at >= to) {
            return true;
        }
        char c = text.charAt(at);
        return c == '、' || c == '，' || c == '：' || (c == '和' || c == '及') && unitEnd(text, at + 1, to, false) > 0
                || AFTER_SUBJECT.matcher(text).region(at, to).lookingAt();
    }

    private static boolean isNameChar(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN && c != '由' && c != '的' && c != '与'
                && c != '及' && c != '等';
    }

    /** 峪川高新技术产业开发区（以下简称峪川高新区）管委会 → 峪川高新区管委会: the document's own short name. */
    private static String withoutAlias(String surface) {
        int open = surface.indexOf('（');
        if (open < 0) {
            return surface;
        }
        int close = surface.indexOf('）', open);
        String inside = surface.substring(open + 1, close);
        String rest = surface.substring(close + 1);
        // another bracket is part of the name (各县（市、区）人民政府)
        return surface.startsWith(ALIAS_OPEN, open) ? inside.substring(ALIAS_OPEN.length() - 1) + rest : surface;
    }

    private static UnitRef withRole(UnitRef u, String role) {
        return new UnitRef(u.name(), u.surface(), role, u.span(), u.repairedFrom());
    }

    /**
     * The units of {@code found} once each, the first role given winning; once a sentence has named the lead, an organ
     * a later sentence gives its own job (…；市财政局按照…研究提出资金支持意见) assists.
     */
    static List<UnitRef> units(List<PhrasedNotes.Found> found) {
        Map<String, UnitRef> byName = new LinkedHashMap<>();
        // a first sentence that splits the roles (请A牵头，B配合) names the lead; later subjects assist
        boolean split = !found.isEmpty() && found.get(0).units().stream().anyMatch(u -> "co".equals(u.role()));
        boolean led = false;
        for (PhrasedNotes.Found f : found) {
            boolean ledBefore = led;
            for (UnitRef u : f.units()) {
                byName.putIfAbsent(u.name(), split && ledBefore && "lead".equals(u.role()) ? withRole(u, "co") : u);
                led |= "lead".equals(u.role());
            }
        }
        List<UnitRef> units = List.copyOf(byName.values());
        // sentences that each give their own subject a job (甲方提供…；乙方负责…), nobody assisting: they share the work
        long leads = units.stream().filter(u -> "lead".equals(u.role())).count();
        boolean shared = leads > 1 && units.stream().noneMatch(u -> "co".equals(u.role()))
                && found.stream().allMatch(f -> f.units().size() == 1);
        return shared ? units.stream().map(u -> withRole(u, null)).toList() : units;
    }
}
