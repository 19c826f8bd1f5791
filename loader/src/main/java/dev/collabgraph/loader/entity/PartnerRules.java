package dev.collabgraph.loader.entity;

import dev.collabgraph.model.Label;
import dev.collabgraph.model.RelType;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cooperation and joint action. 与X(、Y)…合作/对接/共建/交流/签约/开展 → subject PARTNERS_WITH X, Y; the subject is
 * the list just before 与 (or before its kind: A、B等龙头企业联合X), else (clause starting with 与) the last actor of
 * the sentence, else the home city (推进各地与清华大学…合作对接). A named subject 联合 named partners acts with them
 * whatever the verb (A联合B开展…攻关). Universities and companies listed together as actors
 * (支持徐工集团、中国矿业大学等…) CO_PARTICIPATE, pairwise; lists that are the object of 与 do not.
 */
final class PartnerRules {
    private static final Pattern CONNECTOR = Pattern.compile("与|同|联合|委托");
    private static final Openings CONNECTOR_OPENINGS = Openings.of("与", "同", "联合", "委托");
    private static final Pattern TRIGGER = Pattern.compile(
            "合作|对接|共建|交流|协作|联合|结对|签约|签署|开展|共同|组建|攻关|研发|培养|运营|联动|开设");
    /** The kind a list of subjects may be summed up by before the connector: A、B等龙头企业联合C. */
    private static final Pattern KIND = Pattern.compile("等[\\u4e00-\\u9fff]{0,6}?(?:企业|高校|院校|院所|单位|机构)$");
    private static final int MAX_KIND = 9;
    private static final Set<Label> PARTIES = Set.of(Label.University, Label.Enterprise, Label.Platform,
            Label.Park, Label.Region);
    private static final int MAX_HEAD = 4;
    private static final Set<Label> JOINT = Set.of(Label.University, Label.Enterprise);

    /** A school's word for itself, right before the connector. */
    private static final Pattern SELF_WORD = Pattern.compile("(?:学校|我校|本校)$");

    private static final Set<String> DASHES = Set.of("—", "——", "－", "-", "–");

    private PartnerRules() {
    }

    static void apply(Doc doc, Relations out) {
        String text = doc.text;
        Matcher connector = CONNECTOR.matcher(text);
        Matcher trigger = TRIGGER.matcher(text);
        List<Mention> lastSubjects = List.of();
        int lastSentence = -1;
        for (int at = 0; AnchoredFind.startingWith(connector, text, at, text.length(), CONNECTOR_OPENINGS); at = connector.end()) {
            List<Mention> partners = doc.runFrom(connector.end(), PARTIES);
            if (partners.isEmpty()) {
                continue;
            }
            int after = SupportRules.last(partners).span().end();
            List<Mention> subjects = subjectsBefore(doc, connector.start());
            trigger.region(after, doc.clauseEnd(after));
            boolean triggered = trigger.find();
            // a named subject joining (联合) or commissioning (委托) named partners acts with them whatever the verb
            if (!triggered && !(JOINS_WHATEVER.contains(connector.group()) && !subjects.isEmpty())) {
                continue;
            }
            int to = triggered ? trigger.end() : after;
            String cue = connector.group() + (triggered ? "…" + trigger.group() : "");
            boolean opens = doc.opensClause(connector.start());
            if (subjects.isEmpty() && opens && !lastSubjects.isEmpty()
                    && lastSentence == doc.sentenceStart(connector.start())) {
                subjects = lastSubjects; // 学校与A共建…，与B共建…: the clauses after the first go on with its subject
            }
            if (subjects.isEmpty()) {
                subjects = companyReferredTo(doc, connector.start());
            }
            if (subjects.isEmpty()) {
                Mention s = opens ? doc.lastActorBefore(connector.start()) : doc.home;
                if (doc.self != null && (opens && s == null || SELF_WORD.matcher(doc.text)
                        .region(doc.clauseStart(connector.start()), connector.start()).find())) {
                    s = doc.self; // in a school's own plan: 学校与X共建…, and a clause opening with 与X合作…
                }
                subjects = s == null ? List.of() : List.of(s);
            }
            int from = subjects.isEmpty() || subjects.get(0) == doc.home ? connector.start()
                    : Math.min(subjects.get(0).span().start(), connector.start());
            for (Mention s : subjects) {
                for (Mention p : partners) {
                    out.add(RelType.PARTNERS_WITH, s, p, doc.clause(from, to), "partners:" + cue);
                }
            }
            if (triggered && JOINS_WHATEVER.contains(connector.group()) && trigger.group().equals(UNDERTAKES)
                    && !subjects.isEmpty()) {
                researchedFields(doc, partners, trigger.end(), out);
            }
            if (triggered && trigger.group().equals(CO_BUILD)) {
                coBuiltSchool(doc, partners, trigger.end(), out);
                if (subjects.size() == 1 && subjects.get(0) == doc.self) {
                    // 学校与A公司共建P, 与B公司共建Q: in a school's own plan the school builds what it builds with them
                    for (Mention built : doc.runFrom(trigger.end(), Set.of(Label.Platform))) {
                        out.add(RelType.HOSTS, doc.self, built, doc.clause(connector.start(), built.span().end()),
                                "hosts:与…共建");
                    }
                }
            }
            lastSubjects = subjects;
            lastSentence = doc.sentenceStart(connector.start());
        }
        coParticipation(doc, out);
        dashedPairs(doc, out);
    }

    private static final String CO_BUILD = "共建";
    private static final String UNDERTAKES = "开展";
    /** The work that closes what a school is commissioned or joined for: research of a field, not a survey or a fair. */
    private static final Pattern RESEARCH = Pattern.compile("攻关|研发|研究|开发|研制|中试");

    /**
     * A联合B大学开展X、Y攻关, A委托B大学开展X研发: the schools joined or commissioned do the research, so they work on the
     * fields it is of (named in the clause after 开展, before its research word).
     */
    private static void researchedFields(Doc doc, List<Mention> partners, int from, Relations out) {
        int end = doc.clauseEnd(from);
        Matcher research = RESEARCH.matcher(doc.text).region(from, end);
        if (!research.find()) {
            return;
        }
        List<Mention> fields = doc.within(from, research.start()).stream()
                .filter(m -> m.label() == Label.Industry).toList();
        for (Mention u : partners) {
            if (u.label() != Label.University) {
                continue;
            }
            for (Mention field : fields) {
                out.add(RelType.FOCUSES_ON, u, field, doc.clause(u.span().start(), research.end()), "focuses-on:联合…开展");
            }
        }
    }
    private static final Set<String> JOINS_WHATEVER = Set.of("联合", "委托");

    /**
     * …，与B公司共建C产业学院: the school built with a company right after 共建 is the company's partner, whoever the
     * clause's subject is (a school built with a university's partner counts as a platform would, corpus README).
     */
    private static void coBuiltSchool(Doc doc, List<Mention> partners, int after, Relations out) {
        List<Mention> schools = doc.runFrom(after, Set.of(Label.University));
        if (schools.isEmpty()) {
            return;
        }
        Mention school = schools.get(0);
        for (Mention p : partners) {
            if (p.label() == Label.Enterprise) {
                out.add(RelType.PARTNERS_WITH, p, school, doc.clause(p.span().start(), school.span().end()),
                        "partners:co-builds-school");
            }
        }
    }

    /**
     * A school and a company joined by a dash (项目名称：某某学院—某某化学有限公司), as a list of joint projects names the
     * pair that carries each: they work together. Only a school with a company: a dash inside one name (某某大学—某某
     * 联合研究院) joins no two parties.
     */
    private static void dashedPairs(Doc doc, Relations out) {
        List<Mention> mentions = doc.mentions;
        for (int k = 0; k + 1 < mentions.size(); k++) {
            Mention a = mentions.get(k);
            Mention b = mentions.get(k + 1);
            int gap = b.span().start() - a.span().end();
            if (gap < 1 || gap > 2 || !DASHES.contains(doc.text.substring(a.span().end(), b.span().start()))) {
                continue;
            }
            boolean schoolAndCompany = a.label() == Label.University && b.label() == Label.Enterprise
                    || a.label() == Label.Enterprise && b.label() == Label.University;
            if (schoolAndCompany) {
                out.add(RelType.PARTNERS_WITH, a, b, doc.clause(a.span().start(), b.span().end()), "partners:dash");
            }
        }
    }

    /** The named list ending right before the connector, or before the kind that sums it up (A、B等龙头企业). */
    private static List<Mention> subjectsBefore(Doc doc, int connector) {
        // a short name's definition may stand between the subject and the connector (某某公司（以下简称某某）联合…)
        List<Mention> subjects = doc.runTo(doc.beforeDefinition(connector), PARTIES);
        if (subjects.isEmpty()) {
            Matcher kind = KIND.matcher(doc.text).region(Math.max(0, connector - MAX_KIND), connector);
            if (kind.find()) {
                subjects = doc.runTo(kind.start(), PARTIES);
            }
        }
        return subjects;
    }

    /**
     * Whether the list ending at {@code end} qualifies a head noun printed after it (科文学院、幼专新校区等项目):
     * then its items are owners of projects, not actors doing something together.
     */
    private static boolean modifiers(Doc doc, int end) {
        int j = end;
        while (j < doc.text.length() && j - end <= MAX_HEAD && Lexicon.isNameChar(doc.text.charAt(j))
                && doc.text.charAt(j) != '等') {
            j++;
        }
        return j > end && j < doc.text.length() && doc.text.charAt(j) == '等';
    }

    /** The word for a company as a subject: 企业, 该企业, after a verb of support or at a clause's start. */
    private static final Pattern COMPANY_WORD = Pattern.compile("(?:^|[，；：]|支持|鼓励|推动|引导)(?:该|这家)?企业$");
    private static final int MAX_COMPANY_WORD = 6;

    /**
     * 推动A公司建设…，支持企业与某大学开展联合研发: the company word as a subject refers to the one company the sentence
     * has named before it; with none or several named, it is any company and no one partner.
     */
    private static List<Mention> companyReferredTo(Doc doc, int connector) {
        int clause = doc.clauseStart(connector);
        if (!COMPANY_WORD.matcher(doc.text).region(Math.max(clause, connector - MAX_COMPANY_WORD), connector).find()) {
            return List.of();
        }
        Mention company = null;
        for (Mention m : doc.within(doc.sentenceStart(connector), connector)) {
            if (m.label() == Label.Enterprise) {
                if (company != null && !company.name().equals(m.name())) {
                    return List.of();
                }
                company = m;
            }
        }
        return company == null ? List.of() : List.of(company);
    }

    private static void coParticipation(Doc doc, Relations out) {
        int i = 0;
        while (i < doc.mentions.size()) {
            Mention m = doc.mentions.get(i);
            int s = m.span().start();
            boolean object = s > 0 && "与同和合".indexOf(doc.text.charAt(s - 1)) >= 0;
            List<Mention> run = JOINT.contains(m.label()) ? doc.runFrom(s, JOINT) : List.of();
            if (run.size() >= 2 && !object && !modifiers(doc, SupportRules.last(run).span().end())) {
                for (int a = 0; a < run.size(); a++) {
                    for (int b = a + 1; b < run.size(); b++) {
                        out.add(RelType.CO_PARTICIPATES, run.get(a), run.get(b),
                                doc.clause(s, SupportRules.last(run).span().end()), "co-participates:enumeration");
                    }
                }
            }
            i = Math.max(i + 1, doc.indexFrom(run.isEmpty() ? s + 1 : SupportRules.last(run).span().end()));
        }
    }
}
