package dev.collabgraph.loader.entity;

import dev.collabgraph.loader.text.Span;
import dev.collabgraph.model.Label;
import dev.collabgraph.model.RelType;

/**
 * A relation between two named entities (label + canonical name each), with the span of the wording
 * that states it (usually the clause or sentence) and the rule that read it.
 */
public record RelationFact(RelType type, Label fromLabel, String from, Label toLabel, String to, Span evidence,
                           String rule) {
}
