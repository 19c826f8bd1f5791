package dev.collabgraph.app.documents;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The editors file and token: what is read, and what is refused with the file, line or setting named. */
class EditorsTest {
    @TempDir
    Path dir;

    @Test
    void aPasswordHashReadsBackAndChecksOnlyItsPassword() {
        PasswordHash hash = PasswordHash.of("s3cret-enough".toCharArray());
        PasswordHash read = PasswordHash.parse(hash.toString());
        assertThat(read.matches("s3cret-enough".toCharArray())).isTrue();
        assertThat(read.matches("s3cret-enougH".toCharArray())).isFalse();
        assertThat(hash.toString()).startsWith("pbkdf2-sha256:" + PasswordHash.ITERATIONS + ":")
                .doesNotContain("s3cret");
    }

    @Test
    void nobodyWritesUnlessEditorsAreGiven() {
        assertThat(Editors.none().writable()).isFalse();
        assertThat(Editors.of(null, null).writable()).isFalse();
        assertThat(Editors.of(null, "").writable()).isFalse();
        assertThat(Editors.of(null, "a-token-long-enough-123").writable()).isTrue();
        assertThat(Editors.of(null, "a-token-long-enough-123").describe()).doesNotContain("a-token");
    }

    @Test
    void aBadEditorsFileIsRefusedNamingItsLine() throws IOException {
        Path file = dir.resolve("editors");
        Files.writeString(file, "# editors\nli:" + PasswordHash.of("password-1".toCharArray()) + "\nwang:plain\n");
        assertThatThrownBy(() -> Editors.of(file, null)).isInstanceOf(Editors.ConfigurationException.class)
                .hasMessageStartingWith(file + ", line 3: ").hasMessageContaining("pbkdf2-sha256");
        Files.writeString(file, "li:" + PasswordHash.of("password-1".toCharArray()) + "\nli:"
                + PasswordHash.of("password-2".toCharArray()) + "\n");
        assertThatThrownBy(() -> Editors.of(file, null)).hasMessageContaining("line 2").hasMessageContaining("twice");
        Files.writeString(file, "# nobody yet\n");
        assertThatThrownBy(() -> Editors.of(file, null)).hasMessageContaining("lists no editor");
        assertThatThrownBy(() -> Editors.of(dir.resolve("missing"), null)).hasMessageContaining("no such file");
    }

    @Test
    void aShortTokenIsRefused() {
        assertThatThrownBy(() -> Editors.of(null, "tok-9x7q")).isInstanceOf(Editors.ConfigurationException.class)
                .hasMessageContaining(Editors.TOKEN_VARIABLE).hasMessageNotContaining("tok-9x7q");
    }
}
