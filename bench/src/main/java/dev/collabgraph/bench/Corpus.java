package dev.collabgraph.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A benchmark corpus: {@code count} variants of the bundled seed document written as UTF-8 files
 * {@code variant-0001.txt …} into a folder. The same seed value gives byte-identical files.
 */
public final class Corpus {
    /** The seed document, bundled in the jar under this name. */
    public static final String SEED_RESOURCE = "data/xuzhou-2018-20.txt";

    private Corpus() {
    }

    /** The text of every variant, in order; pure, no files. */
    public static List<String> variants(int count, long seed) {
        String text = seedText();
        NamePools pools = NamePools.of(seed);
        List<String> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            out.add(Variant.of(text, i, pools, seed));
        }
        return out;
    }

    /** Writes the variants into {@code dir} (created if needed) and returns the files, in order. */
    public static List<Path> write(Path dir, int count, long seed) {
        try {
            Files.createDirectories(dir);
            List<Path> files = new ArrayList<>(count);
            List<String> variants = variants(count, seed);
            for (int i = 0; i < count; i++) {
                Path file = dir.resolve(String.format("variant-%04d.txt", i + 1));
                Files.writeString(file, variants.get(i), StandardCharsets.UTF_8);
                files.add(file);
            }
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the corpus into " + dir, e);
        }
    }

    static String seedText() {
        try (InputStream in = Corpus.class.getClassLoader().getResourceAsStream(SEED_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(SEED_RESOURCE + " is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
