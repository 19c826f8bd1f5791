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

    static TaskBlock task(DocumentStructure structure, int number) {
        return structure.tasks().stream().filter(t -> t.number() == number).findFirst().orElseThrow();
    }
}
