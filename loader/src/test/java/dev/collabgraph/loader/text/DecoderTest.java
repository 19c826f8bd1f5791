package dev.collabgraph.loader.text;

import dev.collabgraph.loader.BadDocumentException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DecoderTest {
    private static final String SAMPLE = "关于实施创新驱动发展战略的工作意见\r\n1、深化改革。（责任单位：市科技局）\r\n";

    @Test
    void readsUtf8AndKeepsEveryCharacterOfTheOriginal() {
        SourceText text = Decoder.decode("a.txt", SAMPLE.getBytes(StandardCharsets.UTF_8));
        assertThat(text.charset()).isEqualTo("UTF-8");
        assertThat(text.text()).isEqualTo(SAMPLE);
    }

    @Test
    void readsGb18030AsTheSameText() {
        SourceText text = Decoder.decode("a.txt", SAMPLE.getBytes(Charset.forName("GB18030")));
        assertThat(text.charset()).isEqualTo("GB18030");
        assertThat(text.text()).isEqualTo(SAMPLE);
    }

    @Test
    void readsUtf16WithByteOrderMark() {
        SourceText text = Decoder.decode("a.txt", SAMPLE.getBytes(StandardCharsets.UTF_16));
        assertThat(text.text()).isEqualTo(SAMPLE);
    }

    @Test
    void hashesTheBytesSoTwoEncodingsAreTwoRevisions() {
        String utf8 = Decoder.decode("a", SAMPLE.getBytes(StandardCharsets.UTF_8)).sha256();
        String gb = Decoder.decode("a", SAMPLE.getBytes(Charset.forName("GB18030"))).sha256();
        assertThat(utf8).hasSize(64).isNotEqualTo(gb);
    }

    @Test
    void rejectsAMissingFileNamingIt(@TempDir Path dir) {
        Path missing = dir.resolve("nope.txt");
        assertThatThrownBy(() -> DocumentReader.read(missing))
                .isInstanceOf(BadDocumentException.class)
                .hasMessage(missing + ": file not found");
    }

    @Test
    void rejectsAnEmptyFile(@TempDir Path dir) throws Exception {
        Path empty = Files.write(dir.resolve("empty.txt"), new byte[0]);
        assertThatThrownBy(() -> DocumentReader.read(empty)).hasMessageContaining("empty.txt: file is empty");
        Path blank = Files.writeString(dir.resolve("blank.txt"), " \n\r\n\t ");
        assertThatThrownBy(() -> DocumentReader.read(blank)).hasMessageContaining("only white space");
    }

    @Test
    void rejectsBinaryFiles() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};
        assertThatThrownBy(() -> Decoder.decode("x.png", png)).hasMessageContaining("binary file");
    }

    @Test
    void rejectsADirectory(@TempDir Path dir) {
        assertThatThrownBy(() -> DocumentReader.read(dir)).hasMessageContaining("is a directory");
    }

    @Test
    void refusesAFileOverTheSizeLimitBeforeReadingItNamingItsSizeAndTheSetting(@TempDir Path dir) throws Exception {
        Path big = dir.resolve("big.txt");
        try (var out = Files.newOutputStream(big)) {
            byte[] line = (SAMPLE.repeat(100)).getBytes(StandardCharsets.UTF_8);
            for (long written = 0; written < 3L * 1024 * 1024; written += line.length) {
                out.write(line);
            }
        }
        SizeLimit oneMb = SizeLimit.megabytes(1, "--max-document-mb");
        assertThatThrownBy(() -> DocumentReader.read(big, oneMb)).isInstanceOf(BadDocumentException.class)
                .hasMessage(big + ": 3.0 MB, over the 1 MB limit for one document (raise it with --max-document-mb)");
        assertThat(DocumentReader.read(big, SizeLimit.megabytes(4, "x")).text()).startsWith(SAMPLE);
        assertThat(SizeLimit.DEFAULT.maxBytes()).isEqualTo(20L * 1024 * 1024);
    }

    @Test
    void saysAFileCutInsideACharacterLooksTruncated() {
        byte[] whole = SAMPLE.getBytes(StandardCharsets.UTF_8);
        // the sample ends in a line break: cut after the first byte of its last Han character
        int lastHan = SAMPLE.stripTrailing().length() - 1;
        int cut = SAMPLE.substring(0, lastHan).getBytes(StandardCharsets.UTF_8).length + 1;
        assertThatThrownBy(() -> Decoder.decode("cut.txt", java.util.Arrays.copyOf(whole, cut)))
                .hasMessage("cut.txt: ends inside a UTF-8 character: the file looks truncated");
    }

    @Test
    void namesUtf16WithoutAByteOrderMark() {
        assertThatThrownBy(() -> Decoder.decode("le.txt", SAMPLE.getBytes(StandardCharsets.UTF_16LE)))
                .hasMessageContaining("le.txt: looks like UTF-16LE text without a byte order mark");
        assertThatThrownBy(() -> Decoder.decode("be.txt", SAMPLE.getBytes(StandardCharsets.UTF_16BE)))
                .hasMessageContaining("be.txt: looks like UTF-16BE text without a byte order mark");
        // 一 is U+4E00: its NUL byte stands on the other side from those of ASCII characters
        assertThatThrownBy(() -> Decoder.decode("one.txt", ("一、" + SAMPLE.repeat(3)).getBytes(StandardCharsets.UTF_16LE)))
                .hasMessageContaining("one.txt: looks like UTF-16LE text without a byte order mark");
    }

    @Test
    void saysWhenAFileMayNotBeRead(@TempDir Path dir) throws Exception {
        Path locked = Files.writeString(dir.resolve("locked.txt"), SAMPLE);
        Files.setPosixFilePermissions(locked, java.util.Set.of());
        org.junit.jupiter.api.Assumptions.assumeFalse(Files.isReadable(locked), "running as root: every file is readable");
        assertThatThrownBy(() -> DocumentReader.read(locked)).hasMessage(locked + ": cannot be read: permission denied");
    }
}
