package dev.collabgraph.loader.structure;

import dev.collabgraph.loader.text.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

/** A 责任单位 (or 牵头单位/配合单位) note of one task, with its units in the printed order. */
public record ResponsibilityNote(int taskNumber, List<UnitRef> units, Span span) {
    public ResponsibilityNote {
        units = List.copyOf(units);
    }

    /**
     * The notes with every unit whose name is a stand-in word ({@code standIn}: 我局, 甲方) named as {@code nameOf} says,
     * or dropped when it says null; a name already in the note is not repeated, and a note left without units goes.
     */
    static List<ResponsibilityNote> renamed(List<ResponsibilityNote> notes, Predicate<String> standIn,
                                            Function<UnitRef, String> nameOf) {
        List<ResponsibilityNote> out = new ArrayList<>();
        for (ResponsibilityNote n : notes) {
            List<UnitRef> units = new ArrayList<>();
            for (UnitRef u : n.units()) {
                if (!standIn.test(u.name())) {
                    units.add(u);
                    continue;
                }
                String name = nameOf.apply(u);
                if (name != null && units.stream().noneMatch(v -> v.name().equals(name))) {
                    units.add(new UnitRef(name, u.surface(), u.role(), u.span(), null));
                }
            }
            if (!units.isEmpty()) {
                out.add(new ResponsibilityNote(n.taskNumber(), units, n.span()));
            }
        }
        return out;
    }
}
