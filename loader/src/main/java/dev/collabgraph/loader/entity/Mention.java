package dev.collabgraph.loader.entity;

import dev.collabgraph.loader.text.Span;
import dev.collabgraph.model.Label;

/** One occurrence of a named entity: its type, canonical name, the form as printed, and where. */
public record Mention(Label label, String name, String surface, Span span, String rule) {
}
