package dev.collabgraph.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StoreLockTest {
    @TempDir
    Path dir;

    @Test
    void aSecondTakerIsRefusedWithTheHolderNamed() {
        try (StoreLock ignored = StoreLock.take(dir)) {
            assertThatThrownBy(() -> StoreLock.take(dir))
                    .isInstanceOf(StoreLock.StoreInUseException.class)
                    .hasMessageContaining("is in use by process " + ProcessHandle.current().pid())
                    .hasMessageContaining("--db");
        }
    }

    @Test
    void aReleasedLockCanBeTakenAgainAndLeavesNoHolderBehind() throws Exception {
        StoreLock.take(dir).close();
        assertThat(Files.readString(dir.resolve(StoreLock.FILE_NAME))).isEmpty();
        try (StoreLock again = StoreLock.take(dir)) {
            assertThat(Files.readString(dir.resolve(StoreLock.FILE_NAME))).startsWith("process ");
        }
    }

    @Test
    void aMissingFolderIsCreated() {
        Path store = dir.resolve("a").resolve("b");
        try (StoreLock ignored = StoreLock.take(store)) {
            assertThat(store.resolve(StoreLock.FILE_NAME)).exists();
        }
    }
}
