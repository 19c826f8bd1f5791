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

    List<RelationFact> facts() {
        return facts;
    }
}
