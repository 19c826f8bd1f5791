package dev.collabgraph.loader.entity;

import dev.collabgraph.model.Label;
import dev.collabgraph.model.RelType;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Relations stated by a name's own structure: an organisation at the start of a platform or park name
 * hosts it (矿大科技园, 恩华药业国家企业技术中心, 徐工研究院), a place at its start locates it (徐州高新区,
 * 邳州、新沂…三家省级高新区), a university at the start of a college or campus name contains it
 * (江苏师范大学科文学院, 河海大学常州校区) when the document names it on its own too: a university met only
 * inside its campus's or institute's name (河海大学常州校区, 中国科学院某某研究所) is not one of the document's
 * entities. The parts used become mentions too, so every relation end is a mentioned entity.
 */
final class NameRelations {
    /** The rule of a body named after the school or company that hosts it (某某大学某某研究院). */
    static final String HOSTS_BY_NAME = "hosts:name-prefix";

    private NameRelations() {
    }

    static void apply(List<Resolver.Resolved> resolved, Function<Candidate, Mention> mention, List<Mention> parts,
                      Relations out) {
        Set<String> named = new HashSet<>();
        for (Resolver.Resolved r : resolved) {
            Mention m = mention.apply(r.top());
            named.add(m.label() + ":" + m.name());
        }
        for (Resolver.Resolved r : resolved) {
            Mention whole = mention.apply(r.top());
            Set<String> added = new HashSet<>();
            for (Candidate found : r.parts()) {
                Candidate p = withoutAround(withoutPlaceBracket(found, r.top()), mention, named);
                Mention part = mention.apply(p);
                RelType type = type(r.top(), whole, p, part);
                if (type == null || p.label() == Label.Region && insideOrganisation(p, r.parts())
                        || type == RelType.PART_OF && !named.contains(part.label() + ":" + part.name())) {
                    continue;
                }
                if (added.add(p.start() + ":" + p.end() + ":" + part.label() + ":" + part.name())) {
                    parts.add(new Mention(part.label(), part.name(), part.surface(), part.span(),
                            "name-part:" + p.rule()));
                }
                if (type == RelType.HOSTS) {
                    out.add(type, part, whole, whole.span(), HOSTS_BY_NAME);
                } else if (type == RelType.CLUSTER_IN) {
                    out.add(type, part, whole, whole.span(), "cluster-in:name");
                } else if (type == RelType.FOCUSES_ON) {
                    out.add(type, whole, part, whole.span(), "focuses-on:name");
                } else {
                    out.add(type, whole, part, whole.span(), type == RelType.PART_OF ? "part-of:name-prefix"
                            : "located-in:name-prefix");
                }
            }
        }
    }

    /**
     * 环某某大学创新街区, 环某某学院知识经济圈: 环 (around) before a school the document names on its own places the
     * quarter around the school; the school is the part, without 环.
     */
    private static Candidate withoutAround(Candidate part, Function<Candidate, Mention> mention, Set<String> named) {
        if (part.label() != Label.University) {
            return part;
        }
        String name = mention.apply(part).name();
        if (!name.startsWith(AROUND) || !named.contains(Label.University + ":" + name.substring(AROUND.length()))) {
            return part;
        }
        String canonical = part.canonical() == null ? null : part.canonical().substring(AROUND.length());
        return new Candidate(part.label(), part.start() + AROUND.length(), part.end(), part.rule(), canonical);
    }

    private static final String AROUND = "环";

    /**
     * 华为 in 华为（澹溪）人工智能创新中心: the bracketed place says where the body stands, so it is the body's name's, not
     * the brand's; a brand's branch named alone (启迪之星（徐州）) keeps it.
     */
    private static Candidate withoutPlaceBracket(Candidate part, Candidate whole) {
        String canonical = part.canonical();
        if (part.label() != Label.Enterprise || canonical == null || !canonical.endsWith("）") || part.end() >= whole.end()) {
            return part;
        }
        int open = canonical.lastIndexOf('（');
        int bracket = canonical.length() - open;
        return open <= 0 ? part
                : new Candidate(part.label(), part.start(), part.end() - bracket, part.rule(), canonical.substring(0, open));
    }

    /** 江苏 in 江苏师大文化创意产业园 belongs to the university's name, not to the park's location. */
    private static boolean insideOrganisation(Candidate place, List<Candidate> parts) {
        for (Candidate o : parts) {
            if ((o.label() == Label.University || o.label() == Label.Enterprise) && o.contains(place)) {
                return true;
            }
        }
        return false;
    }

    /** The category word right after an industry inside a park's or platform's name (某某人工智能产业园). */
    private static final String TRADE = "产业";

    private static RelType type(Candidate top, Mention whole, Candidate p, Mention part) {
        if (p.label() == Label.Industry && (top.label() == Label.Park || top.label() == Label.Platform)
                && p.end() < top.end() && whole.surface().startsWith(TRADE, p.end() - top.start())) {
            // 人工智能产业集聚区, 新能源汽车产业技术创新联盟: the trade a park gathers or a platform serves
            return top.label() == Label.Park ? RelType.CLUSTER_IN : RelType.FOCUSES_ON;
        }
        boolean prefix = whole.name().startsWith(part.name())
                || p.start() == top.start() && !top.rule().equals(ContextNames.PARK_COUNT_RULE)
                || whole.surface().indexOf('—') >= 0 && whole.surface().indexOf(part.surface()) >= 0
                || p.start() == top.start() + AROUND.length() && whole.name().startsWith(AROUND + part.name());
        Label outer = top.label();
        Label inner = p.label();
        if (!prefix) {
            return outer == Label.University && inner == Label.Region && whole.name().endsWith("校区")
                    ? RelType.LOCATED_IN : null;
        }
        if ((outer == Label.Platform || outer == Label.Park)
                && (inner == Label.University || inner == Label.Enterprise)) {
            return RelType.HOSTS;
        }
        if ((outer == Label.Platform || outer == Label.Park) && inner == Label.Region) {
            return RelType.LOCATED_IN;
        }
        return outer == Label.University && inner == Label.University ? RelType.PART_OF : null;
    }
}
