package dev.collabgraph.loader.structure;

import dev.collabgraph.loader.text.Cleaner;
import dev.collabgraph.loader.text.Decoder;
import dev.collabgraph.loader.text.MappedText;

import java.nio.charset.StandardCharsets;
import java.util.List;

/** Small documents written inline, cleaned as the loader does, and lookups shared by the tests. */
final class Docs {
    private Docs() {
    }

    static MappedText clean(String text) {
        return Cleaner.clean(Decoder.decode("inline.txt", text.getBytes(StandardCharsets.UTF_8)));
    }

    static DocumentStructure parse(String text) {
        return StructureParser.parse(clean(text));
    }

    static List<String> unitNames(DocumentStructure structure, int task) {
        return structure.notes().stream().filter(n -> n.taskNumber() == task).findFirst().orElseThrow()
                .units().stream().map(UnitRef::name).toList();
    }

    /** The units of task {@code task}'s notes as name:role, by canonical name (a city's 市 dropped, as the graph names them). */
    static List<String> roles(DocumentStructure structure, int task) {
        return structure.notes().stream().filter(n -> n.taskNumber() == task).flatMap(n -> n.units().stream())
                .map(u -> u.name() + ":" + u.role()).toList();
    }

    /** The units of an annex row as name:role. */
    static List<String> roles(AnnexRow row) {
        return row.units().stream().map(u -> u.name() + ":" + u.role()).toList();
    }

    static TaskBlock task(DocumentStructure structure, int number) {
        return structure.tasks().stream().filter(t -> t.number() == number).findFirst().orElseThrow();
    }
}
