package dev.collabgraph.loader.entity;

import dev.collabgraph.loader.structure.DocumentHeader;
import dev.collabgraph.loader.structure.DocumentStructure;
import dev.collabgraph.loader.structure.StructureParser;
import dev.collabgraph.loader.text.Cleaner;
import dev.collabgraph.loader.text.Decoder;
import dev.collabgraph.loader.text.MappedText;
import dev.collabgraph.model.Label;
import dev.collabgraph.model.RelType;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** A document and what the extractor read from it, with the lookups the tests share. */
record Extraction(MappedText text, EntityResult result) {

    /** A whole document, structured by the structure stage. */
    static Extraction of(MappedText text) {
        return new Extraction(text, EntityExtractor.extract(text, StructureParser.parse(text)));
    }

    /** A few invented sentences, issued by {@code city}, with no structure read (no notes, no tasks). */
    static Extraction sentences(String text, String city) {
        MappedText mapped = Cleaner.clean(Decoder.decode("x.txt", text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        DocumentStructure structure = new DocumentStructure(new DocumentHeader("", city, "", null, "", null, "", null),
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
        return new Extraction(mapped, EntityExtractor.extract(mapped, structure));
    }

    /** A fixture of a few sentences under src/test/resources/entity/, issued by {@code city}. */
    static Extraction fixture(String name, String city) {
        try {
            byte[] bytes = Files.readAllBytes(Path.of("src", "test", "resources", "entity", name));
            MappedText text = Cleaner.clean(Decoder.decode(name, bytes));
            DocumentStructure structure = new DocumentStructure(
                    new DocumentHeader("", city, "", null, "", null, "", null),
                    List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
            return new Extraction(text, EntityExtractor.extract(text, structure));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Set<String> names(Label label) {
        return result.mentions().stream().filter(m -> m.label() == label).map(Mention::name)
                .collect(Collectors.toSet());
    }

    Set<String> allNames() {
        return result.mentions().stream().map(Mention::name).collect(Collectors.toSet());
    }

    /** Relations as "TYPE from -> to" with names only, for readable assertions. */
    Set<String> relations() {
        return result.relations().stream().map(r -> r.type() + " " + r.from() + " -> " + r.to())
                .collect(Collectors.toSet());
    }

    Set<String> relations(RelType type) {
        return result.relations().stream().filter(r -> r.type() == type).map(r -> r.from() + " -> " + r.to())
                .collect(Collectors.toSet());
    }
}
