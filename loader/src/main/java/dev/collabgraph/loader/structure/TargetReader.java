package dev.collabgraph.loader.structure;

import dev.collabgraph.loader.text.CharSet;
import dev.collabgraph.loader.text.MatchStarts;
import dev.collabgraph.loader.text.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads quantified goals from prose: a metric, a verb giving the comparator and a number with its unit
 * (省级以上各类研发机构超过280家, 研发机构建有率达到90%左右, 境外合作孵化器5-8家), or a number before the thing
 * counted (建成40个产教融合示范性实训平台). The year is the last 20XX年 before it in the sentence, else in the
 * paragraph. Money given away (给予30万元奖励, 最高不超过1000万元 after a subsidy) is not a goal.
 */
final class TargetReader {
    private static final String NUMBER = "\\d+(?:,\\d{3})*(?:\\.\\d+)?";
    static final Pattern QUANTITY = Pattern.compile("(?<![\\d.A-Za-z])(" + NUMBER + ")(?:[-~—至到](" + NUMBER + "))?"
            // a measure word, or ten thousand or a hundred million of it (万台, 亿元, 万平方米), or 亿 alone
            + "(个百分点|%|[万亿]?(?:平方米|元|家|个|件|人|项|场|名|所|座|台|套|户|次|辆|吨|公里|亩)|亿|倍)"
            + "(以上|以下|以内|左右)?");
    private static final Pattern VERB = Pattern.compile(
            "(最高不超过|最高不高于|超过|突破|不低于|不少于|不超过|不高于|最高|达到|达|稳定在|提高到|提升到|提高至|增加到|增长到|增至|保持在|控制在|为)$");
    private static final Pattern LEADING_NOISE = Pattern.compile(
            "^(?:(?:到|至)?\\d{4}年(?:底|末)?|力争|争取|确保|全市|全区|全县|预计|其中|重点|同时|并|累计|最高|今年)+");
    private static final Pattern LEADING_ACTION = Pattern.compile(
            "^(?:(?:实施|建设|培育|引进|新建|打造|建成|招引|组建|举办|开展|认定|建立|创建|形成|引育|推动|设立|遴选|启动|"
                    + "集聚|拥有|完成|发展)(?:和|及|、)?)+");
    /**
     * A trailing 的, or a modal a speech or minutes put before the verb (技术合同成交额要突破…, …将达到…, …力争突破…): not
     * the metric's ({@code String.replaceAll("的$", "")} compiled the pattern at every call).
     */
    private static final Pattern TRAILING_DE = Pattern.compile("(?:的|要|将|应|力争|争取|确保|目标)$");
    private static final Pattern SUBSIDY = Pattern.compile("奖励|补助|资助|奖补|补贴|给予|贴息|扶持资金");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})年");
    /** A base-year value just before its number (由2023年的2.15%提高到2.6%): the number is that year's. */
    private static final Pattern BASE_YEAR_BEFORE = Pattern.compile("(\\d{4})年(?:底|末)?的?$");
    private static final Set<Character> BASE_MARKS = Set.of('由', '从', '比', '较');
    /** What follows the metric in 研发经费投入强度由2023年的2.15%提高到: the base value, not the metric. */
    private static final Pattern BASE_TAIL = Pattern.compile("(?:由|从)\\d{4}年.*$");
    private static final int BASE_REACH = 8;
    private static final String CLAUSE_MARKS = "，。；：！？";
    private static final Pattern CLAUSE_MARK = Pattern.compile("[" + CLAUSE_MARKS + "]");
    /** Item marks a clause may open with: 1、 （1） —— ① and the 一是/二是 of an enumeration. */
    private static final Pattern OPENING = Pattern.compile("^(?:\\d{1,3}[、.]|（\\d{1,3}）|——|[①-⑳]|[一二三四五六七八九十]是)");

    private TargetReader() {
    }

    /** The goals in {@code paragraph}; {@code taskNumber} and {@code sectionKey} say where it is. */
    static List<TargetFact> read(Paragraph paragraph, int taskNumber, String sectionKey) {
        List<TargetFact> targets = new ArrayList<>();
        String text = paragraph.text();
        Set<Integer> taken = respectively(paragraph, taskNumber, sectionKey, targets);
        String lastMetric = null;
        Matcher heading = ITEM_HEADING.matcher(text);
        heading = heading.lookingAt() ? heading : null;
        // transparent bounds: the look-behind sees the character before the start a quantity is tried at
        Matcher q = QUANTITY.matcher(text).useTransparentBounds(true);
        int previousEnd = -1;
        for (int from = 0; MatchStarts.next(q, text, from, p -> quantityStart(text, p)); from = q.end()) {
            int clauseStart = clauseStart(text, q.start());
            // Goals listed with 、 (版权登记量达30000件、商标注册拥有量达45000件) each start after the last one.
            if (previousEnd >= clauseStart && previousEnd < q.start() && text.charAt(previousEnd) == '、') {
                clauseStart = previousEnd + 1;
            }
            previousEnd = q.end();
            if (taken.contains(q.start())) {
                continue;
            }
            int clauseEnd = clauseEnd(text, q.end());
            String before = text.substring(clauseStart, q.start());
            boolean labelled = before.isBlank() && clauseStart > 0 && clauseStart == q.start()
                    && (text.charAt(clauseStart - 1) == '：' || text.charAt(clauseStart - 1) == ':');
            if (labelled) {
                // a goal set out as a field (全社会研发经费投入强度：2.9%（2026年：2.62%）): the label is the metric
                clauseStart = clauseStart(text, clauseStart - 1);
                before = text.substring(clauseStart, q.start());
            }
            String named = labelled ? before.substring(0, before.length() - 1) : before;
            Matcher verb = VERB.matcher(named);
            String verbWord = verb.find() ? verb.group(1) : "";
            String cut = verbWord;
            Matcher verbYear = verbWord.isEmpty() ? VERB_THEN_YEAR.matcher(named) : null;
            if (verbYear != null && verbYear.find()) {
                verbWord = verbYear.group(1); // 由2020年的2.45%提高到2025年的3.2%: the year sits between verb and value
                cut = verbYear.group();
            }
            String metric = clean(named.substring(0, named.length() - cut.length()));
            String comparator = comparator(verbWord, q.group(4), q.group(2) != null);
            if (subsidy(text, clauseStart, clauseEnd, metric.isEmpty() || "<=".equals(comparator))) {
                continue;
            }
            // the same metric's value in an earlier year: …达到85亿元（2025年为68.5亿元）, or the year it is compared
            // with (…达到3.05%，比2025年的2.86%提高0.19个百分点)
            Matcher earlier = BRACKETED_BASE.matcher(before);
            if (lastMetric != null && (earlier.find() || (earlier = COMPARED_BASE.matcher(before)).matches())) {
                targets.add(new TargetFact(taskNumber, sectionKey, lastMetric,
                        Double.parseDouble(q.group(1).replace(",", "")), q.group(3), Integer.parseInt(earlier.group(1)),
                        "=", new Span(paragraph.start() + clauseStart + earlier.start(), paragraph.start() + q.end())));
                continue;
            }
            if (metric.isEmpty() && lastMetric != null && (YEAR_LED.matcher(before).lookingAt()
                    || BASE_LED.matcher(before).lookingAt())) {
                metric = lastMetric; // …提高到2025年的2.6%、2027年的2.9% / 到2025年达到150家；到2027年达到220家: the same metric
                if (!PERCENT.equals(q.group(3))) {
                    // 技术合同成交额年均增长15%，2027年突破150亿元: the level of the metric, not its growth
                    metric = GROWTH_TAIL.matcher(metric).replaceFirst("");
                }
            }
            if (metric.isEmpty() && heading != null && clauseStart == heading.end()) {
                metric = heading.group(1); // 1.研发经费投入强度。由2020年的2.45%提高到…: the item's heading names it
            }
            if (metric.isEmpty() || metric.endsWith("等")) {
                metric = clean(text.substring(q.end(), clauseEnd));
            }
            if (metric.isEmpty() || INCREMENT.matcher(metric).lookingAt() || CHANGE.matcher(metric).find()) {
                continue; // 较2022年增加60家, 高新技术企业较2025年增加60家: a change, not a level the metric reaches
            }
            lastMetric = metric;
            String unit = q.group(3);
            double value = Double.parseDouble(q.group(1).replace(",", ""));
            Matcher base = BASE_YEAR_BEFORE.matcher(text).region(Math.max(clauseStart, q.start() - BASE_REACH), q.start());
            int year = base.find() ? Integer.parseInt(base.group(1)) : year(text, q.start());
            targets.add(new TargetFact(taskNumber, sectionKey, metric, value, unit, year,
                    comparator,
                    new Span(paragraph.start() + clauseStart, paragraph.start() + q.end())));
        }
        spelled(paragraph, taskNumber, sectionKey, targets);
        return targets;
    }

    /**
     * A goal whose number is spelled in Chinese numerals after its verb (共建研发平台达到二十个以上, 实施项目一百项以上): the
     * verb is required, so that 一批, 两个 and 三大 in prose give nothing.
     */
    private static final List<String> SPELLED_VERBS = List.of("超过", "突破", "不低于", "不少于", "达到", "提高到", "增加到",
            "增长到");
    /** The counters a spelled number is followed by, one character each. */
    private static final String SPELLED_COUNTERS = "个项家所座名场条支类";
    private static final int SPELLED_MAX_NUMERALS = 5;
    private static final Pattern SPELLED = Pattern.compile("(" + String.join("|", SPELLED_VERBS) + ")?"
            + "(?<![一二三四五六七八九十百两])([一二三四五六七八九十百两]{1," + SPELLED_MAX_NUMERALS + "})("
            + String.join("|", SPELLED_COUNTERS.split("")) + ")(以上|以下|左右)?");

    private static void spelled(Paragraph paragraph, int taskNumber, String sectionKey, List<TargetFact> targets) {
        String text = paragraph.text();
        Matcher m = SPELLED.matcher(text).useTransparentBounds(true);
        for (int from = 0; MatchStarts.next(m, text, from, p -> spelledStart(text, p) && countAt(text, p));
             from = m.end()) {
            int clauseStart = clauseStart(text, m.start());
            String before = text.substring(clauseStart, m.start());
            // the verb, or a clause whose quantity closes it after an action (实施校地合作项目一百项以上)
            boolean verbed = m.group(1) != null;
            boolean closing = m.group(4) != null && !before.isEmpty() && clauseEnd(text, m.end()) == m.end();
            int value = Numerals.value(m.group(2));
            if (!verbed && !closing || value < 2 || subsidy(text, clauseStart, clauseEnd(text, m.end()), false)) {
                continue;
            }
            String metric = clean(before);
            if (metric.isEmpty() || INCREMENT.matcher(metric).lookingAt()) {
                continue;
            }
            targets.add(new TargetFact(taskNumber, sectionKey, metric, value, m.group(3), year(text, m.start()),
                    comparator(verbed ? m.group(1) : "", m.group(4), false),
                    new Span(paragraph.start() + clauseStart, paragraph.start() + m.end())));
        }
    }

    /** The first characters of {@link #SPELLED}'s verbs, and the numerals it counts with. */
    private static final CharSet SPELLED_VERB_STARTS = CharSet.of("超突不达提增");
    private static final CharSet SPELLED_NUMERALS = CharSet.of("一二三四五六七八九十百两");

    /**
     * Where {@link #SPELLED} can start: at a verb, or where a run of numerals starts ({@code find()} tried the verbs and
     * the look-behind at every character).
     */
    private static boolean spelledStart(String text, int p) {
        char c = text.charAt(p);
        return SPELLED_VERB_STARTS.has(c) || SPELLED_NUMERALS.has(c) && (p == 0 || !SPELLED_NUMERALS.has(text.charAt(p - 1)));
    }

    /**
     * Whether the count every {@link #SPELLED} match holds (one to five numerals, then a counter) opens at {@code p}, or
     * right after a verb opening there: checked before the pattern, as 一, 不 and 提 open much else.
     */
    private static boolean countAt(String text, int p) {
        int count = p;
        if (!SPELLED_NUMERALS.has(text.charAt(p))) {
            String verb = null;
            for (int k = 0; k < SPELLED_VERBS.size() && verb == null; k++) {
                verb = text.startsWith(SPELLED_VERBS.get(k), p) ? SPELLED_VERBS.get(k) : null;
            }
            if (verb == null) {
                return false;
            }
            count = p + verb.length();
        }
        int end = count;
        while (end < text.length() && end - count <= SPELLED_MAX_NUMERALS && SPELLED_NUMERALS.has(text.charAt(end))) {
            end++;
        }
        return end > count && end - count <= SPELLED_MAX_NUMERALS && end < text.length()
                && SPELLED_COUNTERS.indexOf(text.charAt(end)) >= 0;
    }

    /**
     * Where {@link #QUANTITY} can start: every match opens with a digit that follows no digit, '.' or letter
     * ({@code find()} tried the look-behind at every character of every paragraph).
     */
    private static boolean quantityStart(String text, int p) {
        return isDigit(text.charAt(p)) && (p == 0 || !continuesNumberOrWord(text.charAt(p - 1)));
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** The characters {@link #QUANTITY}'s look-behind excludes before a number: [\d.A-Za-z]. */
    private static boolean continuesNumberOrWord(char c) {
        return isDigit(c) || c == '.' || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z';
    }

    static String comparator(String verb, String post, boolean range) {
        if ("左右".equals(post)) {
            return "~";
        }
        return switch (verb) {
            case "超过", "突破" -> ">";
            case "不低于", "不少于" -> ">=";
            case "最高不超过", "最高不高于", "不超过", "不高于", "最高", "控制在" -> "<=";
            default -> range || "以上".equals(post) ? ">=" : "以下".equals(post) || "以内".equals(post) ? "<=" : "=";
        };
    }

    /** A grant, not a goal: subsidy words in the clause, or a cap (or bare amount) right after a subsidy clause. */
    private static boolean subsidy(String text, int clauseStart, int clauseEnd, boolean capOrBare) {
        if (SUBSIDY.matcher(text.substring(clauseStart, clauseEnd)).find()) {
            return true;
        }
        int previousStart = clauseStart > 0 ? clauseStart(text, clauseStart - 1) : clauseStart;
        return capOrBare && SUBSIDY.matcher(text.substring(previousStart, clauseStart)).find();
    }

    /** A clause that opens with its year (、2027年的…, 到2027年达到…): it goes on with the metric before it. */
    /** A base-year value in brackets after a goal: （2025年为68.5亿元）, （2025年：1.86%）. */
    private static final Pattern BRACKETED_BASE = Pattern.compile("[（(](\\d{4})年(?:底|末)?(?:为|是|：|:)?$");
    private static final Pattern YEAR_LED = Pattern.compile("^(?:力争|争取|确保|预计)?(?:到|至)?\\d{4}年(?:底|末)?");
    /** A clause that opens with its base year (由2020年的2.45%提高到2025年的3.2%): the metric was named before it. */
    private static final Pattern BASE_LED = Pattern.compile("^(?:\\d{4}年)?(?:力争|争取|确保)?[由从]\\d{4}年");
    /** A verb, then the year of the value after it (提高到2025年的): the verb gives the comparator, the year the value's. */
    private static final Pattern VERB_THEN_YEAR = Pattern.compile(
            "(超过|突破|达到|提高到|提升到|提高至|增加到|增长到|增至)\\d{4}年(?:底|末)?的?$");
    /** An item's heading that names a metric alone (1.研发经费投入强度。), the sentence after giving its values. */
    private static final Pattern ITEM_HEADING = Pattern.compile(
            "(?:\\d{1,2}[.．、]|（\\d{1,2}）|（[一二三四五六七八九十]{1,3}）)[\\s\u3000]*([^，。；：、\\s\u3000]{2,30})[。：]");
    private static final Pattern INCREMENT = Pattern.compile("^(?:较|比)\\d{4}年");
    /** A metric that ends in the change since a year (高新技术企业较2025年增加): what follows is that change. */
    private static final Pattern CHANGE = Pattern.compile("(?:较|比)\\d{4}年(?:底|末)?(?:增加|增长|提高|提升|新增|减少|下降)$");
    /** A clause opening with the year compared with and that year's value (比2025年的2.86%…): a base value, not a change. */
    private static final Pattern COMPARED_BASE = Pattern.compile("^(?:较|比)(\\d{4})年(?:底|末)?的$");
    private static final Pattern TRAILING_YEAR = Pattern.compile("\\d{4}年(?:底|末)?$");
    /** A metric's growth rather than its level (年均增长, 增速): what a percentage measures and an amount does not. */
    private static final Pattern GROWTH_TAIL = Pattern.compile("(?:年均|年平均|同比|平均)?(?:增长率?|增速|增幅)$");
    private static final String PERCENT = "%";
    /**
     * Values given for several years at once: 2025年、2027年分别达到1300家、1800家, and a later clause of the sentence
     * going on with those years (…，科技型中小企业评价入库数量分别达到3000家、4200家).
     */
    private static final Pattern RESPECTIVELY = Pattern.compile(
            "((?:\\d{4}年[、和])+\\d{4}年)?分别(最高不超过|超过|突破|不低于|不少于|不超过|达到|达|为|提高到|增长到|增加到)?");
    private static final Pattern YEAR_IN_LIST = Pattern.compile("(\\d{4})年");
    /** Years listed at a clause's start, before the metric they give values for (2025年、2027年全市…分别达到). */
    private static final Pattern YEARS_LEAD = Pattern.compile("(?:到|至)?((?:\\d{4}年[、和及])+\\d{4}年)(?:底|末)?[，,]?");

    /** The goals of {@link #RESPECTIVELY} forms; the offsets of the quantities they took. */
    private static Set<Integer> respectively(Paragraph paragraph, int taskNumber, String sectionKey,
                                             List<TargetFact> targets) {
        String text = paragraph.text();
        Set<Integer> taken = new java.util.HashSet<>();
        if (!text.contains("分别")) {
            return taken; // every form holds 分别: most paragraphs are passed over without the pattern's scan
        }
        Matcher m = RESPECTIVELY.matcher(text);
        List<Integer> years = List.of();
        int sentence = -1;
        while (m.find()) {
            int sentenceStart = text.lastIndexOf('。', m.start()) + 1;
            int clauseStart = clauseStart(text, m.start());
            // 2025年、2027年全市X分别达到A、B: the years open the clause, before the metric; or they are a clause
            // of their own just before it (到2027年、2028年，X分别达到A、B)
            Matcher led = m.group(1) == null ? yearsLead(text, clauseStart, m.start()) : null;
            int metricStart = clauseStart;
            if (led != null) {
                List<Integer> listed = new ArrayList<>();
                Matcher y = YEAR_IN_LIST.matcher(led.group(1));
                while (y.find()) {
                    listed.add(Integer.parseInt(y.group(1)));
                }
                years = listed;
                sentence = sentenceStart;
                metricStart = led.end();
            } else if (m.group(1) != null) {
                List<Integer> listed = new ArrayList<>();
                Matcher y = YEAR_IN_LIST.matcher(m.group(1));
                while (y.find()) {
                    listed.add(Integer.parseInt(y.group(1)));
                }
                years = listed;
                sentence = sentenceStart;
            } else if (sentence != sentenceStart) {
                // 全县A、B、C分别达到300名、20个、8家: one value for each metric listed, in the sentence's year
                namesRespectively(paragraph, taskNumber, sectionKey, m, clauseStart, targets, taken);
                continue; // 分别 without years of its own or of its sentence: per unit, per place, not per year
            }
            List<java.util.regex.MatchResult> values = listedValues(text, m.end(), years.size());
            if (values.size() != years.size()) {
                continue;
            }
            String metric = clean(text.substring(metricStart, m.start()));
            if (metric.isEmpty()) {
                continue;
            }
            String verb = m.group(2) == null ? "" : m.group(2);
            for (int k = 0; k < values.size(); k++) {
                java.util.regex.MatchResult v = values.get(k);
                taken.add(v.start());
                targets.add(new TargetFact(taskNumber, sectionKey, metric, Double.parseDouble(v.group(1).replace(",", "")),
                        v.group(3), years.get(k), comparator(verb, v.group(4), v.group(2) != null),
                        new Span(paragraph.start() + clauseStart, paragraph.start() + v.end())));
            }
        }
        return taken;
    }

    /**
     * The metrics listed before 分别 (A、B、C分别达到X、Y、Z), each with its own value, when the list and the values are as
     * many, in the sentence's year (or none, which the plan's end then gives); each metric is cut as any metric is.
     */
    private static void namesRespectively(Paragraph paragraph, int taskNumber, String sectionKey, Matcher m, int clauseStart,
                                          List<TargetFact> targets, Set<Integer> taken) {
        String text = paragraph.text();
        String listed = text.substring(clauseStart, m.start());
        String[] names = listed.split("、");
        Matcher shared = SHARED_TAIL.matcher(names[names.length - 1]);
        if (names.length >= 2 && shared.find() && shared.start() >= 2) {
            // A、B、C三大产业集群规模分别达到…: the count closes the list, and what follows it is each item's metric
            names[names.length - 1] = names[names.length - 1].substring(0, shared.start());
            for (int k = 0; k < names.length; k++) {
                names[k] = names[k] + shared.group(1);
            }
        }
        int year = year(text, m.start());
        if (names.length < 2 || names.length > MAX_LISTED_METRICS) {
            return;
        }
        List<java.util.regex.MatchResult> values = listedValues(text, m.end(), names.length);
        if (values.size() != names.length) {
            return;
        }
        String verb = m.group(2) == null ? "" : m.group(2);
        for (int k = 0; k < names.length; k++) {
            String metric = clean(names[k]);
            if (metric.length() < 2) {
                return;
            }
            names[k] = metric;
        }
        for (int k = 0; k < names.length; k++) {
            java.util.regex.MatchResult v = values.get(k);
            taken.add(v.start());
            targets.add(new TargetFact(taskNumber, sectionKey, names[k], Double.parseDouble(v.group(1).replace(",", "")),
                    v.group(3), year, comparator(verb, v.group(4), v.group(2) != null),
                    new Span(paragraph.start() + clauseStart, paragraph.start() + v.end())));
        }
    }

    /** Up to {@code most} quantities listed from {@code at} on (300名、20个和8家), each right after the one before. */
    private static List<java.util.regex.MatchResult> listedValues(String text, int at, int most) {
        List<java.util.regex.MatchResult> values = new ArrayList<>();
        Matcher q = QUANTITY.matcher(text);
        while (values.size() < most && q.region(at, text.length()).lookingAt()) {
            values.add(q.toMatchResult());
            at = q.end();
            if (at < text.length() && (text.charAt(at) == '、' || text.charAt(at) == '和')) {
                at++;
            } else {
                break;
            }
        }
        return values;
    }

    /** A list's count and the metric it gives each item (三大产业集群规模, 两个…数量). */
    private static final Pattern SHARED_TAIL = Pattern.compile("(?:[两三四五六七八九十]|\\d{1,2})[大个类项](\\p{IsHan}{2,12})$");

    /** The most metrics one 分别 clause lists. */
    private static final int MAX_LISTED_METRICS = 6;

    /** The years that lead the clause at {@code clauseStart}, or make the clause before it; null when none do. */
    private static Matcher yearsLead(String text, int clauseStart, int end) {
        Matcher led = YEARS_LEAD.matcher(text).region(clauseStart, end);
        if (led.lookingAt()) {
            return led;
        }
        if (clauseStart == 0 || text.charAt(clauseStart - 1) != '，') {
            return null;
        }
        led.region(clauseStart(text, clauseStart - 1), end);
        return led.lookingAt() && led.end() == clauseStart ? led : null;
    }

    private static String clean(String phrase) {
        String metric = OPENING.matcher(phrase).replaceFirst("");
        // (the tails are cut only from a phrase holding their words: most phrases are passed before a matcher is made)
        metric = metric.indexOf('由') < 0 && metric.indexOf('从') < 0 ? metric : BASE_TAIL.matcher(metric).replaceFirst("");
        metric = LEADING_NOISE.matcher(metric).replaceFirst("");
        metric = metric.indexOf('年') < 0 ? metric : TRAILING_YEAR.matcher(metric).replaceFirst("");
        // A bare action (建成40个…) leaves nothing: the thing counted follows the number instead.
        return TRAILING_DE.matcher(LEADING_ACTION.matcher(metric).replaceFirst("")).replaceAll("").strip();
    }

    /**
     * The last year named before {@code at} in its sentence, else in its paragraph, else 0. A base year (由2023年的)
     * and a year in brackets closed before {@code at} (（2025年达到200亿元）) name other values' years, not this one's.
     */
    private static int year(String text, int at) {
        int sentence = text.lastIndexOf('。', at) + 1;
        int found = lastYear(text, sentence, at);
        return found > 0 ? found : lastYear(text, 0, at);
    }

    /** What opens a breakdown of the goal before it (…60个，其中2026年新建25个). */
    private static final String BREAKDOWN = "其中";

    private static int lastYear(String text, int from, int to) {
        Matcher y = YEAR.matcher(text).region(from, to);
        int year = 0;
        while (y.find()) {
            boolean base = y.start() > 0 && BASE_MARKS.contains(text.charAt(y.start() - 1));
            // 到2027年…60个，其中2026年新建25个；…达到120项: a breakdown's year holds up to its semicolon
            if (y.start() >= 2 && text.startsWith(BREAKDOWN, y.start() - 2) && semicolonBetween(text, y.end(), to)) {
                continue;
            }
            if (!base && !inClosedBracket(text, from, y.start(), to)) {
                year = Integer.parseInt(y.group(1));
            }
        }
        return year;
    }

    private static boolean semicolonBetween(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == '；') {
                return true;
            }
        }
        return false;
    }

    private static boolean inClosedBracket(String text, int from, int at, int to) {
        int open = text.lastIndexOf('（', at);
        if (open < from || text.lastIndexOf('）', at) > open) {
            return false;
        }
        int close = text.indexOf('）', at);
        return close >= 0 && close < to;
    }

    /** Just after the last clause mark before {@code at}: found walking back, not by matching from the start. */
    private static int clauseStart(String text, int at) {
        for (int i = at - 1; i >= 0; i--) {
            if (CLAUSE_MARKS.indexOf(text.charAt(i)) >= 0) {
                return i + 1;
            }
        }
        return 0;
    }

    private static int clauseEnd(String text, int from) {
        Matcher m = CLAUSE_MARK.matcher(text).region(from, text.length());
        return m.find() ? m.start() : text.length();
    }
}
