package dev.collabgraph.loader.entity;

import dev.collabgraph.loader.text.Span;
import dev.collabgraph.model.Label;
import dev.collabgraph.model.RelType;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Collects relation facts once each: the first evidence found for a (type, from, to) wins. */
final class Relations {
    private final List<RelationFact> facts = new ArrayList<>();
    private final Set<String> keys = new HashSet<>();

    void add(RelType type, Mention from, Mention to, Span evidence, String rule) {
        if (from.label() == to.label() && from.name().equals(to.name())) {
            return;
        }
        add(type, from.label(), from.name(), to.label(), to.name(), evidence, rule);
    }

    private void add(RelType type, Label fromLabel, String from, Label toLabel, String to, Span evidence, String rule) {
        Label aLabel = fromLabel;
        String a = from;
        Label bLabel = toLabel;
        String b = to;
        if (type == RelType.CO_PARTICIPATES || type == RelType.PARTNERS_WITH) {
            String ka = aLabel + ":" + a;
            String kb = bLabel + ":" + b;
            if (type == RelType.CO_PARTICIPATES && ka.compareTo(kb) > 0) {
                aLabel = toLabel;
                a = to;
                bLabel = fromLabel;
                b = from;
            }
            if (keys.contains(type + "|" + kb + "|" + ka)) {
                return;
            }
        }
        String key = type + "|" + aLabel + ":" + a + "|" + bLabel + ":" + b;
        if (keys.add(key)) {
            facts.add(new RelationFact(type, aLabel, a, bLabel, b, evidence, rule));
        }
    }

    /**
     * 东江工业大学芩州机器人研究院与某某公司合作: a school's own institute (named after it) working with a company is the
     * school working with it; the pair is added once, with the evidence of the institute's.
     */
    void ownPlatformPartners() {
        Map<String, String> owner = new HashMap<>();
        for (RelationFact f : facts) {
            if (f.type() == RelType.HOSTS && NameRelations.HOSTS_BY_NAME.equals(f.rule()) && f.fromLabel() == Label.University
                    && f.toLabel() == Label.Platform) {
                owner.put(f.to(), f.from());
            }
        }
        for (RelationFact f : List.copyOf(facts)) {
            if (f.type() != RelType.PARTNERS_WITH) {
                continue;
            }
            if (f.fromLabel() == Label.Platform && owner.containsKey(f.from()) && f.toLabel() == Label.Enterprise) {
                add(RelType.PARTNERS_WITH, Label.University, owner.get(f.from()), Label.Enterprise, f.to(), f.evidence(),
                        OWN_PLATFORM_RULE);
            } else if (f.toLabel() == Label.Platform && owner.containsKey(f.to()) && f.fromLabel() == Label.Enterprise) {
                add(RelType.PARTNERS_WITH, Label.University, owner.get(f.to()), Label.Enterprise, f.from(), f.evidence(),
                        OWN_PLATFORM_RULE);
            }
        }
    }

    /** The rule that pairs a school with a company through its own platform. */
    private static final String OWN_PLATFORM_RULE = "partners:own-platform";

    List<RelationFact> facts() {
        return facts;
    }
}
