package dev.collabgraph.loader.structure;

import java.util.ArrayList;
import java.util.List;

/**
 * A document that says once how its notes are to be read (列第一位的为牵头单位，其余为配合单位): in each note that gives
 * no lead itself, the first unit named without a role leads and the others assist.
 */
final class FirstListedLeads {
    private FirstListedLeads() {
    }

    static List<ResponsibilityNote> apply(List<ResponsibilityNote> notes) {
        List<ResponsibilityNote> out = new ArrayList<>(notes.size());
        for (ResponsibilityNote note : notes) {
            if (note.units().stream().noneMatch(u -> u.role() == null)
                    || note.units().stream().anyMatch(u -> "lead".equals(u.role()))) {
                out.add(note);
                continue; // a note that names its lead keeps it: joint leads (A、B为牵头单位) stay joint
            }
            // the units named without a role: the first leads, the others assist (units a label already makes
            // assist, 协同单位：…, keep their role)
            List<UnitRef> units = new ArrayList<>();
            boolean led = false;
            for (UnitRef u : note.units()) {
                String role = u.role() != null ? u.role() : led ? "co" : "lead";
                led |= "lead".equals(role);
                units.add(new UnitRef(u.name(), u.surface(), role, u.span(), u.repairedFrom()));
            }
            out.add(new ResponsibilityNote(note.taskNumber(), units, note.span()));
        }
        return out;
    }
}
