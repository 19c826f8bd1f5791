package dev.collabgraph.bench.mutate;

import dev.collabgraph.bench.eval.Gold;

import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The genre's forms of a responsibility note, each written from a task's gold units and roles: bracketed after the
 * task's text or a line of its own, roles by labels (牵头单位：…；配合单位：…), by verbs (A牵头，B配合) or by a mark
 * after the lead (A（牵头）), or a plain list of the responsible (责任单位, 责任部门).
 */
enum NoteForm {
    LEADS_LABELLED_BRACKETED(true, false) {
        @Override
        String body(List<Gold.Unit> units) {
            return roleLists(units, "牵头单位：", "配合单位：");
        }
    },
    LEADS_BY_VERB_BRACKETED(true, false) {
        @Override
        String body(List<Gold.Unit> units) {
            String leads = names(units, NoteForm::lead);
            String cos = names(units, NoteForm::co);
            return (leads.isEmpty() ? "" : leads + "牵头") + (leads.isEmpty() || cos.isEmpty() ? "" : "，")
                    + (cos.isEmpty() ? "" : cos + "配合");
        }
    },
    LEADS_LABELLED_LINE(true, true) {
        @Override
        String body(List<Gold.Unit> units) {
            return roleLists(units, "牵头单位：", "配合单位：") + "。";
        }
    },
    LEAD_MARKED_BRACKETED(true, false) {
        @Override
        String body(List<Gold.Unit> units) {
            String leads = units.stream().filter(NoteForm::lead).map(u -> u.name() + "（牵头）")
                    .collect(Collectors.joining("、"));
            String cos = names(units, NoteForm::co);
            return "责任单位：" + leads + (cos.isEmpty() ? "" : "，" + cos);
        }

        @Override
        boolean writes(List<Gold.Unit> units) {
            return super.writes(units) && units.stream().anyMatch(NoteForm::lead);
        }
    },
    RESPONSIBLE_BRACKETED(false, false) {
        @Override
        String body(List<Gold.Unit> units) {
            return "责任单位：" + names(units, u -> true);
        }
    },
    RESPONSIBLE_LINE(false, true) {
        @Override
        String body(List<Gold.Unit> units) {
            return "责任单位：" + names(units, u -> true) + "。";
        }
    },
    DEPARTMENTS_BRACKETED(false, false) {
        @Override
        String body(List<Gold.Unit> units) {
            return "责任部门：" + names(units, u -> true);
        }
    };

    /** The shape of a note as written: what a rewrite must change (bracketed or a line, how roles are told). */
    record Shape(boolean bracketed, String roles) {
        static Shape of(String note) {
            String n = note.strip();
            boolean bracketed = n.startsWith("（") || n.startsWith("(");
            String roles = n.contains("牵头单位") || n.contains("牵头部门") ? "labels"
                    : n.contains("（牵头）") || n.contains("(牵头)") ? "mark"
                    : n.contains("牵头") ? "verbs" : n.contains("责任部门") ? "departments" : "list";
            return new Shape(bracketed, roles);
        }
    }

    /** Whether the form tells roles apart (lead and co), not only lists the responsible. */
    private final boolean roles;
    /** Whether the note stands on a line of its own. */
    private final boolean line;

    NoteForm(boolean roles, boolean line) {
        this.roles = roles;
        this.line = line;
    }

    abstract String body(List<Gold.Unit> units);

    boolean onItsOwnLine() {
        return line;
    }

    /** Whether this form writes these units with their roles unchanged. */
    boolean writes(List<Gold.Unit> units) {
        boolean unspecified = units.stream().allMatch(u -> !lead(u) && !co(u));
        boolean specified = units.stream().allMatch(u -> lead(u) || co(u));
        return roles ? specified : unspecified;
    }

    /** The note as it stands in the text: bracketed, or a line ending in 。. */
    String write(List<Gold.Unit> units) {
        return line ? body(units) : "（" + body(units) + "）";
    }

    Shape shape(List<Gold.Unit> units) {
        return Shape.of(write(units));
    }

    private static String roleLists(List<Gold.Unit> units, String leadLabel, String coLabel) {
        String leads = names(units, NoteForm::lead);
        String cos = names(units, NoteForm::co);
        return (leads.isEmpty() ? "" : leadLabel + leads) + (leads.isEmpty() || cos.isEmpty() ? "" : "；")
                + (cos.isEmpty() ? "" : coLabel + cos);
    }

    private static String names(List<Gold.Unit> units, Predicate<Gold.Unit> which) {
        return units.stream().filter(which).map(Gold.Unit::name).collect(Collectors.joining("、"));
    }

    private static boolean lead(Gold.Unit unit) {
        return "lead".equals(unit.role());
    }

    private static boolean co(Gold.Unit unit) {
        return "co".equals(unit.role());
    }
}
