package dev.collabgraph.loader.entity;

import dev.collabgraph.model.Label;
import dev.collabgraph.model.RelType;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builders brought into a platform the sentence has named, by its kind alone: 推进P实验室建设…，支持A大学、B大学参与实验室建设
 * (A and B build P). The kind (实验室, 研究院, 中心 …) stands for the platform of that kind named before it in the
 * sentence; a sentence naming none leaves the builders without a platform.
 */
final class ParticipationRules {
    private static final Pattern SUPPORT = Pattern.compile("支持|鼓励|推动|引导|吸引");
    /** {@link #SUPPORT}'s words: its matches are looked for only where one of them starts. */
    private static final Openings SUPPORT_OPENINGS = Openings.of("支持", "鼓励", "推动", "引导", "吸引");
    /** 参与(该)实验室建设: the kind of the platform, taken as the platform named before it. */
    private static final Pattern JOINS_BUILDING = Pattern.compile(
            "^(?:(?:共同)?参与|加入)(?:该|本)?(实验室|研究院|中心|基地|平台|联盟|创新联合体)(?:的)?(?:建设|运营|共建)");
    private static final int MAX_SENTENCE = 300;

    private ParticipationRules() {
    }

    static void apply(Doc doc, Relations out) {
        String text = doc.text;
        membersTakenIn(doc, out);
        Matcher support = SUPPORT.matcher(text);
        Matcher joins = JOINS_BUILDING.matcher(text);
        int at = 0;
        while (at < text.length() && AnchoredFind.startingWith(support, text, at, text.length(), SUPPORT_OPENINGS)) {
            at = support.end();
            List<Mention> builders = doc.runFrom(support.end(), Doc.ACTORS);
            if (builders.isEmpty()) {
                continue;
            }
            int after = SupportRules.last(builders).span().end();
            joins.region(after, Math.min(text.length(), after + 20));
            if (!joins.lookingAt()) {
                joinsNamed(doc, builders, after, out);
                continue;
            }
            String kind = joins.group(1);
            Mention platform = namedBefore(doc, support.start(), kind);
            if (platform == null) {
                continue;
            }
            for (Mention builder : builders) {
                if (builder != platform && builder.label() != Label.Platform) {
                    out.add(RelType.HOSTS, builder, platform, doc.clause(platform.span().start(), joins.end()),
                            "hosts:参与…建设");
                }
            }
        }
    }

    /** 支持A学院参与新材料中试基地运营: the builders brought into a platform named in full right after the verb. */
    private static void joinsNamed(Doc doc, List<Mention> builders, int after, Relations out) {
        String text = doc.text;
        Matcher verb = JOINS_NAMED.matcher(text).region(after, Math.min(text.length(), after + 6));
        if (!verb.lookingAt()) {
            return;
        }
        List<Mention> joined = doc.runFrom(verb.end(), java.util.Set.of(Label.Platform, Label.Park));
        if (joined.size() != 1) {
            return;
        }
        Mention platform = joined.get(0);
        Matcher work = WORK_AFTER.matcher(text).region(platform.span().end(), Math.min(text.length(), platform.span().end() + 4));
        if (!work.lookingAt()) {
            return;
        }
        for (Mention builder : builders) {
            if (builder != platform && builder.label() != Label.Platform && builder.label() != Label.Park) {
                out.add(RelType.HOSTS, builder, platform, doc.clause(builder.span().start(), work.end()), "hosts:参与…建设");
            }
        }
    }

    private static final Pattern JOINS_NAMED = Pattern.compile("(?:共同)?参与|加入");

    /**
     * 牵头组建P，吸纳A学院、B学院和重点企业60家加入: the members a body takes in, named before 加入 in the clause, are its
     * partners; the body is the last platform the sentence named before.
     */
    private static void membersTakenIn(Doc doc, Relations out) {
        String text = doc.text;
        for (int i = text.indexOf(TAKES_IN); i >= 0; i = text.indexOf(TAKES_IN, i + TAKES_IN.length())) {
            List<Mention> members = doc.runFrom(i + TAKES_IN.length(), MEMBERS);
            if (members.isEmpty()) {
                continue;
            }
            int end = doc.clauseEnd(i);
            int join = text.indexOf(JOIN, SupportRules.last(members).span().end());
            Mention platform = join < 0 || join >= end ? null : namedBefore(doc, i, ANY_KIND);
            if (platform == null) {
                continue;
            }
            for (Mention m : members) {
                out.add(RelType.PARTNERS_WITH, m, platform, doc.clause(platform.span().start(), join + JOIN.length()),
                        "partners:吸纳…加入");
            }
        }
    }

    private static final String TAKES_IN = "吸纳";
    private static final String JOIN = "加入";
    private static final java.util.Set<Label> MEMBERS = java.util.Set.of(Label.University, Label.Enterprise);
    /** Every platform's name ends with it: the last platform named, whatever its kind. */
    private static final String ANY_KIND = "";
    private static final Pattern WORK_AFTER = Pattern.compile("的?(?:建设|运营|共建)");

    /** The last platform named before {@code pos} in its sentence whose name ends with {@code kind}, or null. */
    private static Mention namedBefore(Doc doc, int pos, String kind) {
        int start = Math.max(doc.sentenceStart(pos), pos - MAX_SENTENCE);
        Mention found = null;
        for (Mention m : doc.within(start, pos)) {
            if (m.label() == Label.Platform && m.name().endsWith(kind)) {
                found = m;
            }
        }
        return found;
    }
}
