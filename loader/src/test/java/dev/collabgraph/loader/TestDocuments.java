package dev.collabgraph.loader;

import dev.collabgraph.loader.text.Cleaner;
import dev.collabgraph.loader.text.Decoder;
import dev.collabgraph.loader.text.DocumentReader;
import dev.collabgraph.loader.text.MappedText;

import java.nio.file.Path;

/** Test documents, read and cleaned as the loader does. Maven runs tests with the module as working dir. */
public final class TestDocuments {
    private TestDocuments() {
    }

    /** The seed document, Xuzhou 徐委发〔2018〕20号, from the project's data folder. */
    public static MappedText seed() {
        return Cleaner.clean(DocumentReader.read(Path.of("..", "data", "xuzhou-2018-20.txt")));
    }

    /** A document under {@code src/test/resources/docs/}. */
    public static MappedText resource(String name) {
        return Cleaner.clean(DocumentReader.read(Path.of("src", "test", "resources", "docs", name)));
    }
}
