package dev.collabgraph.loader.structure;

import dev.collabgraph.loader.text.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a printed list of units (市科技局、发改委，各县（市）区 新盛公司) into {@link UnitRef}s. Separators
 * inside brackets do not split, so 各县（市、区） stays one unit; a role mark after a unit (（牵头）) sets
 * its role and is not part of its name (〔牵头〕 too); another organ's name in brackets after it stays part
 * of it, as the document names the unit so (市委组织部（市委人才办）).
 * Zones listed before the committee they share (洛阳高新区、伊滨区管委会) each get the committee. 及 joins two
 * units when the name before it is complete (县直各有关部门及各乡镇人民政府). A county or district level given
 * once for a list (县科技局、财政局、统计局) belongs to every bare department after it ({@link #shareLevel}).
 */
final class UnitLists {
    /** ／ parts units in a spreadsheet cell (区科技局／区工商联); 丶 is OCR's 、. */
    private static final String SEPARATORS = "、，,；;： \t／丶";
    /** The links of a duty chain: 市科技局（牵头）→ 市财政局（配合）, also ⇒ and -> . */
    private static final String ARROWS = "→⇒➔➜➝";
    /** A leader heading a duty chain (副市长 某某 → …): an official, no unit. */
    private static final Pattern LEADER = Pattern.compile(
            "^(?:常务)?副?(?:市长|县长|区长|书记|秘书长|省长)[\\s\u3000]*\\p{IsHan}{2,3}(?:[\\s\u3000]\\p{IsHan}{1,2})?$");
    /** An official named after the unit (（局长 某某）, a 责任单位及责任人 list): a title, then a person's name. */
    private static final Pattern PERSON_GLOSS = Pattern.compile(
            "（(?:(?:分管领导|分管负责人|责任人|联系人)[：:][\\s\u3000]*)?(?:分管)?(?:副)?(?:局长|主任|行长|书记|部长|处长|科长|区长|县长|市长|院长|校长|总经理|董事长|负责人)[\\s\u3000]*"
                    + "\\p{IsHan}{1,3}(?:[\\s\u3000]*\\p{IsHan}{1,2})?）$");
    /**
     * A remark in brackets after a unit, a clause rather than a name (（市总工会不再列为配合单位）, （原由市教育局承担）): it
     * negates, reassigns or explains.
     */
    private static final Pattern REMARK_GLOSS = Pattern.compile(
            "（[^（）]{0,12}(?:不再|不列|列为|调整|改由|原由|移交|负责|承担)[^（）]{0,16}）$");
    /** A bracket closing a list (its rule that the first-listed unit leads, {@link AnnexReader#saysFirstLeads}). */
    private static final Pattern RULE_GLOSS = Pattern.compile("（[^（）]{4,30}）$");
    /** A contact for the unit (（联系人：某某，0731-88265103）, （联系电话：…）): no part of its name. */
    private static final Pattern CONTACT_GLOSS = Pattern.compile("[\\s\u3000]*（(?:联系人|联系电话|电话|联系方式)[：:][^（）]*）$");
    /**
     * A person's name alone in brackets after the unit (科技创新局（张某某）): two or three characters that end no organ,
     * place or role word.
     */
    private static final Pattern NAME_GLOSS = Pattern.compile("（\\p{IsHan}{1,2}[\\p{IsHan}&&[^办局委处科室部会院心站所队司厅组校团区县市省镇乡头责办合同与道社村园场港位门业构区筹]]）$");
    /** A person's name after the unit and a slash (企业服务局/陈默). */
    private static final Pattern SLASHED_PERSON = Pattern.compile("[/／]\\p{IsHan}{2,3}$");
    /**
     * The words that give a unit its role (lead: 牵头, 主办, 主责, 主抓; assisting: 配合, 协办, 会办, 协抓, 参与, 协同), as a
     * regex alternation: the note grammar, the unit columns of tables and the titles' end all read the same words.
     */
    static final String ROLE_WORDS = "牵头|主办|主责|首责|主抓|配合|协办|会办|协抓|参与|协同|协助";
    /** The lead named in a bracket after a list of units: （A牵头）, （A、B为牵头单位）. */
    private static final Pattern NAMED_LEADS = Pattern.compile("（([^（）]{2,40}?)(?:为)?牵头(?:单位|部门)?）$");
    /** A role set after a unit: （牵头）, 【配合】, （共同牵头） for a second lead beside the first-listed one. */
    private static final Pattern ROLE_MARK = Pattern.compile("[（〔\\[【](?:共同)?(" + ROLE_WORDS + "|落实)(?:单位)?[）〕\\]】]$");
    /** Work shared by the units listed, said after the last: （共同负责）, （分别负责）, a suggestion handled apart (（分办）). */
    private static final Pattern JOINT_MARK = Pattern.compile("[（〔\\[【](?:(?:共同|分别|联合|按职责分工|按职责)负责|分办|分别办理)[）〕\\]】]$");
    /** The closing brackets {@link #ROLE_MARK} ends with. */
    private static final String ROLE_MARK_LAST = "）〕]】";
    /** A development zone's name, whose units are its committee (管委会). */
    /** A field left empty: a dash, a slash, 无, or not decided yet (待定). */
    private static final Pattern NO_UNIT = Pattern.compile("^(?:[—\\-－/／无]+|待定|暂无|另定)$");
    private static final Pattern FIGURE = Pattern.compile("^[\\d.,%％]+$");

    /** Whether a cell or field names nobody (—, ／, 无). */
    static boolean namesNobody(String text) {
        return FirstChar.among(text, NO_UNIT_FIRST) && NO_UNIT.matcher(text).matches();
    }

    /** The characters a match of {@link #NO_UNIT} opens with. */
    private static final String NO_UNIT_FIRST = "—-－/／无待暂另";
    /** The characters a match of {@link #FIGURE} opens with. */
    private static final String FIGURE_FIRST = "0123456789.,%％";
    /** The characters a match of {@link #LEADER} opens with. */
    private static final String LEADER_FIRST = "常副市县区书秘省";
    /** The last character of the bracketed glosses after a unit (remarks, contacts, names, officials). */
    private static final String GLOSS_LAST = "）";
    /** The slashes {@link #SLASHED_PERSON} needs. */
    private static final String SLASHES = "/／";
    private static final Pattern ZONE = Pattern.compile("(?:开发区|高新区|经开区|新区|园区)$");
    private static final String COMMITTEE = "管委会";
    private static final char AND = '及';
    /** 和 joins two units the same way (市财政局和人民银行某某分行); inside a name (人力资源和社会保障局) it joins no organ. */
    private static final char ALSO_AND = '和';
    /**
     * A bare department: its own name only, with a department's ending (财政局, 发改委, 科协); it starts with no
     * level or place (a leading 市 is one unless it begins the word 市场).
     */
    private static final Pattern BARE_DEPARTMENT = Pattern.compile("^(?:市场|[^市县区镇乡省各])[^县区镇乡（）]{0,7}(?:局|委|办|协)$");
    /** A department under a level (县科技局): the level, then its own name; not a party organ (县委…) or government. */
    private static final Pattern LEVELED_DEPARTMENT = Pattern.compile("^([县区])(?!委|政府|人民)[^县区镇乡（）]{1,8}(?:局|委|办|协)$");

    private UnitLists() {
    }

    /**
     * The units of {@code text[from, to)} in printed order; {@code role} applies to every unit without its
     * own role mark, {@code city} is the issuing city for canonical names.
     */
    static List<UnitRef> split(String text, int from, int to, String role, String city) {
        // A、B、C（A牵头）: the bracket after the list names its lead among the units listed, and is no part of a name
        List<String> namedLeads = List.of();
        int last = to;
        while (last > from && Character.isWhitespace(text.charAt(last - 1))) {
            last--;
        }
        if (role == null && last - from > 6 && text.charAt(last - 1) == '）') {
            Matcher named = NAMED_LEADS.matcher(text).region(from, last);
            if (named.find() && named.start() > from) {
                namedLeads = split(text, named.start(1), named.end(1), null, city).stream().map(UnitRef::name).toList();
                if (!namedLeads.isEmpty()) {
                    List<UnitRef> listed = split(text, from, named.start(), null, city);
                    if (listed.size() > 1 && namedLeads.stream()
                            .allMatch(n -> listed.stream().anyMatch(u -> u.name().equals(n)))) {
                        List<String> leads = namedLeads;
                        return listed.stream().map(u -> new UnitRef(u.name(), u.surface(),
                                leads.contains(u.name()) ? "lead" : "co", u.span(), u.repairedFrom())).toList();
                    }
                }
            }
        }
        List<UnitRef> units = new ArrayList<>();
        int depth = 0;
        int start = from;
        List<Integer> groups = new ArrayList<>(); // how many units stood before each arrow of a duty chain
        for (int i = from; i <= to; i++) {
            char c = i < to ? text.charAt(i) : ' ';
            if (c == '（') {
                depth++;
            } else if (c == '）') {
                depth = Math.max(0, depth - 1);
                if (depth == 0 && i + 1 < to && Character.isIdeographic(text.charAt(i + 1))
                        && ROLE_MARK.matcher(text).region(start, i + 1).find()) {
                    // A（牵头）B: a cell's line break lost between a unit marked with its role and the next unit
                    add(text, start, i + 1, role, city, units);
                    start = i + 1;
                }
            } else if (depth == 0 && (ARROWS.indexOf(c) >= 0 || c == '-' && i + 1 < to && text.charAt(i + 1) == '>')) {
                // a duty chain (A（牵头）→ B、C（配合）): each link a list of its own
                add(text, start, i, role, city, units);
                groups.add(units.size());
                i += c == '-' ? 1 : 0;
                start = i + 1;
            } else if (depth == 0 && (SEPARATORS.indexOf(c) >= 0 && !(c == ' ' && (glossFollows(text, i, to)
                    || levelBeforeBlank(text, start, i)))
                    && !(c == '、' && levelsOfOneOrgan(text, start, i, to))
                    || (c == AND || c == ALSO_AND) && joinsUnits(text, start, i))) {
                add(text, start, i, role, city, units);
                start = i + 1;
            }
        }
        if (role != null && units.size() > 1 && sharedWork(text, from, to)) {
            // A、B、C（按职责分工负责） in a lead column: they share the work, none leads
            units.replaceAll(u -> new UnitRef(u.name(), u.surface(), null, u.span(), u.repairedFrom()));
        }
        if (!groups.isEmpty()) {
            groups.add(units.size());
            markGroups(units, groups);
        }
        return shareCommittee(jointLead(text, from, to, units));
    }

    /** In a duty chain, a role marked after a link's last unit (B、C（配合）) is the role of all that link's units. */
    private static void markGroups(List<UnitRef> units, List<Integer> groups) {
        int first = 0;
        for (int end : groups) {
            String role = end > first ? units.get(end - 1).role() : null;
            for (int k = first; k < end - 1 && role != null; k++) {
                UnitRef u = units.get(k);
                if (u.role() == null) {
                    units.set(k, new UnitRef(u.name(), u.surface(), role, u.span(), u.repairedFrom()));
                }
            }
            first = end;
        }
    }

    /** Whether the list {@code text[from, to)} closes on a mark that its units share the work: （共同负责）. */
    private static boolean sharedWork(String text, int from, int to) {
        int end = to;
        while (end > from && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        // （分办）: a suggestion handled apart, each host leading its part, is no shared work
        return end > from && ROLE_MARK_LAST.indexOf(text.charAt(end - 1)) >= 0
                && JOINT_MARK.matcher(text).region(from, end).find() && text.startsWith("负责", end - 3);
    }

    private static final java.util.regex.Pattern JOINT_LEAD = java.util.regex.Pattern.compile("[（〔\\[【]共同牵头");

    /** Whether {@link #JOINT_LEAD} is found in [{@code from}, {@code to}): its words looked for first, by indexOf. */
    private static boolean holdsJointLead(String text, int from, int to) {
        int words = text.indexOf(JOINT_LEAD_WORDS, from + 1);
        return words >= 0 && words + JOINT_LEAD_WORDS.length() <= to
                && JOINT_LEAD.matcher(text).region(from, to).find();
    }

    /** The words after {@link #JOINT_LEAD}'s bracket. */
    private static final String JOINT_LEAD_WORDS = "共同牵头";

    /** A unit marked （共同牵头） leads together with the first-listed one, which leads by its place. */
    private static List<UnitRef> jointLead(String text, int from, int to, List<UnitRef> units) {
        if (units.size() < 2 || !holdsJointLead(text, from, to) || "lead".equals(units.get(0).role())) {
            return units;
        }
        UnitRef first = units.get(0);
        List<UnitRef> led = new ArrayList<>(units);
        led.set(0, new UnitRef(first.name(), first.surface(), "lead", first.span(), first.repairedFrom()));
        return led;
    }

    /**
     * 各区、县（市）人民政府: the levels of a collective named before the organ they share; the 、 does not end a unit there.
     */
    private static final java.util.regex.Pattern LEVEL = java.util.regex.Pattern.compile("各[区县市镇乡]");
    private static final java.util.regex.Pattern LEVEL_AND_ORGAN = java.util.regex.Pattern.compile(
            "[区县市镇乡](?:（[区县市]）)?(?:人民)?政府");

    private static boolean levelsOfOneOrgan(String text, int start, int comma, int to) {
        return LEVEL.matcher(text.substring(start, comma).strip()).matches()
                && LEVEL_AND_ORGAN.matcher(text).region(comma + 1, to).lookingAt();
    }

    /**
     * Whether the blank at {@code at} follows a lone level character (市 科技局, a scan's stray blank) or a parent organ's
     * place (国家税务总局某某市 税务局): no unit is named 市 or so, so the blank parts nothing.
     */
    private static boolean levelBeforeBlank(String text, int start, int at) {
        return at - start == 1 && "市县区省".indexOf(text.charAt(start)) >= 0 || branchCut(text, start, at);
    }

    /** A branch organ's bureau after the place it serves, as a cell's line break cuts the name: 国家税务总局某某市 税务局. */
    private static final Pattern BRANCH_TAIL = Pattern.compile("^[\\u4e00-\\u9fff]{1,4}(?:分局|支局|局|分行|支行)");

    /** Whether a parent organ and a place (国家税务总局某某市) stand before the blank at {@code at} and a bureau after it. */
    private static boolean branchCut(String text, int start, int at) {
        if (at - start < 5 || at + 1 > text.length() || "市县区省".indexOf(text.charAt(at - 1)) < 0) {
            return false; // (a blank closing the text has no bureau after it)
        }
        boolean parent = false;
        for (int k = start; k < at - 2; k++) {
            parent |= "局行署".indexOf(text.charAt(k)) >= 0;
        }
        return parent && BRANCH_TAIL.matcher(text).region(at + 1, text.length()).lookingAt();
    }

    /** Whether the space at {@code at} only sets off a bracket that glosses the name before it (县委组织部 （县委人才办）). */
    private static boolean glossFollows(String text, int at, int to) {
        int next = at;
        while (next < to && text.charAt(next) == ' ') {
            next++;
        }
        return next < to && text.charAt(next) == '（' && at > 0 && Character.isIdeographic(text.charAt(at - 1));
    }

    /** Whether the 及 at {@code at} ends a complete unit name begun at {@code start}. */
    private static boolean joinsUnits(String text, int start, int at) {
        return at > start + 1 && UnitNames.isOrgan(text.substring(start, at).strip());
    }

    /**
     * {@code units} with a level given once (县科技局、财政局) put before the bare departments that follow it in the
     * same list: 县财政局. Only 县 and 区 are carried (a city's 市 is dropped from department names anyway), and only
     * to names that carry no place of their own.
     */
    static List<UnitRef> shareLevel(List<UnitRef> units) {
        List<UnitRef> out = new ArrayList<>(units.size());
        String level = "";
        for (UnitRef u : units) {
            Matcher leveled = LEVELED_DEPARTMENT.matcher(u.name());
            if (leveled.matches()) {
                level = leveled.group(1);
            } else if (!level.isEmpty() && BARE_DEPARTMENT.matcher(u.name()).matches()) {
                u = new UnitRef(level + u.name(), u.surface(), u.role(), u.span(), u.repairedFrom());
            } else if (!out.isEmpty() && BARE_LEADERSHIP.matcher(u.name()).matches()) {
                // 各县（市、区）党委和政府: the place named once before the Party committee is the government's too
                Matcher placed = PLACED_LEADERSHIP.matcher(out.get(out.size() - 1).name());
                if (placed.matches()) {
                    u = new UnitRef(placed.group(1) + u.name(), u.surface(), u.role(), u.span(), u.repairedFrom());
                }
            }
            out.add(u);
        }
        return out;
    }

    /** A place's Party committee or government named alone after the other (党委和政府): its place is elided. */
    private static final Pattern BARE_LEADERSHIP = Pattern.compile("^(?:(?:人民)?政府|党委)$");
    /** A place's Party committee or government with its place: the place, then the body. */
    private static final Pattern PLACED_LEADERSHIP = Pattern.compile("^(.{2,16}?)(?:党委|(?:人民)?政府)$");

    /** 洛阳高新区、洛阳经济技术开发区、伊滨区管委会: the zones before a committee are committees too. */
    private static List<UnitRef> shareCommittee(List<UnitRef> units) {
        List<UnitRef> out = new ArrayList<>(units);
        for (int i = out.size() - 1; i > 0; i--) {
            if (!out.get(i).name().endsWith(COMMITTEE)) {
                continue;
            }
            for (int j = i - 1; j >= 0 && ZONE.matcher(out.get(j).name()).find(); j--) {
                UnitRef zone = out.get(j);
                out.set(j, new UnitRef(zone.name() + COMMITTEE, zone.surface(), zone.role(), zone.span(),
                        zone.repairedFrom()));
            }
        }
        return out;
    }

    private static final String CLOSES = "）〕]】)";
    private static final String OPENS = "（〔[【(";

    /** {@code surface} without a closing bracket it ends with that no bracket in it opened; null when there is none. */
    private static String unopenedClose(String surface) {
        int last = surface.length() - 1;
        int kind = last < 0 ? -1 : CLOSES.indexOf(surface.charAt(last));
        if (kind < 0) {
            return null;
        }
        int depth = 0;
        for (int i = 0; i < last; i++) {
            char c = surface.charAt(i);
            if (OPENS.indexOf(c) >= 0) {
                depth++;
            } else if (CLOSES.indexOf(c) >= 0) {
                depth--;
            }
        }
        return depth <= 0 ? surface.substring(0, last) : null;
    }

    private static void add(String text, int start, int end, String role, String city, List<UnitRef> units) {
        String surface = text.substring(start, end).strip();
        List<Integer> cuts = RunTogetherUnits.cuts(surface);
        if (!cuts.isEmpty()) {
            // 科技局发改委经信委: names run together where a cell's blanks were lost, one unit each
            int at = start + text.substring(start, end).indexOf(surface);
            int previous = 0;
            for (int cut : cuts) {
                add(text, at + previous, at + cut, role, city, units);
                previous = cut;
            }
            add(text, at + previous, at + surface.length(), role, city, units);
            return;
        }
        if (surface.isEmpty() || namesNobody(surface)
                || FirstChar.among(surface, FIGURE_FIRST) && FIGURE.matcher(surface).matches()
                || FirstChar.among(surface, LEADER_FIRST) && LEADER.matcher(surface).matches()) {
            return; // 配合单位：— names nobody; a figure (20%) wrapped into a unit column is no unit
        }
        String unopened = unopenedClose(surface);
        if (unopened != null) {
            // 配合单位：A、B] closing a footnote or a bracketed note: the bracket closes the note, not B's name
            surface = unopened.strip();
            end = start + text.substring(start, end).indexOf(surface) + surface.length();
            if (surface.isEmpty()) {
                return;
            }
        }
        String own = role;
        Matcher mark = LastChar.among(surface, ROLE_MARK_LAST) ? ROLE_MARK.matcher(surface) : null;
        if (mark != null && mark.find()) {
            // （落实）: the place that carries the work out assists its lead
            own = "落实".equals(mark.group(1)) ? "co" : roleOf(mark.group(1));
            end = start + mark.start();
            surface = surface.substring(0, mark.start());
        }
        Matcher joint = LastChar.among(surface, ROLE_MARK_LAST) ? JOINT_MARK.matcher(surface) : null;
        if (joint != null && joint.find()) {
            // （共同负责） after the last of a list: all share the work, none leads; the mark is no part of a name
            end = start + joint.start();
            surface = surface.substring(0, joint.start());
        }
        // each gloss below is tried only where it can match (a pattern created and tried on every unit of every list was
        // a tenth of the structure stage's matchers)
        Matcher remark = LastChar.among(surface, GLOSS_LAST) ? REMARK_GLOSS.matcher(surface) : null;
        if (remark != null && remark.find() && UnitNames.isOrgan(surface.substring(0, remark.start()))) {
            // 市科技局（市总工会不再列为配合单位）: a remark on the list, set after its last unit
            end = start + remark.start();
            surface = surface.substring(0, remark.start());
        }
        Matcher rule = LastChar.among(surface, "）") ? RULE_GLOSS.matcher(surface) : null;
        if (rule != null && rule.find() && AnnexReader.saysFirstLeads(rule.group())) {
            // 县科技局、县财政局（排名第一的为牵头单位）: the document's rule repeated after a list, no part of a name
            end = start + rule.start();
            surface = surface.substring(0, rule.start());
        }
        Matcher contact = LastChar.among(surface, GLOSS_LAST) ? CONTACT_GLOSS.matcher(surface) : null;
        if (contact != null && contact.find()) {
            end = start + contact.start();
            surface = surface.substring(0, contact.start());
        }
        Matcher named = LastChar.among(surface, GLOSS_LAST) ? NAME_GLOSS.matcher(surface) : null;
        if (named != null && named.find() && UnitNames.isOrgan(surface.substring(0, named.start()))) {
            // 科技创新局（张某某）, a 责任单位及责任人 list: the person answerable, not a second name of the unit
            end = start + named.start();
            surface = surface.substring(0, named.start());
        }
        Matcher person = LastChar.among(surface, GLOSS_LAST) ? PERSON_GLOSS.matcher(surface) : null;
        Matcher slashed = FirstChar.anyIn(surface, SLASHES) ? SLASHED_PERSON.matcher(surface) : null;
        if (slashed != null && slashed.find() && UnitNames.isOrgan(surface.substring(0, slashed.start()))) {
            person = slashed; // 企业服务局/陈默: the unit, then the person answerable for it
        }
        if (person != null && person.find(0)) {
            // 区科技局（局长 某某）: the official answerable for the unit is no part of its name
            end = start + person.start();
            surface = surface.substring(0, person.start());
        }
        int signed = surface.length();
        while (signed > 0 && (LEAD_SIGNS.indexOf(surface.charAt(signed - 1)) >= 0
                || signed < surface.length() && SIGN_BLANKS.indexOf(surface.charAt(signed - 1)) >= 0)) {
            signed--;
        }
        if (signed < surface.length() && signed > 0) {
            // 市科技局△: the sign a legend gives the lead ({@link MarkedLeads}) is no letter of the name; the span stops
            // before it, so the sign is read right after the unit
            end = start + signed;
            surface = surface.substring(0, signed);
        }
        String name = UnitNames.canonical(surface, city);
        if (!name.isEmpty()) {
            units.add(new UnitRef(name, surface, own, new Span(start, end), null));
        }
    }

    /** Signs a legend may give the lead units ({@link MarkedLeads}), set right after a unit's name. */
    private static final String LEAD_SIGNS = "*＊★☆※#＃▲△";
    private static final String SIGN_BLANKS = " \u3000";

    /**
     * "lead" for 牵头/主办/主责/主抓, "co" for 配合/协办/协抓/参与/协同 and for 属地 (the governments of the places where the work
     * is done, named after the lead), null for 责任 (the document does not say).
     */
    /**
     * Words for the unit that undertakes the work or takes its applications (承办单位, 受理部门): the lead beside units that
     * assist (协办, 配合, 会审), else only who does the work. Notes and annex columns read them alike.
     */
    static final java.util.Set<String> UNDERTAKING = java.util.Set.of("承办", "受理");

    static String roleOf(String word) {
        return switch (word) {
            // 主管部门: the department in charge of the work leads it, beside assisting units or alone
            case "牵头", "主办", "主责", "首责", "主抓", "主要责任", "主管" -> "lead";
            // 主要承载地 of a chain-chief plan: the districts and parks the chain is built in work with its lead
            case "配合", "协办", "会办", "会审", "协审", "协抓", "参与", "协同", "协助", "属地", "成员", "其他责任", "承载地", "主要承载地" -> "co";
            default -> null;
        };
    }
}
