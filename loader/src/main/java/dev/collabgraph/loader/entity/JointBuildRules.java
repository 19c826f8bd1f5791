package dev.collabgraph.loader.entity;

import dev.collabgraph.loader.text.Span;
import dev.collabgraph.model.Label;
import dev.collabgraph.model.RelType;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Platforms built by a base and the partners it joins: 以X为依托，联合Y、Z等单位，建设P (P RELIES_ON X; Y, Z HOST P;
 * X, Y, Z work with each other), and the second clause of 支持A、B牵头组建Q，联合C建设P, where C joins the
 * supported builders A, B (they work with C, and all of them HOST P). {@link SupportRules} reads the single clauses.
 */
final class JointBuildRules {
    private static final String RELY = "为依托";
    private static final String RELY_ON = "依托";
    private static final Pattern JOIN = Pattern.compile("联合|会同");
    private static final Openings JOIN_OPENINGS = Openings.of("联合", "会同");
    /** The build verb after a list of partners: 等单位， or a few words (高标准) may come between. */
    private static final Pattern BUILD = Pattern.compile(
            "(?:等[\\u4e00-\\u9fff]{0,6}?)?，?[\\u4e00-\\u9fff]{0,5}?(?:打造|建设|创建|共建|组建|筹建|设立|建立)");
    private static final Pattern SUPPORT = Pattern.compile("支持|鼓励|推动|引导");
    private static final char BASE = '以';
    private static final char COMMA = '，';

    private JointBuildRules() {
    }

    static void apply(Doc doc, Relations out) {
        String text = doc.text;
        Matcher build = BUILD.matcher(text);
        Matcher join = JOIN.matcher(text);
        for (int i = text.indexOf(BASE); i >= 0; i = text.indexOf(BASE, i + 1)) {
            List<Mention> bases = doc.runFrom(i + 1, Doc.ACTORS);
            if (!bases.isEmpty() && text.startsWith(RELY, SupportRules.last(bases).span().end())) {
                basedBuild(doc, i, bases, SupportRules.last(bases).span().end() + RELY.length(), "以…为依托", build, join,
                        out);
            }
        }
        // 依托X（以下简称…），联合Y、Z共同建设P: the same with the base after 依托; without partners it is SupportRules'
        // 依托X，支持Y建设P: the builder the clause supports builds on the base as a joined partner would
        Matcher support = SUPPORT.matcher(text);
        for (int i = text.indexOf(RELY_ON); i >= 0; i = text.indexOf(RELY_ON, i + RELY_ON.length())) {
            List<Mention> bases = doc.runFrom(i + RELY_ON.length(), Doc.ACTORS);
            int pos = bases.isEmpty() ? -1 : doc.afterDefinition(SupportRules.last(bases).span().end());
            if (pos >= 0 && pos < text.length() && text.charAt(pos) == COMMA && Lexicon.matchesAt(join, text, pos + 1)) {
                basedBuild(doc, i, bases, pos, "依托", build, join, out);
            } else if (pos >= 0 && pos < text.length() && text.charAt(pos) == COMMA
                    && bases.stream().noneMatch(b -> b.label() == Label.Park) && Lexicon.matchesAt(support, text, pos + 1)) {
                // (a park as the base is where the work is done, no partner: 依托Y高新区，支持A大学建设P)
                basedBuild(doc, i, bases, pos, "依托…支持", build, support, out);
            }
        }
        Matcher takePart = TAKE_PART.matcher(text);
        for (int i = text.indexOf(ADMIT); i >= 0; i = text.indexOf(ADMIT, i + ADMIT.length())) {
            admitted(doc, i, takePart, out);
        }
        Matcher buildNext = BUILD_NEXT.matcher(text);
        for (int i = text.indexOf(WITH); i >= 0; i = text.indexOf(WITH, i + 1)) {
            workThenBuild(doc, i, buildNext, out);
        }
        for (int at = 0; AnchoredFind.startingWith(join, text, at, text.length(), JOIN_OPENINGS); at = join.end()) {
            if (join.start() == 0 || text.charAt(join.start() - 1) != COMMA) {
                continue;
            }
            List<Mention> partners = doc.runFrom(join.end(), Doc.ACTORS);
            List<Mention> built = partners.isEmpty() ? List.of()
                    : builtAfter(doc, build, SupportRules.last(partners).span().end());
            List<Mention> supported = built.isEmpty() ? List.of() : supportedBuilders(doc, join.start());
            if (supported.isEmpty()) {
                continue;
            }
            Span evidence = doc.clause(supported.get(0).span().start(), SupportRules.last(built).span().end());
            List<Mention> builders = new ArrayList<>(supported);
            builders.addAll(partners);
            for (Mention b : builders) {
                for (Mention p : built) {
                    out.add(RelType.HOSTS, b, p, evidence, "hosts:联合…建设");
                }
            }
            partnersPairwise(builders, evidence, out);
        }
    }

    private static final String ADMIT = "吸纳";
    /** Taking part after those taken in: 参与, 加入, after their kind (吸纳A大学等高校参与). */
    private static final Pattern TAKE_PART = Pattern.compile("(?:等[\\u4e00-\\u9fff]{0,8}?)?(?:参与|加入)");

    /**
     * A牵头组建P，吸纳B大学、C学院参与: those taken in take part in the platform the sentence built before them, as
     * builders joined to it would.
     */
    private static void admitted(Doc doc, int admit, Matcher takePart, Relations out) {
        List<Mention> members = doc.runFrom(admit + ADMIT.length(), Doc.ACTORS);
        if (members.isEmpty() || !Lexicon.matchesAt(takePart, doc.text, SupportRules.last(members).span().end())) {
            return;
        }
        Mention platform = null;
        for (Mention m : doc.within(doc.sentenceStart(admit), admit)) {
            if (m.label() == Label.Platform) {
                platform = m;
            }
        }
        if (platform == null) {
            return;
        }
        Span evidence = doc.clause(platform.span().start(), takePart.end());
        for (Mention m : members) {
            out.add(RelType.HOSTS, m, platform, evidence, "hosts:吸纳…参与");
        }
    }

    private static final char WITH = '与';
    private static final String CARRY_OUT = "开展";
    private static final String COOPERATE = "合作";
    /** A clause that opens with building what the clause before worked on: ，(共同)建设P. */
    private static final Pattern BUILD_NEXT = Pattern.compile("(?:共同|联合)?(?:建设|共建|组建|打造|设立)");

    /**
     * 支持企业与某学院开展联合研发，建设某工程技术研究中心: the partner a clause works with (与X开展…) builds the platform the
     * next clause opens by building, with the clause's named subject if it has one.
     */
    private static void workThenBuild(Doc doc, int with, Matcher build, Relations out) {
        String text = doc.text;
        List<Mention> partners = doc.runFrom(with + 1, Doc.ACTORS);
        if (partners.isEmpty()) {
            return;
        }
        int after = doc.afterDefinition(SupportRules.last(partners).span().end());
        int clauseEnd = doc.clauseEnd(after);
        // (与X合作，依托Y共建P: the clause may say only that they work together, and the next what it relies on)
        if (!(text.startsWith(CARRY_OUT, after) || text.startsWith(COOPERATE, after) && after + COOPERATE.length() == clauseEnd)
                || clauseEnd >= text.length() || text.charAt(clauseEnd) != COMMA) {
            return;
        }
        int next = clauseEnd + 1;
        if (text.startsWith(RELY_ON, next)) {
            List<Mention> bases = doc.runFrom(next + RELY_ON.length(), Doc.ACTORS);
            next = bases.isEmpty() ? next : doc.afterDefinition(SupportRules.last(bases).span().end());
        }
        if (!build.region(next, text.length()).lookingAt()) {
            return;
        }
        List<Mention> built = doc.runFrom(build.end(), Set.of(Label.Platform));
        if (built.isEmpty()) {
            return;
        }
        List<Mention> builders = new ArrayList<>(doc.runTo(doc.beforeDefinition(with), Doc.ACTORS));
        builders.addAll(partners);
        Span evidence = doc.clause(with, SupportRules.last(built).span().end());
        for (Mention b : builders) {
            for (Mention p : built) {
                out.add(RelType.HOSTS, b, p, evidence, "hosts:与…开展，建设");
            }
        }
    }

    /** 以X为依托/依托X，(联合Y、Z等单位，)建设P from {@code pos} on: P RELIES_ON X; Y, Z HOST P; the builders work together. */
    private static void basedBuild(Doc doc, int i, List<Mention> bases, int pos, String cue, Matcher build,
            Matcher join, Relations out) {
        String text = doc.text;
        pos += pos < text.length() && text.charAt(pos) == COMMA ? 1 : 0;
        List<Mention> partners = List.of();
        if (Lexicon.matchesAt(join, text, pos)) {
            partners = doc.runFrom(join.end(), Doc.ACTORS);
            pos = partners.isEmpty() ? pos : SupportRules.last(partners).span().end();
        }
        List<Mention> built = builtAfter(doc, build, pos);
        if (built.isEmpty()) {
            if (!partners.isEmpty()) {
                // 依托X，联合Y等企业，完成…: the base and the partners it joins do the work together, whatever they build
                List<Mention> together = new ArrayList<>(bases);
                together.addAll(partners);
                partnersPairwise(together, doc.clause(i, SupportRules.last(partners).span().end()), out);
            }
            return;
        }
        Span evidence = doc.clause(i, SupportRules.last(built).span().end());
        for (Mention p : built) {
            for (Mention b : bases) {
                out.add(RelType.RELIES_ON, p, b, evidence, "relies-on:" + cue);
            }
            for (Mention partner : partners) {
                out.add(RelType.HOSTS, partner, p, evidence, "hosts:联合…建设");
            }
        }
        List<Mention> builders = new ArrayList<>(bases);
        builders.addAll(partners);
        partnersPairwise(builders, evidence, out);
    }

    /** The actors after the 支持/鼓励 that opens the sentence containing {@code pos}, in an earlier clause. */
    private static List<Mention> supportedBuilders(Doc doc, int pos) {
        int start = doc.sentenceStart(pos);
        Matcher support = SUPPORT.matcher(doc.text).region(start, pos);
        return support.find() ? doc.runFrom(support.end(), Doc.ACTORS) : List.of();
    }

    /** Builders of one platform named together work with each other (a university with a company, not two companies). */
    private static void partnersPairwise(List<Mention> builders, Span evidence, Relations out) {
        for (int a = 0; a < builders.size(); a++) {
            for (int b = a + 1; b < builders.size(); b++) {
                if (builders.get(a).label() != builders.get(b).label()) {
                    out.add(RelType.PARTNERS_WITH, builders.get(a), builders.get(b), evidence, "partners:joint-build");
                }
            }
        }
    }

    /**
     * The platform or park named after a build verb right after {@code pos}, in the same clause, with those joined to
     * it (共建P1和P2, P1、P2): each is built; none when there is no build verb or nothing built.
     */
    private static List<Mention> builtAfter(Doc doc, Matcher build, int pos) {
        if (!Lexicon.matchesAt(build, doc.text, pos)) {
            return List.of();
        }
        List<Mention> built = new ArrayList<>();
        for (Mention m : doc.within(build.end(), doc.clauseEnd(build.end()))) {
            boolean buildable = m.label() == Label.Platform
                    || m.label() == Label.Park;
            if (built.isEmpty()) {
                if (buildable) {
                    built.add(m);
                }
            } else if (buildable && joined(doc.text, SupportRules.last(built).span().end(), m.span().start())) {
                built.add(m);
            } else if (m.span().start() >= SupportRules.last(built).span().end()) {
                break;
            }
        }
        return built;
    }

    /** Whether only a list's joining word stands between two names: 和, 及, 以及, 、. */
    private static boolean joined(String text, int end, int start) {
        String between = text.substring(end, Math.max(end, start));
        return between.equals("和") || between.equals("及") || between.equals("以及") || between.equals("、");
    }
}
