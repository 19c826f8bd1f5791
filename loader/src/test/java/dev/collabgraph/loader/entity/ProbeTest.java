package dev.collabgraph.loader.entity;

import dev.collabgraph.loader.structure.DocumentHeader;
import dev.collabgraph.loader.structure.DocumentStructure;
import dev.collabgraph.loader.text.Cleaner;
import dev.collabgraph.loader.text.Decoder;
import dev.collabgraph.model.Label;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

class ProbeTest {
    @Test
    void probe() throws Exception {
        for (String line : Files.readAllLines(Path.of(System.getProperty("probe", "/tmp/probe/in.txt")))) {
            var mapped = Cleaner.clean(Decoder.decode("x.txt", line.getBytes(StandardCharsets.UTF_8)));
            var structure = new DocumentStructure(new DocumentHeader("", "某某市", "", null, "", null, "", null),
                    List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
            Extraction e = new Extraction(mapped, EntityExtractor.extract(mapped, structure));
            System.out.println("PROBE " + line + "\n   Industry=" + e.names(Label.Industry) + " Region=" + e.names(Label.Region)
                    + " Platform=" + e.names(Label.Platform) + " Enterprise=" + e.names(Label.Enterprise));
        }
    }
}
