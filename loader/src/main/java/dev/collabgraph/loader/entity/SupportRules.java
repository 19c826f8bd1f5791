package dev.collabgraph.loader.entity;

import dev.collabgraph.model.Label;
import dev.collabgraph.model.RelType;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.collabgraph.loader.text.Span;

/**
 * Who builds a platform on what: 依托X(及Y)打造Z → Z RELIES_ON X, Y; 支持X(与Y)打造/建设/共建Z → X, Y
 * HOSTS Z (Z a platform or park). A 依托 list without a built object (依托X，开展…) is left to
 * {@link IndustryRules} as focus.
 */
final class SupportRules {
    /**
     * A build verb after the builders, a few words on (共同建设) or after the kind of the listed builders (桐阳重工、
     * 宏晟铝业等企业和科研院所组建, 中国科学院有关院所共同建设, 联合A大学及上下游企业组建, 联合A、B和区内企业组建).
     */
    /** The verbs of building a body (打造, 建设, 共建 …). */
    static final String BUILD_VERBS = "打造|建设|创建|共建|组建|筹建|设立|建立|建成|运营|举办";
    static final Pattern BUILD = Pattern.compile(
            "，?(?:(?:等|有关|及|和)[\\u4e00-\\u9fff0-9]{0,10}?(?:[和及][\\u4e00-\\u9fff0-9]{0,10}?)?|[\\u4e00-\\u9fff]{0,4}?)"
                    // (等30家上下游企业和6所职业院校组建: a generic tail of two kinds; 合作举办某某产业学院: a school run jointly)
                    + "(?:" + BUILD_VERBS + ")");
    /** A government organ by its usual name (县农业农村局, 市科技局), named as a partner though no actor of the graph. */
    private static final Pattern ORGAN = Pattern.compile("(?:[市县区省][\\p{IsHan}]{1,8}?[局委办厅]"
            // or a place's government (与海樾区人民政府共建P)
            + "|\\p{IsHan}{2,6}?[市县区](?:人民)?政府"
            // or companies and schools named by their kind (与链上企业组建P, 与骨干企业共建P): they build too, unnamed
            + "|(?:链上|区内|县内|市内|相关|重点|龙头|骨干)?(?:企业|高校|科研院所|院所))(?=共建|联合|合作|组建|共同)");
    private static final Pattern SUPPORT = Pattern.compile("支持|鼓励|推动|引导|引进|组织|由");
    private static final Openings SUPPORT_OPENINGS = Openings.of("支持", "鼓励", "推动", "引导", "引进", "组织", "由");
    /** How a second builder joins the first: 与/联合/和/同, after an optional 牵头， (由A牵头，联合B…), or 依托. */
    // (等链主企业联合…: the kind the builders named before are of, said before they join the others)
    private static final Pattern JOIN = Pattern.compile("(?:等\\p{IsHan}{0,4}?(?:企业|单位|机构|高校|院校))?(?:牵头，?)?(?:与|联合|会同|和|同|依托)"
            // 由A牵头，吸纳B、C等高校…组建P: those the lead takes in build with it
            + "|牵头，?吸纳"
            // 由A牵头、B参与组建P, 由A牵头，B、C参与组建P: the second builders follow the lead's role and a list mark or comma
            + "|牵头[、，](?=\\p{IsHan})");
    /** What may stand before a clause's first name: an item's number and its mark. */
    private static final String ITEM_MARK = ".．、)）(（ \t　";
    /** Where a clause starts: after its punctuation, or at a table cell's start. */
    private static final String CLAUSE_ENDS = Doc.CLAUSE_ENDS + "\t";
    private static final int MAX_ITEM_MARK = 6;
    private static final Set<Label> BUILT = Set.of(Label.Platform, Label.Park);
    /** Who may work through a platform of theirs (U依托P开展…). */
    private static final Set<Label> OWNERS = Set.of(Label.University, Label.Enterprise);
    private static final char IN = '在';
    private static final String JOINING = "联合";
    /**
     * What schools do in a park besides building: turn their results into products there (在Y产业园转化…成果), or deploy
     * research forces there (在Y科技城布局…研发力量).
     */
    private static final List<String> WORKS_IN = List.of("转化", "布局");
    /** The longest place name looked for after 在. */
    private static final int MAX_PLACE = 24;

    private SupportRules() {
    }

    static void apply(Doc doc, Relations out) {
        String text = doc.text;
        Matcher build = BUILD.matcher(text);
        for (int i = text.indexOf("依托"); i >= 0; i = text.indexOf("依托", i + 2)) {
            List<Mention> bases = doc.runFrom(i + 2, Doc.ACTORS);
            if (bases.isEmpty() && text.startsWith(ITS, i + 2)) {
                // 支持A学院…，并依托其建设P: 其 is the sentence's one school or company
                Mention subject = soleBuilderBefore(doc, i);
                Mention built = subject == null ? null : builtAfter(doc, build, i + 2 + ITS.length());
                if (built != null) {
                    out.add(RelType.RELIES_ON, built, subject, doc.clause(i, built.span().end()), "relies-on:依托其");
                }
                continue;
            }
            if (bases.isEmpty()) {
                // …共建某某机器人产业学院，依托产业学院建设P: the kind word stands for the body of that kind just named
                Mention named = doc.lastActorBefore(i + 2);
                int kind = named == null ? 0 : kindLength(doc, named, i + 2);
                Mention built = kind == 0 ? null : builtAfter(doc, build, i + 2 + kind);
                if (built != null && built != named) {
                    out.add(RelType.RELIES_ON, built, named, doc.clause(i, built.span().end()), "relies-on:依托-kind");
                }
                continue;
            }
            Mention built = builtAfter(doc, build, pastPlace(doc, doc.afterDefinition(last(bases).span().end())));
            if (built == null && !bases.isEmpty() && i > 0 && (text.charAt(i - 1) == '，' || headingBefore(doc, i))) {
                // 建设P，依托U的研发团队提供服务: a clause relying on U right after the one that built P goes on with P; so
                // does a sentence opening with 依托 under an item's heading that builds P (4.建设P。依托U、V，聚焦…)
                Mention before = builtEndingAt(doc, i - 1);
                if (before != null && bases.stream().allMatch(b -> b.label() == Label.University)) {
                    for (Mention b : bases) {
                        out.add(RelType.RELIES_ON, before, b, doc.clause(before.span().start(), b.span().end()),
                                "relies-on:，依托");
                    }
                }
            }
            if (built != null) {
                for (Mention b : bases) {
                    out.add(RelType.RELIES_ON, built, b, doc.clause(i, built.span().end()), "relies-on:依托");
                }
            }
            if (built == null) {
                // 支持U依托P开展评估: a school or company named right before 依托 works through the platform named after it
                List<Mention> platforms = bases.stream().filter(b -> b.label() == Label.Platform).toList();
                List<Mention> owners = platforms.isEmpty() ? List.of() : doc.runTo(i, OWNERS);
                for (Mention owner : owners) {
                    for (Mention p : platforms) {
                        out.add(RelType.RELIES_ON, owner, p, doc.clause(owners.get(0).span().start(), last(bases).span().end()),
                                "relies-on:依托-platform");
                    }
                }
            }
            // 发挥P依托U的学科优势: a platform or park named right before 依托 relies on what is named right after it
            // (not a place where the work is done: 在X高新区依托Y建设P)
            List<Mention> relying = bases.isEmpty() ? List.of() : doc.runTo(i, BUILT);
            if (!relying.isEmpty() && relying.get(0).span().start() > 0 && text.charAt(relying.get(0).span().start() - 1) == IN) {
                relying = List.of();
            }
            for (Mention p : relying) {
                for (Mention b : bases) {
                    if (p != built && !p.name().equals(b.name())) {
                        out.add(RelType.RELIES_ON, p, b, doc.clause(relying.get(0).span().start(), last(bases).span().end()),
                                "relies-on:依托-after-name");
                    }
                }
            }
        }
        // 在A大学、B学院布局建设P: a clause with no subject that builds P in schools makes them its hosts
        for (int i = text.indexOf(IN); i >= 0; i = text.indexOf(IN, i + 1)) {
            List<Mention> schools = doc.clauseStart(i) == i ? doc.runFrom(i + 1, Set.of(Label.University)) : List.of();
            Mention built = schools.isEmpty() ? null
                    : builtAfter(doc, build, doc.afterDefinition(last(schools).span().end()));
            if (built != null) {
                for (Mention u : schools) {
                    out.add(RelType.HOSTS, u, built, doc.clause(i, built.span().end()), "hosts:在U建设");
                }
            }
        }
        Matcher support = SUPPORT.matcher(text);
        Matcher join = JOIN.matcher(text);
        for (int at = 0; AnchoredFind.startingWith(support, text, at, text.length(), SUPPORT_OPENINGS); at = support.end()) {
            builders(doc, support.end(), support.group(), support.start(), build, join, out);
        }
        // 13、联合A大学在上海设立P: a clause opened by 联合 has the issuer for its subject, and those it joins build P
        for (int i = text.indexOf(JOINING); i >= 0; i = text.indexOf(JOINING, i + JOINING.length())) {
            if (opensClause(doc, i)) {
                builders(doc, i + JOINING.length(), JOINING, i, build, join, out);
            }
        }
        // S…，并与B共建P: a clause going on with the sentence's subject (并与, 同时与) builds P with B
        for (int i = text.indexOf(WITH); i >= 0; i = text.indexOf(WITH, i + 1)) {
            Mention reliedOn = i > 0 ? reliedOnByKindBefore(doc, i) : null;
            if (reliedOn != null) {
                // 支持S在上海设立P，依托飞地与B共建Q: the clause goes on with S, who builds Q with B on what it set up
                continuedBuilders(doc, i, build, out, doc.lastActorBefore(reliedOn.span().start()));
            } else if (i > 0 && doc.clauseStart(i) < i && doc.opensClause(i)) {
                continuedBuilders(doc, i, build, out, doc.lastActorBefore(i));
            } else if (i > 0 && doc.clauseStart(i) == i && doc.clauseStart(i) > doc.sentenceStart(i)) {
                // A与B共建P，与C共建Q: the second clause goes on with the first's subject, not with P; 支持A围绕X开设专业，
                // 与B共建P: with the sentence's one school or company
                Mention earlier = subjectOfEarlierWith(doc, i);
                continuedBuilders(doc, i, build, out, earlier != null ? earlier : soleBuilderBefore(doc, i));
            } else if (i > 0 && (doc.clauseStart(i) == i || placeOpensClauseBefore(doc, i))) {
                // （二）建设P。与B大学共建P, 某某区与B大学共建P: with no school or company for subject, those named after 与
                // build P
                continuedBuilders(doc, i, build, out, null);
            }
        }
        // 加强与A大学、B大学对接，推动共建P: a clause co-building with no builder of its own goes on with those named after
        // 与 in the clause before
        for (int i = text.indexOf(JOINT_BUILD); i >= 0; i = text.indexOf(JOINT_BUILD, i + 1)) {
            int clause = doc.clauseStart(i);
            if (doc.within(clause, i).stream().noneMatch(m -> Doc.ACTORS.contains(m.label()))) {
                List<Mention> partners = doc.partnersOfClauseBefore(clause, Doc.ACTORS);
                if (partners.isEmpty()) {
                    // A大学与B公司签订合作协议，共建P: the pair the clause before names on both sides of 与 builds P
                    partners = pairOfClauseBefore(doc, clause);
                }
                Mention built = partners.isEmpty() ? null : builtAfter(doc, build, i);
                if (built != null && !partners.contains(built)) {
                    for (Mention p : partners) {
                        out.add(RelType.HOSTS, p, built, doc.clause(p.span().start(), built.span().end()),
                                "hosts:与…，共建");
                    }
                } else if (!partners.isEmpty() && built == null) {
                    // A学院与B公司签订合作协议，共建C产业学院: the school built with the partner named after 与 is its partner
                    coBuiltSchool(doc, build, i, partners.get(0).span().start(), List.of(), partners, out);
                }
            }
        }
        // S…，在Y园设立P: a clause going on with the sentence's subject builds in the park
        for (int i = text.indexOf(IN); i >= 0; i = text.indexOf(IN, i + 1)) {
            if (doc.clauseStart(i) > doc.sentenceStart(i) && doc.opensClause(i)) {
                continuedInPark(doc, i, build, out);
            }
        }
        // A与B共建P, P依托X建设 with no 支持 before: the builders open their clause (after an item's number)
        for (Mention m : doc.mentions) {
            int start = m.span().start();
            if (Doc.ACTORS.contains(m.label()) && opensClause(doc, start)) {
                builders(doc, start, "", start, build, join, out);
            }
        }
    }

    private static final char WITH = '与';

    /** Whether the clause of the 与 at {@code with} opens with a place or the issuer right before it (某某区与B…). */
    private static boolean placeOpensClauseBefore(Doc doc, int with) {
        List<Mention> before = doc.within(doc.clauseStart(with), with);
        return before.size() == 1 && before.get(0).label() == Label.Region && before.get(0).span().end() == with
                && opensClause(doc, before.get(0).span().start());
    }
    private static final String JOINT_BUILD = "共建";
    /** 依托其: relying on the subject named before. */
    private static final String ITS = "其";
    private static final String RELY_ON = "依托";

    /**
     * 甲大学围绕A设置专业，并与乙公司共建P: the clause opened by {@code with} has {@code subject} (the sentence's last
     * named actor before it, or the subject of an earlier 与) for its subject, who builds P with those named after 与, and
     * works with them.
     */
    private static void continuedBuilders(Doc doc, int with, Matcher build, Relations out, Mention subject) {
        List<Mention> partners = doc.runFrom(with + 1, Doc.ACTORS);
        if (partners.isEmpty()) {
            return;
        }
        Mention built = builtAfter(doc, build, doc.afterDefinition(last(partners).span().end()));
        if (built == null || built == subject || partners.contains(built)) {
            return;
        }
        // with no school or company before to go on with (推动A中心扩能，与B学院合作共建P), those named after 与 still
        // build P
        Span evidence = doc.clause(subject != null ? subject.span().start() : with, built.span().end());
        List<Mention> builders = new ArrayList<>(partners);
        if (subject == null) {
            for (Mention b : builders) {
                out.add(RelType.HOSTS, b, built, evidence, "hosts:并与…共建");
            }
            return;
        }
        builders.add(0, subject);
        for (Mention b : builders) {
            out.add(RelType.HOSTS, b, built, evidence, "hosts:并与…共建");
        }
        for (Mention p : partners) {
            if (p.label() != subject.label()) {
                out.add(RelType.PARTNERS_WITH, subject, p, evidence, "partners:joint-build");
            }
        }
    }

    /**
     * The actors on both sides of the 与 of the clause right before the one opening at {@code clause}, when that clause
     * opens with them (A大学与B公司签订战略合作协议，…: A, B); else none.
     */
    private static List<Mention> pairOfClauseBefore(Doc doc, int clause) {
        if (clause <= doc.sentenceStart(clause)) {
            return List.of();
        }
        int before = doc.clauseBefore(clause);
        List<Mention> subjects = doc.within(before, clause).stream().filter(m -> Doc.ACTORS.contains(m.label())).toList();
        if (subjects.isEmpty() || !opensClause(doc, subjects.get(0).span().start())) {
            return List.of();
        }
        List<Mention> first = doc.runFrom(subjects.get(0).span().start(), SOLE_BUILDERS);
        int with = first.isEmpty() ? -1 : doc.afterDefinition(last(first).span().end());
        if (with < 0 || with >= clause || doc.text.charAt(with) != WITH) {
            return List.of();
        }
        List<Mention> second = doc.runFrom(with + 1, SOLE_BUILDERS);
        if (second.isEmpty()) {
            return List.of();
        }
        List<Mention> pair = new ArrayList<>(first);
        pair.addAll(second);
        return pair;
    }

    /** The actor right before the sentence's 与 before {@code with} (A与B共建P，与C…: A), or null. */
    private static Mention subjectOfEarlierWith(Doc doc, int with) {
        int earlier = doc.text.lastIndexOf(WITH, with - 1);
        if (earlier < doc.sentenceStart(with)) {
            return null;
        }
        List<Mention> before = doc.runTo(doc.beforeDefinition(earlier), Doc.ACTORS);
        return before.isEmpty() ? null : last(before);
    }

    /** A platform or park just built whose name ends at {@code pos} (建设P，…), else null. */
    /** Whether the sentence opening at {@code at} follows an item's heading sentence, short and ended by 。. */
    private static boolean headingBefore(Doc doc, int at) {
        if (doc.text.charAt(at - 1) != '。' || doc.sentenceStart(at) != at) {
            return false;
        }
        int heading = doc.sentenceStart(at - 1);
        return at - 1 - heading <= MAX_HEADING && (heading == 0 || doc.text.charAt(heading - 1) == '\n')
                && doc.text.lastIndexOf('，', at - 1) < heading;
    }

    private static final int MAX_HEADING = 30;

    private static Mention builtEndingAt(Doc doc, int pos) {
        for (Mention m : doc.within(doc.clauseStart(pos - 1), pos)) {
            if (m.span().end() == pos && BUILT.contains(m.label()) && builtRightBefore(doc, m)) {
                return m;
            }
        }
        return null;
    }

    /**
     * The body a clause opening with 依托 calls by its kind word right before {@code with} (…设立某某科创飞地，依托飞地与B…),
     * or null.
     */
    private static Mention reliedOnByKindBefore(Doc doc, int with) {
        int clause = doc.clauseStart(with);
        if (clause == doc.sentenceStart(with) || !doc.text.startsWith(RELY_ON, clause)) {
            return null;
        }
        int kind = clause + RELY_ON.length();
        Mention last = doc.lastActorBefore(clause);
        if (last == null || !BUILT.contains(last.label()) || with - kind < 2) {
            return null;
        }
        return endsWithTextAt(last.name(), doc.text, kind, with - kind) ? last : null;
    }

    /** Whether {@code name} ends with the {@code length} letters of {@code text} at {@code at} and holds more than them. */
    private static boolean endsWithTextAt(String name, String text, int at, int length) {
        return name.length() > length && name.regionMatches(name.length() - length, text, at, length);
    }

    /** The longest kind word a name may be called by alone (产业学院, 研究院, 大学). */
    private static final int MAX_KIND = 6;
    /** A demonstrative before a kind word standing for a name (依托该研究院). */
    private static final char THAT = '该';

    /**
     * How many letters at {@code pos} call {@code named} by the kind word its name ends with (after an optional 该), a
     * build verb following them (依托产业学院建设…), or 0.
     */
    private static int kindLength(Doc doc, Mention named, int pos) {
        String text = doc.text;
        int at = pos < text.length() && text.charAt(pos) == THAT ? pos + 1 : pos;
        String name = named.name();
        for (int k = Math.min(MAX_KIND, name.length() - 2); k >= 2; k--) {
            if (at + k < text.length() && endsWithTextAt(name, text, at, k)
                    && BUILD_VERB_FIRST.indexOf(text.charAt(at + k)) >= 0) {
                return at + k - pos;
            }
        }
        return 0;
    }

    /**
     * The first letters of the build verbs a kind word is followed by (建设, 打造, 组建 …, 布局建设), one letter each
     * (a run of them is no word of the genre).
     */
    private static final String BUILD_VERB_FIRST = "打" + "建" + "创" + "共" + "组" + "筹" + "设" + "运" + "举" + "布";

    /** Whether a build verb stands right before {@code m}'s name (建设P). */
    private static boolean builtRightBefore(Doc doc, Mention m) {
        int start = m.span().start();
        return BUILT_RIGHT_BEFORE.stream().anyMatch(v -> doc.text.startsWith(v, start - v.length()));
    }

    /** The verb right before a body's name that builds it. */
    private static final List<String> BUILT_RIGHT_BEFORE = List.of("建设", "组建", "共建", "设立", "打造", "建成", "筹建");

    /** The sentence's one named actor before {@code pos} when it is a school or a company, else null. */
    private static Mention soleBuilderBefore(Doc doc, int pos) {
        List<Mention> actors = doc.within(doc.sentenceStart(pos), pos).stream()
                .filter(m -> Doc.ACTORS.contains(m.label())).toList();
        return actors.size() == 1 && SOLE_BUILDERS.contains(actors.get(0).label()) ? actors.get(0) : null;
    }

    private static final Set<Label> SOLE_BUILDERS = Set.of(Label.University, Label.Enterprise);

    /** Who may go on as the subject of a clause that builds in a park: a school, a company or a platform. */
    private static final Set<Label> BUILDERS_IN = Set.of(Label.University, Label.Enterprise, Label.Platform);

    /**
     * 鼓励甲学院聚焦A开展研究，在乙产业园设立成果转化基地: the clause opened by {@code in} goes on with the sentence's last
     * named school, company or platform, which works in the park it builds in (what it builds may be unnamed).
     */
    private static void continuedInPark(Doc doc, int in, Matcher build, Relations out) {
        Mention subject = doc.lastActorBefore(in);
        while (subject != null && BUILT.contains(subject.label())
                && (builtRightBefore(doc, subject) || doc.text.startsWith(RELY_ON, subject.span().start() - RELY_ON.length()))) {
            // 支持A大学建设P，并在Y高新区设立Q / 支持A大学依托P发展，在Y高新区建设Q: P is what A built or relies on, A
            // goes on in the park
            subject = doc.lastActorBefore(subject.span().start());
        }
        List<Mention> parks = doc.runFrom(in + 1, Set.of(Label.Park));
        if (subject == null || !BUILDERS_IN.contains(subject.label()) || parks.size() != 1
                || doc.text.startsWith(RELY_ON, doc.clauseStart(subject.span().start()))) {
            return; // (依托X大学，在Y园建设P: the school is what P relies on, not a builder working in the park)
        }
        Mention park = parks.get(0);
        int after = doc.afterDefinition(park.span().end());
        if (!Lexicon.matchesAt(build, doc.text, after)) {
            return;
        }
        Span evidence = doc.clause(subject.span().start(), build.end());
        Mention built = builtAfter(doc, build, after);
        for (Mention builder : partnersOf(doc, subject)) {
            out.add(RelType.PARTNERS_WITH, builder, park, evidence, "partners:builds-in");
            if (built != null && built != park) {
                out.add(RelType.HOSTS, builder, built, evidence, "hosts:在…建设");
            }
        }
    }

    /**
     * {@code subject} and the actor it works with in its clause when the clause names two joined by 与, 联合 or 和
     * (支持A大学与B公司合作，在Y园建设P: both build there); else {@code subject} alone.
     */
    private static List<Mention> partnersOf(Doc doc, Mention subject) {
        List<Mention> clause = doc.within(doc.clauseStart(subject.span().start()), subject.span().end());
        List<Mention> builders = new ArrayList<>();
        for (Mention m : clause) {
            if (m != subject && BUILDERS_IN.contains(m.label()) && m.span().end() < subject.span().start()
                    && JOINED_BY.contains(doc.text.substring(m.span().end(), subject.span().start()))) {
                builders.add(m);
            }
        }
        builders.add(subject);
        return builders;
    }

    private static final String RELIED_ON_AFTER = "为依托";

    /**
     * The one park a clause right before {@code clause} relies on, by either word order (依托Y产业园， / 以Y产业园为依托，),
     * or null.
     */
    private static Mention reliedOnParkBefore(Doc doc, int clause) {
        String text = doc.text;
        if (clause < 2 || text.charAt(clause - 1) != '，') {
            return null;
        }
        int start = doc.clauseBefore(clause);
        if (text.startsWith(RELY_ON, start)) {
            return parkFilling(doc, start + RELY_ON.length(), clause - 1);
        }
        int relied = clause - 1 - RELIED_ON_AFTER.length();
        return text.charAt(start) == '以' && text.startsWith(RELIED_ON_AFTER, relied) ? parkFilling(doc, start + 1, relied)
                : null;
    }

    /** The one park named from {@code from} that fills the text up to {@code end}, or null. */
    private static Mention parkFilling(Doc doc, int from, int end) {
        List<Mention> parks = doc.runFrom(from, Set.of(Label.Park));
        return parks.size() == 1 && doc.afterDefinition(parks.get(0).span().end()) == end ? parks.get(0) : null;
    }

    private static final String LEADS = "牵头";
    /** The kind that closes a list of builders (等高校, 等院校, 等企业, 等单位). */
    private static final Pattern LISTED_KIND = Pattern.compile("等(?:高校院所|高校|院校|科研院所|企业|单位|机构)");

    private static int pastKind(String text, int pos) {
        if (pos >= text.length() || text.charAt(pos) != '等') {
            return pos;
        }
        Matcher kind = LISTED_KIND.matcher(text).region(pos, Math.min(text.length(), pos + 6));
        return kind.lookingAt() && kind.end() < text.length() && text.charAt(kind.end()) == IN ? kind.end() : pos;
    }

    /** What joins two builders named in one clause, the second working with the first. */
    private static final Set<String> JOINED_BY = Set.of("与", "联合", "和", "同");

    /**
     * The builders named from {@code from} on and what they build: 支持X(与/联合Y)(在Z园)打造/建设/共建P → X, Y
     * HOSTS P; 依托Y → P RELIES_ON Y; P依托Y建设 → P RELIES_ON Y. Without an opening word ({@code opening} empty)
     * only builders named with a second one (A与B共建P) or building in a park (A在Y科技城设立P) count, so that a
     * sentence's subject building alone is left to the other rules.
     */
    private static void builders(Doc doc, int from, String opening, int openingStart, Matcher build, Matcher join,
            Relations out) {
        String text = doc.text;
        List<Mention> hosts = new ArrayList<>(doc.runFrom(from, Doc.ACTORS));
        if (hosts.isEmpty()) {
            return;
        }
        int after = pastAim(text, doc.afterDefinition(last(hosts).span().end()));
        after = pastKind(text, after); // A大学、B大学等高校在Y设立…: the kind that closes the list
        if (opening.equals("由") && text.startsWith(LEADS, after) && after + LEADS.length() < text.length()
                && text.charAt(after + LEADS.length()) == IN) {
            after += LEADS.length(); // 由A大学牵头在Y园建设P: the one who leads builds
        }
        List<Mention> more = List.of();
        boolean relies = false;
        if (Lexicon.matchesAt(join, text, after)) {
            relies = join.group().endsWith("依托");
            more = doc.runFrom(join.end(), Doc.ACTORS);
            if (!more.isEmpty()) {
                after = doc.afterDefinition(last(more).span().end());
                after = opening.equals("由") ? pastOthers(text, after) : after;
            } else if (!relies) {
                // 支持A大学与县农业农村局共建P: a government partner builds too, though no actor of the graph's
                List<Mention> organs = doc.runFrom(join.end(), Set.of(Label.Unit));
                if (!organs.isEmpty()) {
                    after = doc.afterDefinition(last(organs).span().end());
                } else {
                    Matcher organ = ORGAN.matcher(text);
                    after = Lexicon.matchesAt(organ, text, join.end()) ? organ.end() : after;
                }
            }
        }
        boolean inPlace = after < text.length() && text.charAt(after) == IN;
        if (opening.isEmpty() && more.isEmpty() && !inPlace && hosts.size() >= 2
                && hosts.stream().allMatch(h -> SOLE_BUILDERS.contains(h.label()))
                && Lexicon.matchesAt(build, text, after) && !build.group().contains("分别")) {
            // A大学和B公司共同建设P, A大学、B公司共建P: schools and companies listed as the clause's subject build together,
            // as A与B共建P (not A、B分别建设P、Q: each its own)
            more = new ArrayList<>(hosts.subList(1, hosts.size()));
            hosts = new ArrayList<>(hosts.subList(0, 1));
        }
        if (opening.isEmpty() && more.isEmpty() && !inPlace) {
            return;
        }
        // 支持X在Y高新区设立Z: the park the builders build in is a partner of theirs
        Mention place = null;
        if (inPlace) {
            List<Mention> in = doc.runFrom(after + 1, Set.of(Label.Park));
            if (in.size() == 1) {
                place = in.get(0);
                after = doc.afterDefinition(place.span().end());
            } else if (more.isEmpty() && hosts.stream().allMatch(h -> h.label() == Label.Platform)) {
                // 支持X技术转移中心在A大学、B学院设立工作站: the platform sets up its stations in the schools
                List<Mention> schools = doc.runFrom(after + 1, Set.of(Label.University));
                if (!schools.isEmpty() && Lexicon.matchesAt(build, text, last(schools).span().end())) {
                    Span evidence = doc.clause(openingStart, build.end());
                    for (Mention h : hosts) {
                        schools.forEach(u -> out.add(RelType.PARTNERS_WITH, u, h, evidence, "partners:builds-in"));
                    }
                    return;
                }
            } else if (more.isEmpty() && hosts.stream().allMatch(h -> h.label() == Label.University)) {
                // 支持A大学、B大学在X科技大市场设立工作站: the schools set up their stations in the platform
                List<Mention> platforms = doc.runFrom(after + 1, Set.of(Label.Platform));
                if (platforms.size() == 1 && Lexicon.matchesAt(build, text, doc.afterDefinition(platforms.get(0).span().end()))) {
                    Span evidence = doc.clause(openingStart, build.end());
                    hosts.forEach(u -> out.add(RelType.PARTNERS_WITH, u, platforms.get(0), evidence, "partners:builds-in"));
                    return;
                }
            }
        }
        if (opening.isEmpty() && more.isEmpty() && place == null) {
            // a sentence's subject building alone is left to the other rules, unless it builds in a park (X在Y园设立Z)
            return;
        }
        // 依托Y产业园，由A与B联合组建P / 以Y产业园为依托，由A牵头…组建P: the park the clause before relies on is where
        // the builders work, and what they build relies on it
        Mention reliedOn = place == null && opening.equals("由") ? reliedOnParkBefore(doc, openingStart) : null;
        place = reliedOn != null ? reliedOn : place;
        Mention built = builtAfter(doc, build, after);
        if (built == null && opening.equals("由")) {
            built = builtBefore(doc, openingStart);
            if (built == null && openingStart > 0 && text.charAt(openingStart - 1) == '，'
                    && Lexicon.matchesAt(build, text, after)) {
                // P，由A与B共同运营: the platform before the clause, when the clause builds or runs it
                built = builtBefore(doc, openingStart - 1);
            }
        }
        if (built == null && relies && hosts.size() == 1 && BUILT.contains(hosts.get(0).label())
                && Lexicon.matchesAt(build, text, after)) {
            // 澄州大学溪宁研究院依托澄州大学光电工程学院建设: the platform itself is what is built
            built = hosts.get(0);
            hosts = List.of();
        }
        // the deed done in the park without building there (转化, 布局), if one follows it
        String deed = null;
        for (String w : WORKS_IN) {
            if (deed == null && place != null && text.startsWith(w, after)) {
                deed = w;
            }
        }
        boolean transfers = deed != null;
        if (built == null && place != null && (transfers || Lexicon.matchesAt(build, text, after))) {
            // 推动X在Y科技城建设中试熟化基地: what is built may be unnamed, the builders still work in the park; so do
            // schools that turn their results into products there (支持A联合B大学在Y产业园转化…成果)
            Span evidence = doc.clause(openingStart, transfers ? after + deed.length() : build.end());
            List<Mention> workers = new ArrayList<>(hosts);
            if (!relies) {
                workers.addAll(more);
            }
            for (Mention h : workers) {
                out.add(RelType.PARTNERS_WITH, h, place, evidence, "partners:builds-in");
                withOwner(out, h, place, evidence);
            }
            return;
        }
        if (built == null && relies && !more.isEmpty()) {
            // 推动A大学依托B公司开展联合攻关: a school relying on a company (or a company on a school) for its work works with it
            Span evidence = doc.clause(openingStart, last(more).span().end());
            for (Mention h : hosts) {
                for (Mention m : more) {
                    if (h.label() != m.label() && SOLE_BUILDERS.contains(h.label()) && SOLE_BUILDERS.contains(m.label())) {
                        out.add(RelType.PARTNERS_WITH, h, m, evidence, "partners:依托");
                    }
                }
            }
        }
        if (built == null) {
            coBuiltSchool(doc, build, after, openingStart, hosts, relies ? List.of() : more, out);
            return;
        }
        Span evidence = doc.clause(Math.min(openingStart, built.span().start()), Math.max(after, built.span().end()));
        if (!relies) {
            hosts.addAll(more);
        }
        String cue = opening.isEmpty() ? "共建" : opening + "…建设";
        for (Mention h : hosts) {
            out.add(RelType.HOSTS, h, built, evidence, "hosts:" + cue);
            for (Mention m : more) {
                // builders named together (A联合B, A依托B) work with each other
                if (h != m && h.label() != m.label()) {
                    out.add(RelType.PARTNERS_WITH, h, m, evidence, "partners:joint-build");
                }
            }
        }
        if (place != null) {
            for (Mention h : hosts) {
                out.add(RelType.PARTNERS_WITH, h, place, evidence, "partners:builds-in");
                withOwner(out, h, place, evidence);
            }
        }
        if (relies) {
            for (Mention m : more) {
                out.add(RelType.RELIES_ON, built, m, evidence, "relies-on:依托");
            }
        }
        if (reliedOn != null) {
            out.add(RelType.RELIES_ON, built, reliedOn, doc.clause(reliedOn.span().start(), built.span().end()),
                    "relies-on:依托，由");
        }
    }

    /**
     * 在A公司茶园基地共建P: a park named after the company that holds it (the company's name opens the park's); whoever
     * builds in it works with that company too.
     */
    private static void withOwner(Relations out, Mention builder, Mention place, Span evidence) {
        if (builder.label() == Label.Enterprise) {
            return;
        }
        for (RelationFact f : List.copyOf(out.facts())) {
            if (f.type() == RelType.HOSTS && f.fromLabel() == Label.Enterprise && f.toLabel() == place.label()
                    && f.to().equals(place.name()) && f.rule().equals(NAME_PREFIX_HOST)) {
                Mention owner = new Mention(Label.Enterprise, f.from(), f.from(), place.span(), NAME_PREFIX_HOST);
                out.add(RelType.PARTNERS_WITH, builder, owner, evidence, "partners:builds-in-owner");
            }
        }
    }

    private static final String NAME_PREFIX_HOST = "hosts:name-prefix";

    /**
     * 支持A职业技术学院与B公司共建C产业学院: a school built with a company (an industry college, a joint institute
     * counted as a school) is the company's partner, as a platform it builds with a university would be hosted by it.
     * The school must follow the build verb directly: 共建…，培养C学院学生 names a school that is not built.
     */
    private static void coBuiltSchool(Doc doc, Matcher build, int after, int openingStart, List<Mention> hosts,
            List<Mention> more, Relations out) {
        if (!Lexicon.matchesAt(build, doc.text, after)) {
            return;
        }
        Mention school = doc.within(build.end(), doc.clauseEnd(build.end())).stream().findFirst()
                .filter(m -> m.label() == Label.University && m.span().start() == build.end()).orElse(null);
        if (school == null) {
            return;
        }
        Span evidence = doc.clause(openingStart, school.span().end());
        List<Mention> builders = new ArrayList<>(hosts);
        builders.addAll(more);
        for (Mention b : builders) {
            if (b.label() != Label.University) {
                out.add(RelType.PARTNERS_WITH, b, school, evidence, "partners:co-builds-school");
            }
        }
        // …合作举办P产业学院，共建Q实训基地: the next clause, opened by a build verb alone, has the same builders
        int next = doc.afterDefinition(school.span().end());
        if (next + 1 < doc.text.length() && doc.text.charAt(next) == '，') {
            Mention built = builtAfter(doc, build, next + 1);
            if (built != null && built.span().start() == build.end()) {
                Span both = doc.clause(openingStart, built.span().end());
                builders.forEach(b -> out.add(RelType.HOSTS, b, built, both, "hosts:共建"));
            }
        }
    }

    /** Whether {@code pos} opens its clause, after at most an item's number (2. / ② / （三）). */
    private static boolean opensClause(Doc doc, int pos) {
        // looks back a few characters only: a clause start found by scanning would make a long line quadratic
        for (int i = pos - 1; i >= Math.max(0, pos - MAX_ITEM_MARK - 1); i--) {
            char c = doc.text.charAt(i);
            if (CLAUSE_ENDS.indexOf(c) >= 0) {
                return true;
            }
            if (ITEM_MARK.indexOf(c) < 0 && !isNumeral(c)) {
                return false;
            }
        }
        return pos <= MAX_ITEM_MARK;
    }

    /** A digit of any script: 2, ２, ②, 三 (Unihan's numeric values). */
    private static boolean isNumeral(char c) {
        return com.ibm.icu.lang.UCharacter.getUnicodeNumericValue(c) != com.ibm.icu.lang.UCharacter.NO_NUMERIC_VALUE;
    }

    /** The platform or park named after a build verb right after {@code pos}, in the same clause. */
    private static Mention builtAfter(Doc doc, Matcher build, int pos) {
        if (!Lexicon.matchesAt(build, doc.text, pos)) {
            return null;
        }
        int end = doc.clauseEnd(build.end());
        for (Mention m : doc.within(build.end(), end)) {
            if (BUILT.contains(m.label())) {
                return m;
            }
        }
        return null;
    }

    /**
     * Where a build verb may stand after 依托X: past a place it is built in (依托X在某某科技城建设P), the place also
     * after a comma (依托A和B，在某某高新区建设P).
     */
    private static int pastPlace(Doc doc, int pos) {
        int in = pos < doc.text.length() && doc.text.charAt(pos) == '，' ? pos + 1 : pos;
        if (in >= doc.text.length() || doc.text.charAt(in) != IN) {
            return pos;
        }
        for (Mention m : doc.within(in + 1, Math.min(doc.text.length(), in + 1 + MAX_PLACE))) {
            if (m.span().start() == in + 1 && (m.label() == Label.Park || m.label() == Label.Region)) {
                return m.span().end();
            }
        }
        return pos;
    }

    /** What the builders aim their work at, set before where and what they build (面向中药材产业在我县建设P). */
    private static final Pattern AIM = Pattern.compile("(?:面向|围绕|聚焦)[^，。；：\\n]{1,16}?(?:产业|领域|行业|需求|方向)(?=在|建设|共建|组建|设立|打造)");

    /** {@code pos}, or past an aim phrase that stands there. */
    private static int pastAim(String text, int pos) {
        if (pos + 2 > text.length() || !(text.startsWith("面向", pos) || text.startsWith("围绕", pos) || text.startsWith("聚焦", pos))) {
            return pos;
        }
        Matcher aim = AIM.matcher(text).region(pos, Math.min(text.length(), pos + 30));
        return aim.lookingAt() ? aim.end() : pos;
    }

    /**
     * The others named by their kind after the builders (和上下游企业30家, 等高校和产业链企业) and the comma that closes
     * them before the build verb (由A牵头，联合B、C和上下游企业30家，组建P): they build too, unnamed.
     */
    private static final Pattern OTHERS = Pattern.compile("(?:等(?:高校院所|高校|院校|科研院所|企业|单位|机构))?"
            + "(?:和|及|以及)\\p{IsHan}{0,6}?(?:企业|高校|院校|科研院所|院所|单位|机构)(?:\\d{1,4}|[一二三四五六七八九十百]{1,3})?[家个所]?，?");

    private static int pastOthers(String text, int pos) {
        Matcher others = OTHERS.matcher(text).region(pos, Math.min(text.length(), pos + 24));
        return others.lookingAt() ? others.end() : pos;
    }

    /** P由A…建设: the platform or park written right before {@code pos} (由, or the comma before it). */
    private static Mention builtBefore(Doc doc, int pos) {
        List<Mention> before = doc.runTo(pos, BUILT);
        return before.isEmpty() ? null : last(before);
    }

    static Mention last(List<Mention> list) {
        return list.get(list.size() - 1);
    }
}
