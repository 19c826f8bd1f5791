package dev.collabgraph.bench.hanlp;

import dev.collabgraph.model.Label;

/** A name HanLP recognised, mapped to one of our types, and where it starts. */
public record Recognition(String name, Label label, int start) {
}
