package dev.collabgraph.loader.entity;

import dev.collabgraph.model.Label;
import dev.collabgraph.model.RelType;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What schools work on, read from the sentence they are the subject of. Chinese runs one subject through a chain of
 * clauses: in 支持A大学与B公司合作，面向X、Y企业培养工程师 or 支持A学院开展技术服务，服务X产业 the later clauses are
 * still the school's, so the school FOCUSES_ON the industries those clauses research, face or serve (and SUPPORTS the
 * park it serves). The subject is a list of schools a clause opens with (after an item's number and 支持/推动/由…), or,
 * in a school's own plan, the school itself when the sentence opens with no actor. A clause opening with another actor
 * ends the subject, and so does a clause building a platform: what the clauses after it do is the platform's. Schools
 * relied on (依托A大学，聚焦X), joined to a lead (由E牵头，联合A大学…) or owning what is the subject (A大学的专家, A等高校创新资源)
 * are no subject.
 */
final class SchoolTopics {
    /** What may stand before a sentence's subject: an item's number, a point's ordinal, a verb of support. */
    private static final Pattern OPENER = Pattern.compile(
            "(?:[（(]?[一二三四五六七八九十\\d]{1,3}[）)．.、]|[一二三四五六七八九十]是)?"
                    + "(?:支持|推动|鼓励|引导|组织|推进|发挥|由|积极|加快){0,2}");
    /** What makes a list of schools the owners of something rather than actors (A、B等高校创新资源, A大学的专家). */
    private static final Pattern OWNED = Pattern.compile("(?:等\\p{IsHan}{0,4}?)?(?:的|附属|创新资源|力量|人才|成果|专家|团队|资源)");
    /** What the clauses after the subject do with an industry: research it, face or serve it, focus on it. */
    private static final Pattern TOPIC = Pattern.compile("攻关|研发|研究|面向|服务|围绕|聚焦");
    private static final Pattern SERVE = Pattern.compile("服务于?");
    private static final Set<Label> SCHOOL = Set.of(Label.University);
    private static final Set<Label> PARK = Set.of(Label.Park);
    /** Blanks a sentence may open with (an indent kept in the logical text). */
    private static final String BLANKS = " \u3000\t";

    private SchoolTopics() {
    }

    static void apply(Doc doc, Relations out) {
        String text = doc.text;
        if (doc.self != null) {
            for (int start = 0; start < text.length(); start = doc.sentenceEnd(start) + 1) {
                sentence(doc, start, doc.sentenceEnd(start), out);
            }
            return;
        }
        // only a sentence naming a school can have schools for its subject
        int done = -1;
        for (Mention m : doc.mentions) {
            if (m.label() == Label.University && m.span().start() >= done) {
                int start = doc.sentenceStart(m.span().start());
                done = doc.sentenceEnd(m.span().start());
                sentence(doc, start, done, out);
            }
        }
    }

    private static void sentence(Doc doc, int start, int end, Relations out) {
        List<Mention> schools = List.of();
        for (int clause = start; clause < end; clause = doc.clauseEnd(clause) + 1) {
            int clauseEnd = Math.min(doc.clauseEnd(clause), end);
            schools = subject(doc, clause, clauseEnd, clause == start, schools);
            if (!schools.isEmpty()) {
                topics(doc, clause, clauseEnd, schools, out);
            }
            if (!schools.isEmpty() && buildsPlatform(doc, clause, clauseEnd)) {
                schools = List.of(); // 与B共建P，聚焦X…: what the clauses after it do is P's
            }
        }
    }

    /**
     * The schools the clause [clause, end) is about: those it opens with, none when it opens with another actor, the
     * document's own school when the sentence opens with no actor in a school's own plan, else the subject of the clause
     * before ({@code going}).
     */
    private static List<Mention> subject(Doc doc, int clause, int end, boolean opensSentence, List<Mention> going) {
        String text = doc.text;
        int at = clause;
        while (at < end && BLANKS.indexOf(text.charAt(at)) >= 0) {
            at++;
        }
        Mention first = null;
        for (Mention m : doc.within(at, end)) {
            if (Doc.ACTORS.contains(m.label()) || m.label() == Label.Region || m.label() == Label.Unit) {
                first = m;
                break;
            }
        }
        boolean opening = first != null && opener(text, at, first.span().start());
        if (opening && first.label() == Label.University) {
            List<Mention> run = doc.runFrom(first.span().start(), SCHOOL);
            int after = doc.afterDefinition(SupportRules.last(run).span().end());
            return OWNED.matcher(text).region(after, end).lookingAt() || namesBuiltBody(doc, after, end) ? List.of() : run;
        }
        if (opening) {
            return List.of();
        }
        if (opensSentence) {
            return doc.self == null ? List.of() : List.of(doc.self);
        }
        return going;
    }

    /**
     * Whether the clause goes on to a body the schools built, named as its subject (A大学与B区共建的P围绕X…): what
     * follows is P's.
     */
    private static boolean namesBuiltBody(Doc doc, int from, int end) {
        for (Mention m : doc.within(from, end)) {
            if (m.label() == Label.Platform && m.span().start() > from && doc.text.charAt(m.span().start() - 1) == '的') {
                return true;
            }
        }
        return false;
    }

    /** Whether text[from, to) is only what may stand before a subject. */
    private static boolean opener(String text, int from, int to) {
        return to >= from && OPENER.matcher(text).region(from, to).matches();
    }

    /** Whether the clause [clause, end) builds a platform it names (共建P, 组建P). */
    private static boolean buildsPlatform(Doc doc, int clause, int end) {
        for (Mention m : doc.within(clause, end)) {
            if (m.label() == Label.Platform && BUILD_VERB.matcher(doc.text).region(clause, m.span().start()).find()) {
                return true;
            }
        }
        return false;
    }

    private static final Pattern BUILD_VERB = Pattern.compile(SupportRules.BUILD_VERBS);

    /** The industries (and a park served) of one clause with a topic word, linked to the schools. */
    private static void topics(Doc doc, int clause, int end, List<Mention> schools, Relations out) {
        Matcher topic = TOPIC.matcher(doc.text).region(clause, end);
        if (!topic.find()) {
            return;
        }
        List<Mention> industries = new ArrayList<>();
        int covered = clause;
        for (Mention m : doc.within(clause, end)) {
            // (an industry inside a body's name, 某某先进碳材料创新联盟, is the body's field, not the clause's)
            if (m.label() == Label.Industry && m.span().start() >= covered) {
                industries.add(m);
            }
            covered = Math.max(covered, m.span().end());
        }
        for (Mention u : schools) {
            for (Mention industry : industries) {
                out.add(RelType.FOCUSES_ON, u, industry, doc.clause(clause, industry.span().end()),
                        "focuses-on:subject-chain");
            }
        }
        Matcher serve = SERVE.matcher(doc.text).region(clause, end);
        while (serve.find()) {
            for (Mention park : doc.runFrom(serve.end(), PARK)) {
                for (Mention u : schools) {
                    out.add(RelType.SUPPORTS, u, park, doc.clause(serve.start(), park.span().end()),
                            "supports:subject-chain");
                }
            }
        }
    }
}
