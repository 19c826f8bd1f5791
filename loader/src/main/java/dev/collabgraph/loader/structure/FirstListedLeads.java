package dev.collabgraph.loader.structure;

import java.util.ArrayList;
import java.util.List;

/**
 * A document that says once how its notes are to be read (列第一位的为牵头单位，其余为配合单位): in each note that gives
 * no roles itself, the first unit leads and the others assist.
 */
final class FirstListedLeads {
    private FirstListedLeads() {
    }

    static List<ResponsibilityNote> apply(List<ResponsibilityNote> notes) {
        List<ResponsibilityNote> out = new ArrayList<>(notes.size());
        for (ResponsibilityNote note : notes) {
            if (note.units().isEmpty() || note.units().stream().anyMatch(u -> u.role() != null)) {
                out.add(note);
                continue;
            }
            List<UnitRef> units = new ArrayList<>();
            for (UnitRef u : note.units()) {
                units.add(new UnitRef(u.name(), u.surface(), units.isEmpty() ? "lead" : "co", u.span(), u.repairedFrom()));
            }
            out.add(new ResponsibilityNote(note.taskNumber(), units, note.span()));
        }
        return out;
    }
}
