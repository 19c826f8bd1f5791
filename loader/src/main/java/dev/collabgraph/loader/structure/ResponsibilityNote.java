package dev.collabgraph.loader.structure;

import dev.collabgraph.loader.text.Span;

import java.util.List;

/** A 责任单位 (or 牵头单位/配合单位) note of one task, with its units in the printed order. */
public record ResponsibilityNote(int taskNumber, List<UnitRef> units, Span span) {
    public ResponsibilityNote {
        units = List.copyOf(units);
    }
}
