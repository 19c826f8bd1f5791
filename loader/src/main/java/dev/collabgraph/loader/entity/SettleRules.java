package dev.collabgraph.loader.entity;

import dev.collabgraph.model.Label;
import dev.collabgraph.model.RelType;

import java.util.List;
import java.util.Set;

/**
 * Schools that move into a platform or park: 支持A入驻P, or 支持P…，吸引A、B科研团队整建制入驻 where the platform is
 * the one the sentence is about. The schools (or their teams) and the host work together.
 */
final class SettleRules {
    private static final String SETTLE = "入驻";
    private static final Set<Label> HOSTS = Set.of(Label.Platform, Label.Park);
    private static final Set<Label> SCHOOLS = Set.of(Label.University);
    /** The most characters between the last school and 入驻: what of theirs moves in (科研团队整建制). */
    private static final int MAX_GAP = 10;

    private SettleRules() {
    }

    static void apply(Doc doc, Relations out) {
        String text = doc.text;
        for (int i = text.indexOf(SETTLE); i >= 0; i = text.indexOf(SETTLE, i + SETTLE.length())) {
            int clause = doc.clauseStart(i);
            List<Mention> before = doc.within(clause, i);
            Mention last = before.isEmpty() ? null : SupportRules.last(before);
            if (last == null || last.label() != Label.University || i - last.span().end() > MAX_GAP) {
                continue;
            }
            List<Mention> schools = doc.runTo(last.span().end(), SCHOOLS);
            Mention host = hostAfter(doc, i + SETTLE.length());
            if (host == null) {
                List<Mention> earlier = doc.within(doc.sentenceStart(clause), clause).stream()
                        .filter(m -> HOSTS.contains(m.label())).toList();
                host = earlier.isEmpty() ? null : SupportRules.last(earlier);
            }
            if (host == null) {
                continue;
            }
            for (Mention s : schools) {
                out.add(RelType.PARTNERS_WITH, s, host, doc.clause(Math.min(s.span().start(), host.span().start()),
                        Math.max(i + SETTLE.length(), host.span().end())), "partners:入驻");
            }
        }
    }

    /** The platform or park named right after 入驻 (入驻西陂生物医药产业园). */
    private static Mention hostAfter(Doc doc, int pos) {
        List<Mention> after = doc.within(pos, doc.clauseEnd(pos));
        return !after.isEmpty() && after.get(0).span().start() == pos && HOSTS.contains(after.get(0).label())
                ? after.get(0) : null;
    }
}
