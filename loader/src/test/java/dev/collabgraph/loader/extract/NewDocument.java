package dev.collabgraph.loader.extract;

import dev.collabgraph.loader.TestDocuments;
import dev.collabgraph.loader.entity.EntityExtractor;
import dev.collabgraph.loader.entity.EntityResult;
import dev.collabgraph.loader.entity.Mention;
import dev.collabgraph.loader.structure.DocumentStructure;
import dev.collabgraph.loader.structure.ResponsibilityNote;
import dev.collabgraph.loader.structure.StructureParser;
import dev.collabgraph.loader.structure.TargetFact;
import dev.collabgraph.loader.structure.TaskBlock;
import dev.collabgraph.loader.text.MappedText;
import dev.collabgraph.model.Label;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A test document the rules were not written from, read by both stages, with lookups that print what
 * was read in a form a reader can check against the text ("科技局/lead", "RELIES_ON A -> B").
 */
record NewDocument(MappedText text, DocumentStructure structure, EntityResult entities) {

    static NewDocument read(String resource) {
        MappedText text = TestDocuments.resource(resource);
        DocumentStructure structure = StructureParser.parse(text);
        return new NewDocument(text, structure, EntityExtractor.extract(text, structure));
    }

    TaskBlock task(int number) {
        return structure.tasks().stream().filter(t -> t.number() == number).findFirst().orElseThrow();
    }

    String body(int task) {
        TaskBlock t = task(task);
        return text.substring(t.body().start(), t.body().end());
    }

    /** The units of a task's note as "name/role" (role "null" when the note does not say). */
    List<String> units(int task) {
        return structure.notes().stream().filter(n -> n.taskNumber() == task).map(ResponsibilityNote::units)
                .findFirst().orElse(List.of()).stream().map(u -> u.name() + "/" + u.role()).toList();
    }

    /** Targets as "metric comparator value unit year". */
    Set<String> targets() {
        return structure.targets().stream().map(NewDocument::target).collect(Collectors.toSet());
    }

    private static String target(TargetFact t) {
        String value = t.value() == Math.rint(t.value()) ? String.valueOf((long) t.value()) : String.valueOf(t.value());
        return t.metric() + " " + t.comparator() + " " + value + t.unit() + " " + t.year();
    }

    Set<String> names(Label label) {
        return entities.mentions().stream().filter(m -> m.label() == label).map(Mention::name)
                .collect(Collectors.toSet());
    }

    Set<String> relations() {
        return entities.relations().stream().map(r -> r.type() + " " + r.from() + " -> " + r.to())
                .collect(Collectors.toSet());
    }
}
