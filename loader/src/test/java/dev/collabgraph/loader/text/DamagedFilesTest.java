package dev.collabgraph.loader.text;

import dev.collabgraph.loader.BadDocumentException;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Office files damaged as downloads and uploads damage them (cut short, bytes overwritten): each is read or refused
 * with a {@link BadDocumentException} naming the file, never another exception (which the server would answer with a
 * 500) and never a hang.
 */
class DamagedFilesTest {
    private static final Path FORMATS = Path.of("src", "test", "resources", "formats");
    private static final int DAMAGES_PER_FILE = 40;

    @Test
    void aDamagedWordOpenDocumentOrOfdFileIsReadOrRefusedWithTheFilesName() throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> listed = Files.list(FORMATS)) {
            listed.sorted().forEach(files::add);
        }
        assertThat(files).extracting(f -> DocumentFormat.extension(f.toString())).contains("doc", "odt");
        Random random = new Random(20261206);
        int refused = 0;
        for (Path file : files) {
            byte[] good = Files.readAllBytes(file);
            for (int d = 0; d < DAMAGES_PER_FILE; d++) {
                byte[] bad = d % 2 == 0 ? Arrays.copyOf(good, 8 + random.nextInt(good.length - 8))
                        : overwritten(good, random);
                String name = "damaged-" + d + "-" + file.getFileName();
                try {
                    DocumentReader.decode(name, bad);
                } catch (BadDocumentException e) {
                    assertThat(e.getMessage()).startsWith(name + ": ");
                    refused++;
                } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
                    fail(name + " threw " + e, e);
                }
            }
        }
        assertThat(refused).as("damage that is refused").isPositive();
    }

    /** The file with a few runs of its bytes overwritten with noise. */
    private static byte[] overwritten(byte[] good, Random random) {
        byte[] bad = good.clone();
        for (int run = 0; run < 3; run++) {
            int at = 8 + random.nextInt(bad.length - 8);
            for (int i = at; i < Math.min(bad.length, at + 1 + random.nextInt(64)); i++) {
                bad[i] = (byte) random.nextInt(256);
            }
        }
        return bad;
    }
}
