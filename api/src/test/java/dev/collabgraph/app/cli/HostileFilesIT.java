package dev.collabgraph.app.cli;

import dev.collabgraph.app.Main;
import dev.collabgraph.store.EmbeddedNeo4j;
import dev.collabgraph.store.EmbeddedSettings;
import dev.collabgraph.store.GraphStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile and huge files change nothing (issue 10): a folder of good and bad files loads exactly the good ones and names
 * each bad one with its reason; a file over the size limit is refused before it is read, by {@code extract} and
 * {@code load} alike, in a JVM whose heap is far smaller than the file.
 */
class HostileFilesIT {
    private static final Path SEED = Path.of("..", "data", "xuzhou-2018-20.txt");
    private static final Path SECOND_CITY = Path.of("..", "loader", "src", "test", "resources", "docs", "second-city.txt");
    private static final Path THIRD_CITY = Path.of("..", "corpus", "10-action-plan-division-table.txt");

    @TempDir
    Path dir;

    @Test
    void aFolderOfGoodAndBadFilesLoadsExactlyTheGoodOnesAndNamesEachBadOne() throws Exception {
        Path docs = Files.createDirectories(dir.resolve("docs"));
        Files.copy(SEED, docs.resolve("good-utf8.txt"));
        Files.copy(SECOND_CITY, docs.resolve("good-second.txt"));
        Files.write(docs.resolve("good-gbk.txt"), Files.readString(THIRD_CITY).getBytes(Charset.forName("GB18030")));

        byte[] junk = new byte[4096];
        new Random(10).nextBytes(junk);
        Files.write(docs.resolve("bad-junk.txt"), junk);
        Files.write(docs.resolve("bad-empty.txt"), new byte[0]);
        byte[] seed = Files.readAllBytes(SEED);
        Files.write(docs.resolve("bad-truncated.txt"), Arrays.copyOf(seed, cutInsideACharacter(seed)));
        Files.write(docs.resolve("bad-utf16.txt"), Files.readString(SECOND_CITY).getBytes(StandardCharsets.UTF_16LE));
        Files.write(docs.resolve("bad-report.pdf"), "%PDF-1.7".getBytes(StandardCharsets.US_ASCII));
        Files.write(docs.resolve("bad-plan.docx"), new byte[] {'P', 'K', 3, 4});
        Path huge = sparse(docs.resolve("bad-huge.txt"), 50L * 1024 * 1024);
        Path locked = Files.copy(SEED, docs.resolve("bad-locked.txt"));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        boolean lockable = !Files.isReadable(locked); // root reads every file
        if (!lockable) {
            Files.delete(locked);
        }

        Path db = dir.resolve("graph");
        Cli.Run run = Cli.run("load", "--db", db.toString(), "--threads", "2", docs.toString());

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err())
                .contains("bad-junk.txt: binary file")
                .contains("bad-empty.txt: file is empty")
                .contains("bad-truncated.txt: ends inside a UTF-8 character: the file looks truncated")
                .contains("bad-utf16.txt: looks like UTF-16LE text without a byte order mark")
                .contains("bad-report.pdf: cannot be opened as a PDF document")
                .contains("bad-plan.docx: a zip file without word/document.xml: not a Word (.docx) document")
                .contains(huge + ": 50 MB, over the 20 MB limit for one document (raise it with --max-document-mb)")
                .doesNotContain("\tat ", "Exception");
        if (lockable) {
            assertThat(run.err()).contains("bad-locked.txt: cannot be read: permission denied");
        }
        int bad = lockable ? 8 : 7;
        assertThat(run.out()).contains("3 loaded, " + bad + " failed");
        assertThat(documentSources(db)).containsExactly("good-gbk.txt", "good-second.txt", "good-utf8.txt");
    }

    @Test
    void aFileOverTheLimitIsRefusedBeforeItIsReadByExtractAndLoadAndTheLimitCanBeRaised() throws Exception {
        Path huge = sparse(dir.resolve("huge.txt"), 50L * 1024 * 1024);
        // a 48 MB heap could not hold the file, let alone its text: the refusal must come before the read
        Child extract = child("-Xmx48m", "extract", huge.toString());
        assertThat(extract.code()).isEqualTo(1);
        assertThat(extract.out()).isEmpty();
        assertThat(extract.err()).contains(huge + ": 50 MB, over the 20 MB limit for one document "
                + "(raise it with --max-document-mb)").doesNotContain("OutOfMemoryError");

        Path db = dir.resolve("graph");
        Child load = child("-Xmx256m", "load", "--db", db.toString(), "--max-document-mb", "10", huge.toString(),
                SEED.toString());
        assertThat(load.code()).isEqualTo(1);
        assertThat(load.err()).contains(huge + ": 50 MB, over the 10 MB limit for one document")
                .doesNotContain("OutOfMemoryError");
        assertThat(documentSources(db)).containsExactly("xuzhou-2018-20.txt");

        // raised above the file's size, the limit lets it through to the next check (this one is all NUL bytes)
        Cli.Run raised = Cli.run("extract", "--max-document-mb", "60", huge.toString());
        assertThat(raised.err()).contains("huge.txt: binary file").doesNotContain("limit");
        assertThat(Cli.run("extract", "--max-document-mb", "0", SEED.toString()).err())
                .contains("--max-document-mb must be a positive number of megabytes");
    }

    @Test
    void aFiveMegabyteSingleLineIsReadInASmallHeapForWhatItIs() throws Exception {
        StringBuilder line = new StringBuilder();
        String seed = Files.readString(SEED).replace("\r", "").replace("\n", "");
        while (line.length() * 3L < 5L * 1024 * 1024) {
            line.append(seed);
        }
        Path single = Files.writeString(dir.resolve("one-line.txt"), line);
        long started = System.nanoTime();
        Child extract = child("-Xmx256m", "extract", "-q", single.toString());
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(60));
        assertThat(extract.err()).doesNotContain("OutOfMemoryError", "Exception");
        // a whole document on one line has no numbered tasks to read: it is read for the names of the organs and
        // entities it holds, said loudly, not by a crash
        assertThat(extract.code()).isZero();
        assertThat(extract.out()).contains("no document structure found");
    }

    /** A file of {@code size} bytes that takes no disk: its size is all the limit looks at. */
    private static Path sparse(Path file, long size) throws IOException {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(size);
        }
        return file;
    }

    /** An offset inside the last multi-byte character of the file's first 4 KB: the file looks cut off there. */
    private static int cutInsideACharacter(byte[] utf8) {
        int at = Math.min(utf8.length - 1, 4096);
        while ((utf8[at] & 0xC0) != 0x80) {
            at--;
        }
        return at;
    }

    private record Child(int code, String out, String err) {
    }

    /** The command line in its own JVM with the given heap, as the launcher runs it. */
    private Child child(String heap, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                heap, "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        Path out = dir.resolve("child.out");
        Path err = dir.resolve("child.err");
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().remove("NEO4J_PASSWORD");
        Process process = builder.start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the command did not end within 120 s: " + command);
        }
        return new Child(process.exitValue(), Files.readString(out), Files.readString(err));
    }

    private static List<String> documentSources(Path db) {
        try (EmbeddedNeo4j dbms = EmbeddedNeo4j.start(db, EmbeddedSettings.defaults().withBoltPort(0));
             GraphStore store = dbms.openStore()) {
            List<String> sources = new ArrayList<>();
            store.readAdHoc("MATCH (d:Document) RETURN d.source ORDER BY d.source", Map.of(), Duration.ofSeconds(10),
                    100).rows().forEach(row -> sources.add(row.get(0).asString()));
            return sources;
        }
    }
}
