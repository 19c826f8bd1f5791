package dev.collabgraph.loader.entity;

import dev.collabgraph.loader.text.CharPositions;
import dev.collabgraph.loader.text.MatchStarts;
import dev.collabgraph.model.Label;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Industry names that the frame X业以“…”为方向，重点发展A、B等C，D、E等F reveals: every item and every
 * 等-head of the comma-separated segments, up to the first segment that starts with a new verb.
 */
final class IndustryFrames {
    private IndustryFrames() {
    }

    /** 煤盐化工业以“…”为方向，重点发展制盐、氯碱等盐化工，煤焦化、气化等煤化工 … */
    static void find(Scan scan, List<Candidate> out) {
        String text = scan.text;
        Matcher frame = IndustryRules.FRAME.matcher(text);
        for (int at = 0; AnchoredFind.startingWith(frame, text, at, text.length(), IndustryRules.FRAME_OPENINGS); at = frame.end()) {
            topic(scan, frame.start(), out);
            int segmentStart = frame.end();
            boolean first = true;
            while (segmentStart < text.length()) {
                int segmentEnd = segmentEnd(text, segmentStart);
                if (!first && Lexicon.BOUNDARY.longestAt(text, segmentStart, segmentEnd) != null) {
                    break;
                }
                int deng = text.lastIndexOf('等', segmentEnd - 1);
                if (first && deng < segmentStart) {
                    plainList(scan, segmentStart, segmentEnd, out);
                }
                // 重点发展A、B、C等。: a list closed by 等 at the end of its segment has no head, its items are the industries
                boolean headless = deng == segmentEnd - 1 && deng > segmentStart;
                if (headless) {
                    addItems(scan, deng, segmentStart, out);
                }
                if (deng > segmentStart && segmentEnd - deng - 1 >= 2) {
                    String head = text.substring(deng + 1, segmentEnd);
                    // A head glossed in brackets (整机（车）制造) names the kind of the items, not an industry.
                    // (judged without its category word: 等细分领域 is made of generic words and 领域 alone)
                    if (Lexicon.specificChars(Canonical.industry(head)) >= 2 && head.length() <= 12 && head.indexOf('（') < 0
                            && head.indexOf('的') < 0 && Lexicon.leadingAt(head, 0, head.length()) == null) {
                        out.add(new Candidate(Label.Industry, deng + 1, segmentEnd, "context:industry-frame", null));
                    }
                    for (int[] item : Enumerations.items(scan, deng, Label.Industry)) {
                        if (item[0] >= segmentStart && item[1] - item[0] >= 2 && item[1] - item[0] <= 12) {
                            out.add(new Candidate(Label.Industry, item[0], item[1], "context:industry-frame", null));
                        }
                    }
                }
                if (segmentEnd >= text.length() || text.charAt(segmentEnd) != '，') {
                    break;
                }
                segmentStart = segmentEnd + 1;
                first = false;
            }
        }
    }

    /** The letters a trade's name is written in: Han, and Latin for a technology's acronym (OLED发光材料, MEMS传感器). */
    private static final String NAME_LETTERS = "[\\u4e00-\\u9fffA-Za-z]";

    /** The characters the items of 以…为重点 and 向…延伸 frames cannot hold (a line's end: a heading is no item). */
    private static final String FRAME_STOPS = "，。；：“”（）\n";

    /** 以数控机床、精密模具为重点, 以智能装备和新材料为首位产业: the industries a place or a chain puts first. */
    private static final Pattern FOCUS = Pattern.compile("以([^" + FRAME_STOPS + "]{2,40}?)等?为(?:重点|主导|首位|主攻|核心|牵引|引领)");
    private static final int FOCUS_MIN_CHARS = 2;
    private static final int FOCUS_MAX_CHARS = 40;
    /** The heads industry names end with: what is made, processed or served (…机床, …储能, …食品, …加工, …激光器). */
    private static final String TRADE_HEADS = "(?:制造|材料|装备|设备|医药|药物|中药|药材|药|器械|能源|储能|电池"
            + "|化工|电子|芯片|机床|食品|加工|制品|建材|汽车|机械|仪器|软件|纺织|服装|金属|光伏|能|信息|经济|技术"
            + "|器|器件|模块|部件|电机|轴承)";
    private static final Pattern TRADE_HEAD = Pattern.compile(NAME_LETTERS + "*" + TRADE_HEADS + "$");
    /** {@link #TRADE_HEAD}'s heads alone, looked for right before a position. */
    private static final Pattern TRADE_END = Pattern.compile(TRADE_HEADS + "$");
    /** How far back a trade's head may start: its longest word. */
    private static final int TRADE_HEAD_REACH = 2;

    /** Whether a trade's head (…汽车, …材料, …器件) ends at {@code end}. */
    static boolean tradeEndsAt(String text, int end) {
        return TRADE_END.matcher(text).region(Math.max(0, end - TRADE_HEAD_REACH), end).find();
    }
    /** What a frame's subject ends with when it is a place or a chain (北区以…, 某某工业集中区以…, 某某产业链以…). */
    private static final String PLACE_OR_CHAIN_END = "区园链业谷城镇县市";
    private static final String RULE = "context:industry-frame";
    private static final int MIN_PLAIN_ITEMS = 2;

    /** The industries of 以A、B和C为重点 frames: two items or more, each looking like an industry, or none is taken. */
    static void focus(Scan scan, List<Candidate> out) {
        String text = scan.text;
        Matcher m = FOCUS.matcher(text);
        for (int at = 0; AnchoredFind.startingWith(m, text, at, text.length(), '以',
                p -> closerAhead(text, p, FOCUS_MIN_CHARS, FOCUS_MAX_CHARS + 1, "为")); at = m.end()) {
            int from = m.start(1);
            int to = m.end(1);
            // 以A、B、C三大产业集群为重点: the count closes the list; 以服务A、B为重点: the verb opens no item
            Matcher count = COUNT_TAIL.matcher(text).region(from, to);
            if (count.find()) {
                to = count.start();
            }
            // 以服务A、B、C产业发展为重点: the trades' development closes the list, no part of its last item
            Matcher development = DEVELOPMENT_TAIL.matcher(text).region(from, to);
            if (development.find()) {
                to = development.start();
            }
            int comma = text.indexOf('、', from);
            from = Boundaries.nameStart(text, from, comma < 0 || comma > to ? to : comma, Label.Industry, scan.covered);
            if (to - from < 2 * FOCUS_MIN_CHARS) {
                continue;
            }
            List<int[]> items = split(text, from, to);
            // one item alone named as a thing made is (以正极材料为核心, 以先进陶瓷为引领), not a principle (以市场为主导)
            if (items.size() == 1 && madeOrCatalogued(text.substring(items.get(0)[0], items.get(0)[1]))
                    && researchedField(scan, items.get(0))) {
                out.add(new Candidate(Label.Industry, items.get(0)[0], items.get(0)[1], RULE, null));
                continue;
            }
            // one item alone (以市场为主导, 以项目为重点) is as often a principle as an industry; a list is one of
            // industries when a place or a chain puts them first (北区以…) or an item has a trade head (…储能, …食品),
            // not when it lists targets (坚持以农村地区、偏远山区为重点)
            if (items.size() >= MIN_PLAIN_ITEMS
                    && items.stream().allMatch(item -> Enumerations.industryItem(scan, item[0], item[1]))
                    && (placeOrChainBefore(text, m.start()) || items.stream().anyMatch(
                    item -> TRADE_HEAD.matcher(text.substring(item[0], item[1])).matches()))) {
                items.forEach(item -> out.add(new Candidate(Label.Industry, item[0], item[1], RULE, null)));
            }
        }
    }

    /**
     * A list of industries closed by their count and kind (新一代电子信息、智能家电、生物医药三大支柱产业, A和B两条产业链,
     * A、B等四个产业集群): the count says the items are that many industries.
     */
    private static final Pattern COUNTED = Pattern.compile(
            "等?(?:[两二三四五六七八九十]|\\d{1,2})(?:大|个|条)[\\p{IsHan}]{0,6}?(?:产业集群|产业链|产业|集群|赛道|细分领域)");
    private static final int COUNTED_MAX_CHARS = 60;
    /** The development of the trades listed, closing a focus list (…、新材料产业发展为重点). */
    private static final Pattern DEVELOPMENT_TAIL = Pattern.compile("(?:产业|行业)发展$");
    /** {@link #COUNTED} closing a phrase: where a focus list's items end. */
    private static final Pattern COUNT_TAIL = Pattern.compile(COUNTED.pattern() + "$");

    /** A list closed by 赛道 (抢占固态电池、氢燃料电池赛道, 培育A、B等新兴赛道): the tracks a plan races in are industries. */
    private static final String TRACK = "赛道";
    private static final Pattern TRACK_KIND = Pattern.compile(
            "(?:等)?(?:[两二三四五六七八九十\\d]{1,2}(?:大|个|条))?(?:新兴|未来|前沿|细分|新)?$");

    /** The industries of lists closed by {@link #TRACK}: two items or more, each looking like an industry. */
    static void tracks(Scan scan, List<Candidate> out) {
        String text = scan.text;
        for (int at = text.indexOf(TRACK); at >= 0; at = text.indexOf(TRACK, at + TRACK.length())) {
            int start = at;
            while (start > 0 && at - start < COUNTED_MAX_CHARS && FRAME_STOPS.indexOf(text.charAt(start - 1)) < 0) {
                start--;
            }
            Matcher kind = TRACK_KIND.matcher(text).region(start, at);
            int end = kind.find() ? kind.start() : at;
            int comma = text.indexOf('、', start);
            if (comma < 0 || comma >= end) {
                continue; // one item alone: 抢占赛道, 新赛道
            }
            start = Boundaries.nameStart(text, start, comma, Label.Industry, scan.covered);
            List<int[]> items = split(text, start, end);
            if (items.size() >= MIN_PLAIN_ITEMS && items.stream().allMatch(item -> item[1] - item[0] >= 2
                    && item[1] - item[0] <= 12 && Enumerations.industryItem(scan, item[0], item[1]))
                    && namedAsFields(text, items)) {
                items.forEach(item -> out.add(new Candidate(Label.Industry, item[0], item[1], RULE, null)));
            }
        }
    }

    /** The industries of a counted list: two items or more before the count, each looking like an industry. */
    static void counted(Scan scan, List<Candidate> out) {
        String text = scan.text;
        Matcher m = COUNTED.matcher(text);
        int[] opens = CharPositions.of(text, COUNTED_FIRSTS);
        for (int from = 0; MatchStarts.next(m, text, from, opens, p -> countedStart(text, p)); from = m.end()) {
            int end = m.start();
            int start = end;
            while (start > 0 && end - start < COUNTED_MAX_CHARS && FRAME_STOPS.indexOf(text.charAt(start - 1)) < 0) {
                start--;
            }
            // 围绕A、B、C三大…: the verb before the list is no part of its first item
            int firstEnd = text.indexOf('、', start) < 0 || text.indexOf('、', start) > end ? end : text.indexOf('、', start);
            start = Boundaries.nameStart(text, start, firstEnd, Label.Industry, scan.covered);
            // 工作以A、B、C三大产业为重点: the frame's 以 opens the list
            int frame = text.lastIndexOf('以', firstEnd - 1);
            if (frame >= start && firstEnd - frame - 1 >= 2) {
                start = frame + 1;
            }
            if (end - start < 2 * FOCUS_MIN_CHARS) {
                continue;
            }
            List<int[]> items = split(text, start, end);
            boolean fields = m.group().endsWith(TRACK) || m.group().endsWith("细分领域");
            if (items.size() >= MIN_PLAIN_ITEMS
                    && items.stream().allMatch(item -> item[1] - item[0] <= 12
                    && Enumerations.industryItem(scan, item[0], item[1]))
                    && (!fields || namedAsFields(text, items))) {
                items.forEach(item -> out.add(new Candidate(Label.Industry, item[0], item[1], RULE, null)));
            }
        }
    }

    /**
     * Whether a list called tracks or sub-fields names trades (固态电池、氢燃料电池) rather than means (人才、资金、平台):
     * an item ends as a trade or a field does, or every item is longer than a two-character word.
     */
    private static boolean namedAsFields(String text, List<int[]> items) {
        return items.stream().allMatch(item -> item[1] - item[0] >= 3) || items.stream().anyMatch(item ->
                TRADE_HEAD.matcher(text.substring(item[0], item[1])).matches()
                        || FIELD_HEAD.matcher(text.substring(item[0], item[1])).matches());
    }

    /**
     * 围绕A、B开展攻关, 聚焦A和B方向, 面向A、B等领域建设…, 围绕A和B等关键技术，…: the fields a platform, a university or a
     * consortium orients its work to, closed by the work verb, the word for a field or the key technologies of them.
     */
    private static final Pattern ORIENTED = Pattern.compile("(?:围绕|聚焦|面向|瞄准)([^" + FRAME_STOPS + "]{2,40}?)"
            + "(等[^" + FRAME_STOPS + "]{0,4}?)?(?:(?:领域|方向|环节|(?:关键|核心|共性)技术)(?=[，。；])|(?:领域|方向|产业|行业|环节)?"
            + "(?:开展|建设|布局|组建|实施|攻关|研发|开发|突破|共建|设立|培育|新增|推进|组织"
            // a school's programmes (围绕A、B设置专业, 围绕A产业调整专业设置, 聚焦A、B加强学科专业建设)
            + "|设置|调整|开设|加强"
            // companies founded in them (围绕工业软件、智能传感器创办科技型企业)
            + "|创办"
            // the projects and suppliers brought in for them (围绕A、B等环节招引配套项目)
            + "|招引|引进))");
    /** What a list closed by 等 may be called and still be one of fields (等领域, 等产业, 等关键技术): not 等场景, 等主体. */
    private static final Pattern FIELD_WORD = Pattern.compile(
            "等(?:重点|新兴|细分|前沿|关键|核心|共性)?(?:领域|方向|产业|行业|环节|技术)?");
    /**
     * An item that is not one field: a count (智能制造三大), a trade and more (氢能产业优化…), a list of its own, a link of a
     * chain (上游材料, 装备环节).
     */
    private static final Pattern NOT_ONE_FIELD = Pattern.compile(
            "(?:[两二三四五六七八九十\\d]+(?:大|个|条)|(?:产业|行业|领域).+|等.*|[的与及]|^[上中下]游|环节$)");
    /** Heads of fields that are made or worked on, beyond {@link #TRADE_HEAD}'s trades (芯片设计, 先进封装, 工业机器人). */
    private static final Pattern FIELD_HEAD = Pattern.compile(NAME_LETTERS + "*(?:设计|封装|测试|机器人|合金|纤维|显示|通信"
            + "|控制|传感|网络|农机|诊断)$");

    /** The characters a match of {@link #ORIENTED} can start with. */
    private static final String ORIENTED_STARTS = "围聚面瞄";
    /**
     * A field named alone in an orientation frame (围绕先进储能材料开展攻关) is an industry when it names what is made:
     * a material, a device, a drug, a processing trade (农产品精深加工) or a kind of farming (现代农业) — not 技术 or 信息, which any subject of work
     * ends with.
     */
    private static final Pattern MADE_HEAD = Pattern.compile(
            NAME_LETTERS + "+(?:材料|装备|医药|药物|器械|芯片|电池|储能|机床|机器人|精深加工|农业|种业)$");
    private static final String COUNT_NUMERALS = "两二三四五六七八九十";
    /** The characters {@link #COUNTED} can open with: 等, a numeral, a digit. */
    private static final String COUNTED_FIRSTS = "等" + COUNT_NUMERALS + "0123456789";

    /** Where {@link #COUNTED} can start: a count (等, then a numeral or one or two digits) before 大, 个 or 条. */
    private static boolean countedStart(String text, int p) {
        int k = text.charAt(p) == '等' ? p + 1 : p;
        return k < text.length() && (COUNT_NUMERALS.indexOf(text.charAt(k)) >= 0 && countWordAt(text, k + 1)
                || isDigit(text, k) && (countWordAt(text, k + 1) || isDigit(text, k + 1) && countWordAt(text, k + 2)));
    }

    private static boolean countWordAt(String text, int at) {
        return at < text.length() && "大个条".indexOf(text.charAt(at)) >= 0;
    }

    private static boolean isDigit(String text, int at) {
        return at < text.length() && text.charAt(at) >= '0' && text.charAt(at) <= '9';
    }

    /**
     * The industries of an orientation frame: two items or more, each looking like an industry and one of them at least
     * ending as a trade or a field does, so that 围绕高校、科研院所开展… gives none.
     */
    static void oriented(Scan scan, List<Candidate> out) {
        String text = scan.text;
        Matcher m = ORIENTED.matcher(text);
        for (int from = 0; MatchStarts.next(m, text, from, CharPositions.of(text, ORIENTED_STARTS), p -> true);
             from = m.end()) {
            if (m.group(2) != null && !FIELD_WORD.matcher(m.group(2)).matches()) {
                continue; // 围绕装备设计、设备运维等场景: applications, not industries
            }
            List<int[]> items = split(text, m.start(1), m.end(1)).stream().map(item -> withoutKeyParts(text, item)).toList();
            // (one the document has named as an industry before is one here too: 聚焦软件和信息技术服务开展…)
            if (items.size() == 1 && m.group(2) == null && ((MADE_HEAD.matcher(text.substring(items.get(0)[0], items.get(0)[1])).matches()
                    || MACHINE_SYSTEM.matcher(text.substring(items.get(0)[0], items.get(0)[1])).find())
                    && items.get(0)[1] - items.get(0)[0] <= 10 && developedItem(scan, items.get(0))
                    || scan.namedIndustry(text.substring(items.get(0)[0], items.get(0)[1])))) {
                out.add(new Candidate(Label.Industry, items.get(0)[0], items.get(0)[1], RULE, null));
                continue;
            }
            // (what joint research attacks is a field whatever its head: 围绕高镍正极、固态电解质开展技术攻关)
            boolean attacked = ATTACKED_AFTER.matcher(text).useTransparentBounds(true).region(m.end(), text.length()).lookingAt()
                    && items.stream().noneMatch(item -> KIND_OF_WORK.matcher(text.substring(item[0], item[1])).find());
            if (attacked && items.size() == 1 && m.group(2) == null && text.startsWith(JOINT_ATTACK, m.end())
                    && researchedField(scan, items.get(0))) {
                // 围绕先进封装开展联合攻关: one field joint research attacks
                out.add(new Candidate(Label.Industry, items.get(0)[0], items.get(0)[1], RULE, null));
                continue;
            }
            if (items.size() >= MIN_PLAIN_ITEMS
                    && items.stream().allMatch(item -> item[1] - item[0] <= 12
                    && !NOT_ONE_FIELD.matcher(text.substring(item[0], item[1])).find()
                    && developedItem(scan, item))
                    && (attacked || items.stream().anyMatch(item -> TRADE_HEAD.matcher(text.substring(item[0], item[1])).matches()
                    || FIELD_HEAD.matcher(text.substring(item[0], item[1])).matches()
                    // (or one the document has named as an industry before: 围绕新型显示、通用航空设置专业)
                    || scan.namedIndustry(text.substring(item[0], item[1]))))) {
                items.forEach(item -> out.add(new Candidate(Label.Industry, item[0], item[1], RULE, null)));
            }
        }
    }

    private static final String JOINT_ATTACK = "联合攻关";

    /**
     * 聚焦光通信芯片、激光加工装备、光学镜头，每年组织…: a list of fields a clause of its own focuses on, closed by its comma,
     * when each item is a field and one is named as a trade is.
     */
    private static final Pattern FOCUSED_LIST = Pattern.compile("聚焦((?:[^" + FRAME_STOPS + "、]{2,12}、)+[^"
            + FRAME_STOPS + "、]{2,12}?)(?=，)");

    static void focusedLists(Scan scan, List<Candidate> out) {
        String text = scan.text;
        Matcher m = FOCUSED_LIST.matcher(text);
        for (int at : CharPositions.of(text, '聚')) {
            if (!Lexicon.matchesAt(m, text, at)) {
                continue;
            }
            if (FOCUSED_WORK.matcher(m.group(1)).find()) {
                continue; // (聚焦A、B方向开展…: the orientation frames read those)
            }
            List<int[]> items = split(text, m.start(1), m.end(1));
            if (items.size() >= MIN_PLAIN_ITEMS && items.stream().allMatch(item -> researchedField(scan, item))
                    && items.stream().anyMatch(item -> namedAsTrade(text.substring(item[0], item[1])))) {
                items.forEach(item -> out.add(new Candidate(Label.Industry, item[0], item[1], RULE, null)));
            }
        }
    }

    /** Words of a list that goes on into a frame of its own (方向, 领域, a verb of work) or opens with a place's word. */
    private static final Pattern FOCUSED_WORK = Pattern.compile("方向|领域|开展|建设|组建|设立|布局|攻关|研发|等|^(?:我市|全市|本市|区内|县内)");

    /** Joint research attacking what an orientation frame lists, right after its 开展 (…开展联合攻关, …开展技术攻关). */
    private static final Pattern ATTACKED_AFTER = Pattern.compile("(?<=开展)(?:(?:联合|协同|技术|关键技术|关键核心技术|共性技术|前沿技术|关键零部件|核心零部件)?攻关"
            // (or research of any kind done on them: 开展共性技术研发, 开展良种繁育研究, 开展良种选育)
            + "|[\\u4e00-\\u9fff]{0,6}?(?:研发|研究|研制|选育)(?![院所]|中心|机构|平台|基地))");

    /**
     * 为生物制造企业提供中试服务, 为区内电子信息企业提供…: the companies a platform serves named by their trade. The trade
     * must end as one does (制造, 材料, 信息 …), so that 为中小企业提供, 为园区企业提供 and 为高新技术企业提供 give none; their
     * size before it is no part of it (为中小食品企业提供: 食品).
     */
    private static final Pattern SERVED = Pattern.compile(
            "(?:为|面向)(?:区内|县内|市内|省内|园区|全市|全区|全县)?(?:中小)?([\\u4e00-\\u9fff]{2,8}?)(?:企业|行业)(?:提供|开展)");
    private static final String SERVED_FIRSTS = "为" + "面";
    /** Trade heads that also end kinds of company (高新技术企业, 数字经济企业 may be either): not read as served trades. */
    private static final Pattern KIND_OF_COMPANY = Pattern.compile("(?:技术|经济|能|型|中小|规上|重点|龙头|骨干)$");

    /**
     * 面向创新药、高端医疗器械企业提供中试服务, 重点服务都市农业、食品加工企业, 服务动力电池、储能系统等领域企业: a list of
     * the trades whose companies a platform or a service serves.
     */
    private static final Pattern SERVED_LIST = Pattern.compile(
            "(?:面向|服务于?|为)(?:区内|县内|市内|省内|园区|全市|全区|全县|本地)?((?:[\\u4e00-\\u9fff]{2,10}、)+[\\u4e00-\\u9fff]{2,10}?)(?:等(加工|生产|制造|配套)?(?:领域)?)?(?:企业|行业)");
    /** The first letters of its openings, one letter each (a run of them is no word of the genre). */
    private static final String SERVED_LIST_FIRSTS = "面" + "服" + "为";

    static void served(Scan scan, List<Candidate> out) {
        servedList(scan, out);
        String text = scan.text;
        Matcher m = SERVED.matcher(text);
        for (int at : CharPositions.of(text, SERVED_FIRSTS)) {
            if (!Lexicon.matchesAt(m, text, at)) {
                continue;
            }
            String trade = m.group(1);
            if (TRADE_HEAD.matcher(trade).matches() && !KIND_OF_COMPANY.matcher(trade).find()
                    && Enumerations.industryItem(scan, m.start(1), m.end(1))) {
                out.add(new Candidate(Label.Industry, m.start(1), m.end(1), RULE, null));
            }
        }
    }

    /** The trades of {@link #SERVED_LIST}: each looks like an industry and one at least ends as a trade does. */
    private static void servedList(Scan scan, List<Candidate> out) {
        String text = scan.text;
        Matcher m = SERVED_LIST.matcher(text);
        int[] marks = CharPositions.of(text, '、');
        for (int at : CharPositions.of(text, SERVED_LIST_FIRSTS)) {
            // the list's first 、 ends its first item (2 to 10 letters) after the opening (1 to 3) and a place (0 or 2):
            // where the next 、 stands elsewhere, the frame is not tried
            int mark = CharPositions.firstAtOrAfter(marks, at);
            if (mark == marks.length || marks[mark] < at + 3 || marks[mark] > at + 15 || !Lexicon.matchesAt(m, text, at)) {
                continue;
            }
            List<int[]> items = split(text, m.start(1), m.end(1));
            if (items.stream().allMatch(item -> developedItem(scan, item)
                    && !NOT_ONE_FIELD.matcher(text.substring(item[0], item[1])).find()
                    && !KIND_OF_COMPANY.matcher(text.substring(item[0], item[1])).find())
                    // (companies called by what they do, 等加工企业, are of trades whatever their heads: 茶饮料、预制菜)
                    // (a list of two or more, each of its own letters, names trades whatever their heads: 工业级无人机、消费级无人机)
                    && (m.group(2) != null || items.size() >= MIN_PLAIN_ITEMS
                    && items.stream().allMatch(item -> Lexicon.specificChars(text.substring(item[0], item[1])) >= 2)
                    || items.stream().anyMatch(item -> TRADE_HEAD.matcher(text.substring(item[0], item[1])).matches()
                    || MADE_HEAD.matcher(text.substring(item[0], item[1])).matches()
                    || FIELD_HEAD.matcher(text.substring(item[0], item[1])).matches()))) {
                items.forEach(item -> out.add(new Candidate(Label.Industry, item[0], item[1], RULE, null)));
            }
        }
    }

    /** What makes parts or technologies a trade's key ones (关键, 核心基础, 关键共性), before what they are. */
    private static final String KEY = "(?:关键|核心)(?:基础|共性)?";
    /** The key parts or technologies of a trade (高端装备关键零部件, 氢能核心技术): what is worked on in it, not a trade. */
    private static final Pattern KEY_PARTS = Pattern.compile(KEY + "(?:零部件|部件|技术|材料)$");

    /** {@code item} without the key parts it ends with, when a trade's name of two characters or more remains. */
    private static int[] withoutKeyParts(String text, int[] item) {
        Matcher k = KEY_PARTS.matcher(text).region(item[0], item[1]);
        return k.find() && k.start() - item[0] >= 2 ? new int[] {item[0], k.start()} : item;
    }

    /** 向精细化工和化工新材料延伸, 向抗体药物、高端医疗器械集聚: the industries a park or a trade moves into. */
    private static final List<String> TOWARDS_VERBS = List.of("延伸", "拓展", "转型", "集聚");
    private static final Pattern TOWARDS = Pattern.compile("向([^" + FRAME_STOPS + "]{2,30}?)(?:"
            + String.join("|", TOWARDS_VERBS) + ")");
    /** The first characters of {@link #TOWARDS_VERBS}. */
    private static final String TOWARDS_VERB_FIRSTS = TOWARDS_VERBS.stream().map(v -> v.substring(0, 1))
            .distinct().collect(java.util.stream.Collectors.joining());
    private static final int TOWARDS_MIN_CHARS = 2;
    private static final int TOWARDS_MAX_CHARS = 30;

    /**
     * The industries of 向A和B延伸 frames: every item must look like an industry and end with a trade head, so that
     * 向高端化、智能化转型 or 向产业链上下游延伸 give none.
     */
    static void towards(Scan scan, List<Candidate> out) {
        String text = scan.text;
        Matcher m = TOWARDS.matcher(text);
        for (int at = 0; AnchoredFind.startingWith(m, text, at, text.length(), '向',
                p -> closerAhead(text, p, TOWARDS_MIN_CHARS, TOWARDS_MAX_CHARS, TOWARDS_VERB_FIRSTS)); at = m.end()) {
            List<int[]> items = split(text, m.start(1), m.end(1));
            // (or a list of two or more, each one field and one named as a trade is: 向功能性面料、产业用纺织品延伸)
            if (items.stream().allMatch(item -> Enumerations.industryItem(scan, item[0], item[1])
                    && TRADE_HEAD.matcher(text.substring(item[0], item[1])).matches())
                    || items.size() >= MIN_PLAIN_ITEMS && items.stream().allMatch(item -> researchedField(scan, item))
                    && items.stream().anyMatch(item -> namedAsTrade(text.substring(item[0], item[1])))) {
                items.forEach(item -> out.add(new Candidate(Label.Industry, item[0], item[1], RULE, null)));
            }
        }
    }

    /**
     * 向上游延伸至前驱体、锂盐，向下游拓展储能电池、电池回收: a chain extended upstream or downstream reaches the trades of its
     * links, each an industry even alone (向下游拓展智能终端); the list fills its clause.
     */
    private static final Pattern CHAIN_ENDS = Pattern.compile("向[上下]游(?:延伸|拓展)(?:至|到|发展)?");
    private static final int CHAIN_ENDS_MAX_CHARS = 30;

    /** The industries of {@link #CHAIN_ENDS} frames: every item of the clause looks like an industry, or none is taken. */
    static void chainEnds(Scan scan, List<Candidate> out) {
        String text = scan.text;
        Matcher m = CHAIN_ENDS.matcher(text);
        for (int at = text.indexOf("游"); at >= 0; at = text.indexOf("游", at + 1)) {
            if (at < 2 || !Lexicon.matchesAt(m, text, at - 2)) {
                continue;
            }
            int from = m.end();
            int to = segmentEnd(text, from);
            Matcher count = COUNTED.matcher(text).region(from, to);
            if (count.find() && count.end() == to) {
                to = count.start(); // 向下游拓展A、B两大环节: the count closes the list
            } else if (text.indexOf('等', from) >= from && text.indexOf('等', from) < to) {
                to = text.indexOf('等', from); // 向下游拓展A、B等领域
            }
            if (to - from < 2 || to - from > CHAIN_ENDS_MAX_CHARS) {
                continue;
            }
            List<int[]> items = split(text, from, to);
            if (items.stream().allMatch(item -> item[1] - item[0] >= 2 && item[1] - item[0] <= 12
                    && developedItem(scan, item))) {
                items.forEach(item -> out.add(new Candidate(Label.Industry, item[0], item[1], RULE, null)));
            }
        }
    }

    /**
     * Whether one of {@code closers} (the first characters of the words that close the frame) stands between
     * {@code min} and {@code max} characters after the frame's first character at {@code p}, with none of
     * {@link #FRAME_STOPS} before it: without one the frame's pattern cannot match at {@code p}, and it is not tried.
     */
    private static boolean closerAhead(String text, int p, int min, int max, String closers) {
        int last = Math.min(text.length() - 1, p + 1 + max);
        for (int q = p + 1; q <= last; q++) {
            char c = text.charAt(q);
            if (FRAME_STOPS.indexOf(c) >= 0) {
                return false;
            }
            if (q >= p + 1 + min && closers.indexOf(c) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean placeOrChainBefore(String text, int frameStart) {
        return frameStart > 0 && PLACE_OR_CHAIN_END.indexOf(text.charAt(frameStart - 1)) >= 0;
    }

    /**
     * 重点发展现代中药、生物制品和医疗器械，…: a 、 list right after the development verb that ends its clause without 等
     * names industries too, when every item looks like one.
     */
    private static void plainList(Scan scan, int from, int to, List<Candidate> out) {
        String text = scan.text;
        Matcher count = COUNTED.matcher(text).region(from, to);
        while (count.find()) {
            if (count.end() == to) {
                to = count.start(); // 做强A、B两大主导产业: the count and its category close the list, no item's part
                break;
            }
        }
        for (int i = from; i < to; i++) {
            if (!Lexicon.isNameChar(text.charAt(i)) && text.charAt(i) != '、') {
                return;
            }
        }
        if (text.indexOf('、', from) < 0 || text.indexOf('、', from) >= to) {
            // 加快发展动力转换和发展方式转变: two aims joined by 和, not a list of industries; 积极发展银发经济和体育产业:
            // two industries, the second marked by its category word
            pairWithCategory(scan, from, to, out);
            return;
        }
        List<int[]> items = split(text, from, to);
        if (items.size() >= MIN_PLAIN_ITEMS && items.stream().allMatch(item -> developedItem(scan, item))) {
            items.forEach(item -> out.add(new Candidate(Label.Industry, item[0], item[1], RULE, null)));
        }
    }

    /**
     * What a machine's system is named by (伺服驱动系统, 数控系统, 汽车底盘系统, 热管理系统): a part made and sold as a trade
     * of a chain, not a system of work (管理系统, 业务系统).
     */
    private static final Pattern MACHINE_SYSTEM = Pattern.compile(
            "(?:驱动|电驱|电控|控制|飞控|数控|伺服|动力|底盘|热管理|电池管理|传动|制动|转向|导航|储能|电驱动|驾驶)系统$");

    /**
     * An item of a list a plan develops or extends a chain into: one that looks like an industry, or a machine's system
     * (重点发展汽车底盘系统、热管理系统、智能座舱) whose name looks like one without the word 系统.
     */
    private static boolean developedItem(Scan scan, int[] item) {
        if (Enumerations.industryItem(scan, item[0], item[1])) {
            return true;
        }
        Matcher system = MACHINE_SYSTEM.matcher(scan.text).region(item[0], item[1]);
        if (item[1] - item[0] > 12 || !system.find()) {
            return false;
        }
        // what stands before the system names the machine it belongs to (汽车底盘系统), or nothing (热管理系统)
        int next = scan.covered.nextSetBit(item[0]);
        return (next < 0 || next >= item[1]) && (system.start() == item[0]
                || system.start() - item[0] >= 2 && Enumerations.industryItem(scan, item[0], system.start()));
    }

    /**
     * 建设长三角纺织新材料创新高地, 打造西部地区有影响力的先进碳材料创新高地: the field a place is built up to lead in (a
     * 高地 of it) is an industry when it is named as a trade is (…材料, …储能, a catalogue term); a 高地 of people, of
     * science or of an aim (人才高地, 海洋科技创新高地, 科技成果转化高地) names no trade.
     */
    private static final Pattern HIGHLAND = Pattern.compile("(?:建设|打造|建成)(?:成为?)?([^" + FRAME_STOPS
            + "和" + "与" + "及]{2,24}?)(?:科技创新|创新|产业|科创|研发|制造)?高地");
    private static final Openings HIGHLAND_OPENINGS = Openings.of("建设", "打造", "建成");
    /** The reach before the field (长三角, 中部地区, 成渝地区双城经济圈, 具有区域影响力的): where the field starts after. */
    private static final Pattern REACH = Pattern.compile(".*(?:地区|城市群|经济圈|南翼|区域性|区域|全国|全省|的)");

    static void highlands(Scan scan, List<Candidate> out) {
        String text = scan.text;
        Matcher m = HIGHLAND.matcher(text);
        for (int at = 0; AnchoredFind.startingWith(m, text, at, text.length(), HIGHLAND_OPENINGS,
                p -> closerAhead(text, p, 2, 2 + 24 + 4 + 2, "高")); at = m.end()) {
            int from = m.start(1);
            KnownNames.Hit place = scan.known.at(text, from, m.end(1));
            if (place != null && place.label() == Label.Region) {
                from += place.surface().length();
            }
            Matcher reach = REACH.matcher(text).region(from, m.end(1));
            if (reach.lookingAt()) {
                from = reach.end();
            }
            List<int[]> items = split(text, from, m.end(1));
            // (a field's processes or technologies, 竹木加工技术, are a kind of work)
            if (items.stream().allMatch(item -> item[1] - item[0] >= 2 && researchedField(scan, item)
                    && namedAsTrade(Canonical.industry(text.substring(item[0], item[1]))))) {
                items.forEach(item -> out.add(new Candidate(Label.Industry, item[0], item[1], RULE, null)));
            }
        }
    }

    /**
     * 协同攻关长时储能关键技术, 突破固态电池、氢燃料电池等核心技术, 联合某某大学攻关MEMS传感器芯片: the verb before the
     * field whose key technologies are worked on, or the field closing the clause (the frame of {@link #WORKED_ON} with
     * its verb first); the field is named as a trade is.
     */
    private static final Pattern ATTACKED = Pattern.compile("(?:攻关|突破)([^" + FRAME_STOPS
            + "\t]{2,30}?)(?:(等)?(?:关键核心|关键|核心|共性)技术|(等(?:关键|核心)(?:零部件|部件|材料))|(?=[" + FRAME_STOPS + "\t]))");
    private static final Openings ATTACKED_OPENINGS = Openings.of("攻关", "突破");
    /** Items of a list closed by 等 and its key technologies that make it one of fields whatever their heads. */
    private static final int MIN_LISTED_FIELDS = 3;

    static void attacked(Scan scan, List<Candidate> out) {
        String text = scan.text;
        Matcher m = ATTACKED.matcher(text);
        for (int at = 0; AnchoredFind.startingWith(m, text, at, text.length(), ATTACKED_OPENINGS,
                p -> true); at = m.end()) {
            List<int[]> items = split(text, m.start(1), m.end(1)).stream().map(item -> withoutKeyParts(text, item)).toList();
            // (one item named as a trade is, the others looking like fields: 突破运动控制器、伺服驱动系统; or a list called
            // key parts whatever their heads: 突破电堆、膜电极、储氢瓶等关键部件)
            // key technologies of three fields or more: 攻关智能纺纱、数码印花、绿色染整等共性技术
            if (items.stream().allMatch(item -> item[1] - item[0] >= 2 && researchedField(scan, item))
                    && (m.group(3) != null && items.size() >= MIN_PLAIN_ITEMS
                    || m.group(2) != null && items.size() >= MIN_LISTED_FIELDS
                    || items.stream().anyMatch(item -> namedAsTrade(text.substring(item[0], item[1]))))) {
                items.forEach(item -> out.add(new Candidate(Label.Industry, item[0], item[1], RULE, null)));
            }
        }
    }

    /**
     * 引进片式元器件、连接器、传感器件等项目, 招引汽车电子配套项目, 布局激光、光学镜头等领域项目: the trades of the projects a
     * place brings in (a trade's projects, not a company's: one item at least is named as a trade is, and none is a body).
     */
    private static final Pattern PROJECTS = Pattern.compile("(?:引进|招引|新引进|承接|布局|集聚(?!区))([^" + FRAME_STOPS
            + "]{2,40}?)等?(?:领域|产业)?(?:(?:配套|补链|延链|强链|精深加工|成果转化|产业化)?项目|配套企业)");
    private static final Openings PROJECTS_OPENINGS = Openings.of("引进", "招引", "新引进", "承接", "布局", "集聚");

    static void projects(Scan scan, List<Candidate> out) {
        String text = scan.text;
        Matcher m = PROJECTS.matcher(text);
        for (int at = 0; AnchoredFind.startingWith(m, text, at, text.length(), PROJECTS_OPENINGS,
                p -> closerAhead(text, p, 3, 2 + 40 + 8, "项" + "企")); at = m.end()) {
            List<int[]> items = split(text, m.start(1), m.end(1));
            if (items.stream().allMatch(item -> item[1] - item[0] >= 2 && researchedField(scan, item))
                    && items.stream().anyMatch(item -> namedAsTrade(text.substring(item[0], item[1]))
                    || scan.namedIndustry(text.substring(item[0], item[1])))) {
                items.forEach(item -> out.add(new Candidate(Label.Industry, item[0], item[1], RULE, null)));
            }
        }
    }

    /**
     * 发展海上风电安装船、海洋牧场装备, 发展光伏组件、储能电池等产品: a plain 发展 before a list that closes its clause
     * develops those trades, when one item at least is named as a trade is and all look like fields (the adverbed
     * frames, 重点发展…, are {@link #find}'s).
     */
    private static final Pattern DEVELOPED = Pattern.compile("发展((?:[^" + FRAME_STOPS + "、]{2,14}、)+[^" + FRAME_STOPS
            + "、]{2,14}?)(?:等(?:产品|领域|产业|方向))?(?=[，。；])");

    static void developed(Scan scan, List<Candidate> out) {
        String text = scan.text;
        Matcher m = DEVELOPED.matcher(text);
        int[] marks = CharPositions.of(text, '、');
        for (int i = text.indexOf("发展"); i >= 0; i = text.indexOf("发展", i + 2)) {
            // the list's first item (2 to 14 letters) and its 、 follow 发展 at once: where the next 、 stands elsewhere,
            // the frame (whose items may backtrack far) is not tried
            int mark = CharPositions.firstAtOrAfter(marks, i + 2);
            if (mark == marks.length || marks[mark] < i + 4 || marks[mark] > i + 16 || !Lexicon.matchesAt(m, text, i)) {
                continue;
            }
            List<int[]> items = split(text, m.start(1), m.end(1));
            if (items.stream().allMatch(item -> researchedField(scan, item))
                    && items.stream().anyMatch(item -> namedAsTrade(text.substring(item[0], item[1])))) {
                items.forEach(item -> out.add(new Candidate(Label.Industry, item[0], item[1], RULE, null)));
            }
        }
        Matcher pair = DEVELOPED_PAIR.matcher(text);
        for (int i = text.indexOf("发展"); i >= 0; i = text.indexOf("发展", i + 2)) {
            if (!Lexicon.matchesAt(pair, text, i)) {
                continue;
            }
            // 发展新能源乘用车和智能驾驶系统: two things made joined by 和, each one field, one named as a trade is
            List<int[]> items = List.of(new int[] {pair.start(1), pair.end(1)}, new int[] {pair.start(2), pair.end(2)});
            if (items.stream().allMatch(item -> researchedField(scan, item))
                    && items.stream().anyMatch(item -> namedAsTrade(text.substring(item[0], item[1])))) {
                items.forEach(item -> out.add(new Candidate(Label.Industry, item[0], item[1], RULE, null)));
            }
        }
    }

    /** 发展A和B closing its clause, each half three letters or more (a two-letter half is part of one name). */
    private static final Pattern DEVELOPED_PAIR = Pattern.compile("发展([^" + FRAME_STOPS + "、和]{3,14})和([^" + FRAME_STOPS
            + "、和]{3,14}?)(?=[，。；])");

    /** Whether a field names a thing made (…材料, …陶瓷, not …技术 or …信息) or is a catalogue term. */
    private static boolean madeOrCatalogued(String field) {
        return IndustryTerms.isTerm(field) || MADE_HEAD.matcher(field).matches() || FIELD_MADE_HEAD.matcher(field).matches();
    }

    /** Whether a field is named as a trade is: a catalogue term, the head of a trade or of a thing made, a machine's system. */
    static boolean namedAsTrade(String field) {
        return madeOrCatalogued(field) || field.length() >= MIN_MADE && TRADE_HEAD.matcher(field).matches()
                // (a machine's system is made and sold: 飞控系统, 电驱动系统)
                || MACHINE_SYSTEM.matcher(field).find();
    }

    /** Shortest half of A和B产业 read as two industries. */
    private static final int MIN_PAIR_HALF = 3;

    /** A和B产业 after a development verb: A is an industry too when B ends with an industry's category word (B is one by it). */
    private static void pairWithCategory(Scan scan, int from, int to, List<Candidate> out) {
        String text = scan.text;
        int and = text.indexOf(AND, from);
        Suffix category = Suffix.endingAt(text, to, from);
        if (and < 0 || and >= to || category == null || category.label() != Label.Industry
                || and - from < MIN_PAIR_HALF || to - and - 1 < MIN_PAIR_HALF) {
            return;
        }
        if (Enumerations.industryItem(scan, from, and) && Enumerations.industryItem(scan, and + 1, to)) {
            out.add(new Candidate(Label.Industry, from, and, RULE, null));
        }
    }

    /** Longest clause read as a list after a verb of growth (the bound keeps the rule linear). */
    private static final int MAX_GROWTH_LIST = 60;

    /** Verbs of growth whose object list names industries (做大创新药、高端医疗器械、医美产业). */
    private static final List<String> GROWTH_VERBS = List.of("做大", "做强", "做优");

    /**
     * The plain 、 list after 做大/做强/做优 (chained verbs skipped) that fills its clause: industries when every item
     * looks like one. A list closed by 等 is left to the 等-list rules (做强A、B等产业集群 names clusters).
     */
    static void growthLists(Scan scan, List<Candidate> out) {
        String text = scan.text;
        for (int i = text.indexOf('做'); i >= 0; i = text.indexOf('做', i + 1)) {
            int from = i;
            while (from + 2 <= text.length() && GROWTH_VERBS.contains(text.substring(from, from + 2))) {
                from += 2;
            }
            if (from == i) {
                continue;
            }
            int to = from;
            // (up to the clause's end, or to the next verb of growth of a parallel list: 做强A、做优B、做大C)
            while (to < text.length() && to - from <= MAX_GROWTH_LIST && "，。；\n".indexOf(text.charAt(to)) < 0
                    && !(text.charAt(to) == '、' && to + 3 <= text.length()
                    && GROWTH_VERBS.contains(text.substring(to + 1, to + 3)))) {
                to++;
            }
            if (to - from <= MAX_GROWTH_LIST && text.substring(from, to).indexOf('等') < 0) {
                plainList(scan, from, to, out);
            }
            i = from - 1;
        }
    }

    /** The items of A、B和C between {@code from} and {@code to}: split at 、 and at the 和 of the last item. */
    static List<int[]> split(String text, int from, int to) {
        List<int[]> items = new java.util.ArrayList<>();
        int s = from;
        for (int i = from; i <= to; i++) {
            if (i == to || text.charAt(i) == '、') {
                items.add(new int[] {s, i});
                s = i + 1;
            }
        }
        int[] last = items.get(items.size() - 1);
        // 黄精、覆盆子两大道地药材: the count of the list and its kind close the last item, no part of its name
        Matcher count = LIST_COUNT.matcher(text).region(last[0], last[1]);
        if (items.size() >= 2 && count.find() && count.start() - last[0] >= 2) {
            last = new int[] {last[0], count.start()};
            items.set(items.size() - 1, last);
        }
        int and = -1;
        for (int k = last[0]; k < last[1] && and < 0; k++) {
            and = text.charAt(k) == AND || text.charAt(k) == ALSO ? k : -1; // looked for inside the item only, not on to the text's end
        }
        // (a two-letter half is part of one compound name: 软件和信息技术服务, as Enumerations#splitLastAnd reads it)
        if (and - last[0] >= MIN_PAIR_HALF && last[1] - and - 1 >= MIN_PAIR_HALF) {
            items.set(items.size() - 1, new int[] {last[0], and});
            items.add(new int[] {and + 1, last[1]});
        }
        return items;
    }

    private static final char AND = '和';
    /** A list's count and what follows it (两大…, 三支…, 4个…). */
    private static final Pattern LIST_COUNT = Pattern.compile("(?:[两三四五六七八九十]|\\d{1,2})[大支个条类项种].*$");
    /** 及 joins the last two items as 和 does (招引无人机整机及飞控系统项目), under the same length rule. */
    private static final char ALSO = '及';

    /**
     * 开展高端装备关键零部件攻关, 聚焦氢能装备关键技术开展联合攻关, 开展固态电池、储能材料等方向研究, 开展A、B等领域关键核心技术攻关:
     * the trades whose key parts or technologies joint research works on.
     */
    private static final Pattern WORKED_ON = Pattern.compile("(?:开展|聚焦|围绕)([^" + FRAME_STOPS + "]{2,30}?)"
            // (a list closed by 等 before its key parts: 开展A、B等关键零部件攻关)
            + "(?:等?" + KEY + "(?:零部件|部件|技术)(?:开展)?|(等(?:方向|领域))(?:(?:关键核心|关键|核心|共性)?技术)?"
            // 聚焦A、B开展关键技术攻关: the listed things are the fields whose key technologies are worked on (not 开展A技术研发,
            // as often a kind of work as a trade)
            + "|(?<=[^等])(开展(?:关键核心|关键|核心|共性)技术))(?:联合)?(?:研究|研发|攻关|中试熟化)");
    private static final int WORKED_ON_MAX_CHARS = 50;
    /** A study (研究) may be of anything, policy as well as a field: development, attack and pilot runs are of fields. */
    private static final String STUDY = "研究";

    /**
     * The industries of {@link #WORKED_ON} frames: every item looks like an industry and ends as a trade does (not 工艺
     * 数字化设计、智能检测控制等领域研究: kinds of work, not trades).
     */
    static void workedOn(Scan scan, List<Candidate> out) {
        String text = scan.text;
        Matcher m = WORKED_ON.matcher(text);
        for (int at = 0; AnchoredFind.startingWith(m, text, at, text.length(), WORKED_ON_OPENINGS,
                p -> researchFollows(text, p)); at = m.end()) {
            if (m.end() - m.start() > WORKED_ON_MAX_CHARS) {
                continue;
            }
            List<int[]> items = split(text, m.start(1), m.end(1));
            // a list closed by 等领域 names fields: the head of a thing made (…纤维, …激光) is as good as a trade's (not
            // …设计 or …控制: kinds of work)
            boolean fields = m.group(2) != null || m.group(3) != null;
            // (two or more the text itself calls fields, each one field, developed or run in pilots: 开展高纯石英、特种玻璃等领域中试熟化)
            boolean calledFields = m.group(2) != null && items.size() >= MIN_PLAIN_ITEMS && !m.group().endsWith(STUDY)
                    && items.stream().allMatch(item -> item[1] - item[0] >= 2 && researchedField(scan, item));
            if (calledFields || items.stream().allMatch(item -> item[1] - item[0] >= 2 && item[1] - item[0] <= 12
                    && Enumerations.industryItem(scan, item[0], item[1])
                    && (TRADE_HEAD.matcher(text.substring(item[0], item[1])).matches()
                    || fields && FIELD_MADE_HEAD.matcher(text.substring(item[0], item[1])).matches()))) {
                items.forEach(item -> out.add(new Candidate(Label.Industry, item[0], item[1], RULE, null)));
            }
        }
    }

    /** The key processes of a field (开展功率半导体关键工艺攻关): said of a field as its key technologies are. */
    private static final String KEY_PROCESS = "(?:关键核心|关键|核心|共性)工艺";
    private static final String PROCESS = "工艺";
    /**
     * 联合开展A、B等技术攻关, 开展A和B研发, 合作开展A攻关: the fields joint research works on, named bare (the convention of
     * corpus/README.md: a trade, a product family or a technology field researched is an industry).
     */
    private static final Pattern RESEARCHED = Pattern.compile("(联合|合作|共同|重点)?开展([^" + FRAME_STOPS + "]{2,40}?)"
            + "(等?(?:(?:关键核心|关键|核心|共性|前沿)?技术|" + KEY_PROCESS + "|(?<=等)产品|工程化)?(联合)?"
            // (a list closed by its trade: 开展A、B、C等绿色石化技术攻关)
            + "|等(\\p{IsHan}{2,6}?)(?:关键核心|关键|核心|共性|前沿)?技术)(?:攻关|研发|研究|中试熟化|中试验证)(?!院|所|中心|机构|平台|基地)");
    private static final Openings RESEARCHED_OPENINGS = Openings.of("联合开展", "合作开展", "共同开展", "重点开展", "开展");
    /** What a kind of work, a process or an aim ends with, not a field (轻量化, 茶多酚提取, 工艺优化, 成果转化). */
    private static final Pattern KIND_OF_WORK = Pattern.compile(
            "(?:化|提取|改造|检测|评价|评估|管理|工艺|应用|模式|机制|转化|优化|升级|诊断|标准|研究|技术|项目|问题|难题|需求"
            + "|生产|利用|提升|回收|临床|临床前|选育|精深加工|提纯|保鲜|制备|研制|熔炼|训练|流通|和)$|^(?:关键|核心|前沿|定向|协同)|^整机$");
    /** Whether {@code name} ends as a kind of work, a process or an aim does (表面处理, 工艺优化, 成果转化). */
    static boolean kindOfWork(String name) {
        return KIND_OF_WORK.matcher(name).find() || name.endsWith("处理");
    }

    /** A new variety or product of a trade is researched in it (生物饲料新品种): the trade is the field. */
    private static final Pattern NEW_KIND = Pattern.compile("(?:新品种|新产品|新品)$");

    private static final String TECHNOLOGY = "技术";

    /** A thing made is named by more than its head (器件 alone is a kind). */
    private static final int MIN_MADE = 3;

    /** Whether {@code item} names a thing made: a trade's head or a made thing's (…材料, …器械, …药, …纤维). */
    private static boolean madeThing(String text, int[] item) {
        String name = text.substring(item[0], item[1]);
        return name.length() >= MIN_MADE && TRADE_HEAD.matcher(name).matches() && !KIND_OF_COMPANY.matcher(name).find()
                || MADE_HEAD.matcher(name).matches() || FIELD_MADE_HEAD.matcher(name).matches();
    }

    /** The fields of {@link #RESEARCHED} frames: each item that looks like an industry and is no kind of work. */
    static void researched(Scan scan, List<Candidate> out) {
        String text = scan.text;
        Matcher m = RESEARCHED.matcher(text);
        for (int at = 0; AnchoredFind.startingWith(m, text, at, text.length(), RESEARCHED_OPENINGS,
                p -> researchFollows(text, p)); at = m.end()) {
            // a bare 开展 (开展A研究 may be any study) needs the joint work or the technology said after the fields:
            // 开展A联合攻关, 开展A、B等关键技术攻关, 开展A技术攻关
            List<int[]> listed = split(text, m.start(2), m.end(2));
            // 开展竹笋保鲜、即食竹笋等产品研发: what the text itself calls products are things made, whatever their heads
            boolean products = listed.size() >= MIN_PLAIN_ITEMS && m.group(3).endsWith(PRODUCTS)
                    && listed.stream().allMatch(item -> product(scan, item));
            if (!products && m.group(1) == null && m.group(4) == null && !m.group(3).contains(TECHNOLOGY) && !m.group(3).endsWith(PROCESS)
                    && !listed.stream().allMatch(item -> madeThing(text, item)) && !attackedList(scan, m.end(), listed)
                    && !(partyBefore(text, m.start()) && listed.stream().allMatch(item -> researchedField(scan, item)))) {
                continue; // (开展高镍正极材料研发, 开展创新药和高端医疗器械研发: things made need no more)
            }
            if (m.group(5) != null && !FIELD_WORD.matcher(text).region(m.start(5) - 1, m.end(5)).matches()
                    && researchedField(scan, new int[] {m.start(5), m.end(5)})
                    && Lexicon.specificChars(Canonical.industry(m.group(5))) >= 2 && Lexicon.leadingAt(m.group(5), 0, m.group(5).length()) == null) {
                out.add(new Candidate(Label.Industry, m.start(5), m.end(5), RULE, null));
            }
            for (int[] whole : split(text, m.start(2), m.end(2))) {
                // (高端装备关键零部件, 新型储能关键材料: the trade whose key parts are researched)
                int[] item = withoutKeyParts(text, whole);
                Matcher kind = NEW_KIND.matcher(text).region(item[0], item[1]);
                item = kind.find() && kind.start() - item[0] >= 2 ? new int[] {item[0], kind.start()} : item;
                if (researchedField(scan, item) || products && product(scan, item)) {
                    out.add(new Candidate(Label.Industry, item[0], item[1], RULE, null));
                }
            }
        }
    }

    private static final String PRODUCTS = "产品";

    /** Whether {@code item} of a list the text calls products is one thing made: no list, looking like an industry. */
    private static boolean product(Scan scan, int[] item) {
        return item[1] - item[0] <= 12 && !NOT_ONE_FIELD.matcher(scan.text.substring(item[0], item[1])).find()
                && developedItem(scan, item);
    }

    /** Whether {@code item} of a research frame names one field: a thing made ({@link #product}) and no kind of work. */
    static boolean researchedField(Scan scan, int[] item) {
        // (the cheap test of the name first: most items that fail are kinds of work)
        return !KIND_OF_WORK.matcher(scan.text.substring(item[0], item[1])).find() && product(scan, item);
    }

    private static final String ATTACK = "攻关";
    /** Development (研发) works on things made or fields, as attack does; a study (研究) may be of anything. */
    private static final String DEVELOPMENT = "研发";
    /** A party the subject works with or commissions, named in the clause before its 开展 (A联合B开展…, 委托B开展…). */
    private static final Pattern PARTY = Pattern.compile("(?:联合|委托)[^" + FRAME_STOPS + "]{2,30}$");
    private static final int PARTY_REACH = 40;

    /** Whether the research at {@code start} is done with or for a party named before it in its clause. */
    private static boolean partyBefore(String text, int start) {
        int from = start;
        while (from > 0 && start - from < PARTY_REACH && FRAME_STOPS.indexOf(text.charAt(from - 1)) < 0) {
            from--;
        }
        return PARTY.matcher(text).region(from, start).find();
    }

    /**
     * 开展精密主轴、数控系统攻关, 开展磷酸锰铁锂、固态电解质研发: a list of things attacked or developed (攻关, 研发, not a
     * study) is one of fields when one of its items names a thing made, a machine's system or an industry the document
     * names; a developed list's items must each be one field (not 抗肿瘤、代谢类疾病等领域新药: indications of a drug).
     */
    private static boolean attackedList(Scan scan, int end, List<int[]> items) {
        String text = scan.text;
        return items.size() >= MIN_PLAIN_ITEMS && (text.startsWith(ATTACK, end - ATTACK.length())
                || text.startsWith(DEVELOPMENT, end - DEVELOPMENT.length())
                && items.stream().allMatch(item -> researchedField(scan, item)))
                && items.stream().anyMatch(item -> madeThing(text, item)
                || MACHINE_SYSTEM.matcher(text).region(item[0], item[1]).find()
                || scan.namedIndustry(text.substring(item[0], item[1])));
    }

    /** Heads of things made that a field of research is named by beyond {@link #TRADE_HEAD}'s (高性能纤维, 超快激光). */
    private static final Pattern FIELD_MADE_HEAD = Pattern.compile(NAME_LETTERS + "*(?:纤维|化学品|印染|激光|视觉|合金|显示"
            + "|机器人|传感|农机|树脂|陶瓷|纺织品)$");
    private static final Openings WORKED_ON_OPENINGS = Openings.of("开展", "聚焦", "围绕");
    /**
     * The farthest the research word of a {@link #WORKED_ON} match can start from its opening: the opening, 30
     * characters, the longest part (关键基础零部件开展) and 联合.
     */
    private static final int WORKED_ON_RESEARCH_REACH = 2 + 30 + 9 + 2 + 4;

    /**
     * Whether a {@link #WORKED_ON} match may open at {@code p}: its research word (研究, 研发, 攻关, 中试) starts within its
     * reach and before any of {@link #FRAME_STOPS}, which no match holds. Checked before the pattern, whose lazy
     * middle was tried at every 开展 of the text.
     */
    private static boolean researchFollows(String text, int p) {
        for (int j = p + 2; j <= p + WORKED_ON_RESEARCH_REACH && j < text.length(); j++) {
            char c = text.charAt(j);
            if (c == '研' || c == '攻' || c == '中' && j + 1 < text.length() && text.charAt(j + 1) == '试') {
                return true;
            }
            if (FRAME_STOPS.indexOf(c) >= 0) {
                return false;
            }
        }
        return false;
    }

    private static void addItems(Scan scan, int deng, int segmentStart, List<Candidate> out) {
        for (int[] item : Enumerations.items(scan, deng, Label.Industry)) {
            if (item[0] >= segmentStart && item[1] - item[0] >= 2 && item[1] - item[0] <= 12
                    && Lexicon.specificChars(scan.text.substring(item[0], item[1])) >= 2) {
                out.add(new Candidate(Label.Industry, item[0], item[1], "context:industry-frame", null));
            }
        }
    }

    /** The industry a motto is about: 绿色冶金业 in 绿色冶金业以“…”为方向. */
    private static void topic(Scan scan, int frameStart, List<Candidate> out) {
        String text = scan.text;
        if (text.charAt(frameStart) != '以' || frameStart < 3) {
            return;
        }
        int chunk = Boundaries.chunkStart(text, frameStart);
        int start = Boundaries.nameStart(text, chunk, frameStart, Label.Industry, scan.covered);
        String name = text.substring(start, frameStart);
        if (name.length() >= 3 && name.length() <= 12 && name.endsWith("业") && Lexicon.specificChars(name) >= 2) {
            out.add(new Candidate(Label.Industry, start, frameStart, "context:industry-frame", null));
        }
    }

    private static int segmentEnd(String text, int from) {
        int i = from;
        while (i < text.length() && "，。；\n".indexOf(text.charAt(i)) < 0) {
            i++;
        }
        return i;
    }
}
