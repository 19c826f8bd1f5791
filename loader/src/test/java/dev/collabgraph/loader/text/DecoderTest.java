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
        assertThatThrownBy(() -> Decoder.read(missing))
                .isInstanceOf(BadDocumentException.class)
                .hasMessage(missing + ": file not found");
    }

    @Test
    void rejectsAnEmptyFile(@TempDir Path dir) throws Exception {
        Path empty = Files.write(dir.resolve("empty.txt"), new byte[0]);
        assertThatThrownBy(() -> Decoder.read(empty)).hasMessageContaining("empty.txt: file is empty");
        Path blank = Files.writeString(dir.resolve("blank.txt"), " \n\r\n\t ");
        assertThatThrownBy(() -> Decoder.read(blank)).hasMessageContaining("only white space");
    }

    @Test
    void rejectsBinaryFiles() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};
        assertThatThrownBy(() -> Decoder.decode("x.png", png)).hasMessageContaining("binary file");
    }

    @Test
    void rejectsADirectory(@TempDir Path dir) {
        assertThatThrownBy(() -> Decoder.read(dir)).hasMessageContaining("is a directory");
    }
}
