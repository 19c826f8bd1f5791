package dev.collabgraph.loader.entity;

import dev.collabgraph.model.Label;
import dev.collabgraph.model.RelType;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * How named actors and places relate to industries: CLUSTER_IN (做强邳州木制品与木结构、贾汪区等产业集群),
 * LEADS (发挥华为…等龙头企业带动作用 in the ICT clause), FOCUSES_ON (依托X、Y，开展… in a sentence about one
 * industry) and SUPPORTS (X服务/支撑Y产业); PART_OF between industries is
 * {@link IndustryHierarchy}'s.
 */
final class IndustryRules {
    static final Pattern CLUSTER_HEAD = Pattern.compile("等(?:特色|优势|主导)?产业(?:基地|集群)");
    private static final Pattern LEAD_HEAD = Pattern.compile(
            "等(?:世界级|国内外|国内|行业|知名|重点)*(?:龙头|领军|骨干)(?:骨干)?企业");
    /**
     * Development-direction wording: an optional 以“…”为… motto, then 重点/大力/加快/积极/优先发展 or 培育壮大.
     * The motto is what lets the industry before it be the topic (X业以“…”为方向，重点发展…).
     */
    static final Pattern FRAME = Pattern.compile(
            "(?:以“[^”]{1,20}”为[\\u4e00-\\u9fff]{1,4}，)?(?:(?:重点|大力|加快|积极|优先|着力|延伸)发展|培育壮大)");
    /**
     * What a {@link #FRAME} match can start with: the motto's opening, or a verb whole (重点 and 加快 stand before much
     * else than 发展, and the pattern was tried at each); the adverbs are joined to 发展 as the pattern joins them.
     */
    static final Openings FRAME_OPENINGS = Openings.of(Stream.concat(Stream.of("以“", "培育壮大"),
            Stream.of("重点", "大力", "加快", "积极", "优先", "着力", "延伸").map(adverb -> adverb + "发展"))
            .toArray(String[]::new));
    /** A university that 围绕/聚焦/面向 an industry orients teaching or research to it. */
    private static final Pattern FOCUS = Pattern.compile("围绕|聚焦|面向");
    private static final Openings FOCUS_OPENINGS = Openings.of("围绕", "聚焦", "面向");
    private static final Pattern SERVE = Pattern.compile("服务于|支撑|服务");
    private static final Openings SERVE_OPENINGS = Openings.of("服务", "支撑");
    private static final Openings DENG = Openings.of("等");
    private static final Set<Label> PLACES = Set.of(Label.Region, Label.Park);

    private IndustryRules() {
    }

    static void apply(Doc doc, Relations out) {
        clusters(doc, out);
        Matcher lead = LEAD_HEAD.matcher(doc.text);
        for (int at = 0; AnchoredFind.startingWith(lead, doc.text, at, doc.text.length(), DENG); at = lead.end()) {
            List<Mention> leaders = doc.runTo(lead.start(), Set.of(Label.Enterprise));
            Mention industry = industryInClause(doc, lead.start());
            for (Mention e : leaders) {
                if (industry != null) {
                    out.add(RelType.LEADS, e, industry, doc.clause(leaders.get(0).span().start(), lead.end()),
                            "leads:等龙头企业");
                }
            }
        }
        Matcher build = SupportRules.BUILD.matcher(doc.text);
        for (int i = doc.text.indexOf("依托"); i >= 0; i = doc.text.indexOf("依托", i + 2)) {
            List<Mention> bases = doc.runFrom(i + 2, Set.of(Label.Platform, Label.Park, Label.Enterprise));
            int after = bases.isEmpty() ? i : SupportRules.last(bases).span().end();
            Mention topic = firstIndustry(doc, doc.sentenceStart(i), i);
            if (!bases.isEmpty() && topic != null && !Lexicon.matchesAt(build, doc.text, after)) {
                for (Mention b : bases) {
                    out.add(RelType.FOCUSES_ON, b, topic, doc.clause(i, after), "focuses-on:依托");
                }
            }
        }
        Matcher focus = FOCUS.matcher(doc.text);
        for (int at = 0; AnchoredFind.startingWith(focus, doc.text, at, doc.text.length(), FOCUS_OPENINGS); at = focus.end()) {
            List<Mention> schools = doc.runTo(doc.beforeDefinition(focus.start()), Set.of(Label.University));
            if (schools.isEmpty() && jointlyAfter(doc, focus.end()) && !buildsInClauseBefore(doc, focus.start())) {
                // 与A大学签订合作协议，围绕X产业共同实施…: the clause goes on with the schools, acting with them (but after
                // 与A大学共建P，聚焦X… the focus is P's)
                schools = doc.partnersOfClauseBefore(focus.start(), Set.of(Label.University));
            }
            boolean named = false;
            for (Mention industry : doc.within(focus.end(), doc.clauseEnd(focus.end()))) {
                if (industry.label() != Label.Industry) {
                    continue;
                }
                named = true;
                for (Mention u : schools) {
                    out.add(RelType.FOCUSES_ON, u, industry, doc.clause(u.span().start(), industry.span().end()),
                            "focuses-on:" + focus.group());
                }
            }
            Mention written = named || schools.isEmpty() ? null : industryWrittenAt(doc, focus.end());
            if (written != null) {
                // 聚焦先进材料，与B共建P: an industry the document named elsewhere, written here where no rule found it
                int end = focus.end() + written.surface().length();
                for (Mention u : schools) {
                    out.add(RelType.FOCUSES_ON, u, written, doc.clause(u.span().start(), end), "focuses-on:" + focus.group());
                }
            }
        }
        IndustryHierarchy.apply(doc, out);
        Matcher serve = SERVE.matcher(doc.text);
        for (int at = 0; AnchoredFind.startingWith(serve, doc.text, at, doc.text.length(), SERVE_OPENINGS); at = serve.end()) {
            List<Mention> before = doc.within(doc.clauseStart(serve.start()), serve.start());
            Mention actor = before.isEmpty() ? null : before.get(before.size() - 1);
            Mention industry = firstIndustry(doc, serve.end(), doc.clauseEnd(serve.end()));
            if (actor != null && Doc.ACTORS.contains(actor.label()) && industry != null) {
                out.add(RelType.SUPPORTS, actor, industry, doc.clause(actor.span().start(), industry.span().end()),
                        "supports:" + serve.group());
            }
        }
    }

    /** Whether the clause goes on, after {@code at}, to say its parties act together (共同实施, 联合开展). */
    private static boolean jointlyAfter(Doc doc, int at) {
        int end = doc.clauseEnd(at);
        for (String word : JOINTLY) {
            int i = doc.text.indexOf(word, at);
            if (i >= 0 && i < end) {
                return true;
            }
        }
        return false;
    }

    private static final List<String> JOINTLY = List.of("共同", "联合");

    /** Whether the clause before the one {@code at} opens builds something (与A大学共建P，…). */
    private static boolean buildsInClauseBefore(Doc doc, int at) {
        int start = doc.clauseStart(at);
        return SupportRules.BUILD.matcher(doc.text).region(doc.clauseBefore(start), start).find();
    }

    /** The document's industry (found elsewhere) whose name is written at {@code at} and ends there as a word, or null. */
    private static Mention industryWrittenAt(Doc doc, int at) {
        Mention best = null;
        for (Mention m : doc.mentions) {
            String surface = m.surface();
            if (m.label() == Label.Industry && (best == null || surface.length() > best.surface().length())
                    && doc.text.startsWith(surface, at) && IndustryTerms.endsHere(doc.text, at + surface.length())) {
                best = m;
            }
        }
        return best;
    }

    private static void clusters(Doc doc, Relations out) {
        Matcher head = CLUSTER_HEAD.matcher(doc.text);
        for (int at = 0; AnchoredFind.startingWith(head, doc.text, at, doc.text.length(), DENG); at = head.end()) {
            int listStart = doc.clauseStart(head.start());
            for (Mention m : doc.within(listStart, head.start())) {
                if (!PLACES.contains(m.label())) {
                    continue;
                }
                Mention industry = next(doc, m);
                if (industry == null) {
                    industry = topic(doc, listStart);
                }
                if (industry != null) {
                    out.add(RelType.CLUSTER_IN, industry, m, doc.clause(listStart, head.end()), "cluster-in:做强…产业集群");
                }
            }
        }
    }

    /** The industry written right after a place in a cluster list (邳州|木制品与木结构). */
    private static Mention next(Doc doc, Mention place) {
        int i = doc.indexFrom(place.span().end());
        if (i < doc.mentions.size()) {
            Mention m = doc.mentions.get(i);
            if (m.label() == Label.Industry && m.span().start() == place.span().end()) {
                return m;
            }
        }
        return null;
    }

    /** The industry a paragraph is about: the last 'X业以…为方向' before {@code pos}, else the sentence's first. */
    private static Mention topic(Doc doc, int pos) {
        int paragraph = doc.text.lastIndexOf('\n', pos) + 1;
        Matcher frame = FRAME.matcher(doc.text);
        Mention found = null;
        for (int at = paragraph; AnchoredFind.startingWith(frame, doc.text, at, pos, FRAME_OPENINGS); at = frame.end()) {
            List<Mention> before = doc.runTo(frame.start(), Set.of(Label.Industry));
            if (!before.isEmpty()) {
                found = SupportRules.last(before);
            }
        }
        return found != null ? found : firstIndustry(doc, doc.sentenceStart(pos), pos);
    }

    /** The industry named in the same clause as the leaders, nearest first (ICT领域充分发挥华为…). */
    private static Mention industryInClause(Doc doc, int pos) {
        List<Mention> clause = doc.within(doc.clauseStart(pos), doc.clauseEnd(pos));
        Mention best = null;
        for (Mention m : clause) {
            if (m.label() == Label.Industry && (best == null
                    || Math.abs(m.span().start() - pos) < Math.abs(best.span().start() - pos))) {
                best = m;
            }
        }
        return best;
    }

    static Mention firstIndustry(Doc doc, int from, int to) {
        for (Mention m : doc.within(from, to)) {
            if (m.label() == Label.Industry) {
                return m;
            }
        }
        return null;
    }
}
