package dev.collabgraph.loader.text;

import dev.collabgraph.loader.structure.AnnexRow;
import dev.collabgraph.loader.structure.DocumentStructure;
import dev.collabgraph.loader.structure.StructureParser;
import dev.collabgraph.loader.structure.UnitRef;

import java.util.List;
import java.util.stream.Collectors;

/** What the structure stage reads from a document, as lines that compare across formats (no offsets). */
record StructureSummary(List<String> tasks, List<String> notes, List<String> annex) {
    static StructureSummary of(SourceText source) {
        DocumentStructure structure = StructureParser.parse(Cleaner.clean(source));
        return new StructureSummary(
                structure.tasks().stream().map(t -> t.number() + " " + t.title()).toList(),
                structure.notes().stream().map(n -> n.taskNumber() + ": " + units(n.units())).toList(),
                structure.annex().stream().map(StructureSummary::annexRow).toList());
    }

    private static String annexRow(AnnexRow row) {
        return row.number() + " " + row.title() + " | " + row.work() + " | " + units(row.units());
    }

    private static String units(List<UnitRef> units) {
        return units.stream().map(u -> u.name() + "/" + u.role()).collect(Collectors.joining(", "));
    }
}
