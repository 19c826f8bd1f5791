package dev.collabgraph.loader.entity;

import dev.collabgraph.loader.text.Span;
import dev.collabgraph.model.RelType;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Collects relation facts once each: the first evidence found for a (type, from, to) wins. */
final class Relations {
    private final List<RelationFact> facts = new ArrayList<>();
    private final Set<String> keys = new HashSet<>();

    void add(RelType type, Mention from, Mention to, Span evidence, String rule) {
        if (from.label() == to.label() && from.name().equals(to.name())) {
            return;
        }
        Mention a = from;
        Mention b = to;
        if (type == RelType.CO_PARTICIPATES || type == RelType.PARTNERS_WITH) {
            String ka = a.label() + ":" + a.name();
            String kb = b.label() + ":" + b.name();
            if (type == RelType.CO_PARTICIPATES && ka.compareTo(kb) > 0) {
                a = to;
                b = from;
            }
            String reverse = type + "|" + kb + "|" + ka;
            if (keys.contains(reverse)) {
                return;
            }
        }
        String key = type + "|" + a.label() + ":" + a.name() + "|" + b.label() + ":" + b.name();
        if (keys.add(key)) {
            facts.add(new RelationFact(type, a.label(), a.name(), b.label(), b.name(), evidence, rule));
        }
    }

    /**
     * 东江工业大学芩州机器人研究院与某某公司合作: a school's own institute (named after it) working with a company is the
     * school working with it; the pair is added once, with the evidence of the institute's.
     */
    void ownPlatformPartners() {
        java.util.Map<String, String> owner = new java.util.HashMap<>();
        for (RelationFact f : facts) {
            if (f.type() == RelType.HOSTS && "hosts:name-prefix".equals(f.rule())
                    && f.fromLabel() == dev.collabgraph.model.Label.University
                    && f.toLabel() == dev.collabgraph.model.Label.Platform) {
                owner.put(f.to(), f.from());
            }
        }
        for (RelationFact f : List.copyOf(facts)) {
            if (f.type() != RelType.PARTNERS_WITH) {
                continue;
            }
            boolean fromOwned = f.fromLabel() == dev.collabgraph.model.Label.Platform && owner.containsKey(f.from())
                    && f.toLabel() == dev.collabgraph.model.Label.Enterprise;
            boolean toOwned = f.toLabel() == dev.collabgraph.model.Label.Platform && owner.containsKey(f.to())
                    && f.fromLabel() == dev.collabgraph.model.Label.Enterprise;
            if (fromOwned || toOwned) {
                String school = owner.get(fromOwned ? f.from() : f.to());
                String company = fromOwned ? f.to() : f.from();
                String key = RelType.PARTNERS_WITH + "|" + dev.collabgraph.model.Label.University + ":" + school + "|"
                        + dev.collabgraph.model.Label.Enterprise + ":" + company;
                String reverse = RelType.PARTNERS_WITH + "|" + dev.collabgraph.model.Label.Enterprise + ":" + company + "|"
                        + dev.collabgraph.model.Label.University + ":" + school;
                if (!keys.contains(reverse) && keys.add(key)) {
                    facts.add(new RelationFact(RelType.PARTNERS_WITH, dev.collabgraph.model.Label.University, school,
                            dev.collabgraph.model.Label.Enterprise, company, f.evidence(), "partners:own-platform"));
                }
            }
        }
    }

    List<RelationFact> facts() {
        return facts;
    }
}
