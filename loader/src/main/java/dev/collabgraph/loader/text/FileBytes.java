package dev.collabgraph.loader.text;

import dev.collabgraph.loader.BadDocumentException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** A document file's bytes, read within a {@link SizeLimit}: whatever its format, memory stays bounded. */
final class FileBytes {
    private FileBytes() {
    }

    /**
     * Reads a file no larger than {@code limit}: its size is checked before it is read, and the read stops past the
     * limit (a file that grows, or one whose size the file system does not tell).
     */
    static byte[] read(Path file, SizeLimit limit) {
        String name = file.toString();
        try {
            if (Files.isDirectory(file)) {
                throw new BadDocumentException(name, "is a directory, not a document");
            }
            long size = Files.size(file);
            if (limit.exceededBy(size)) {
                throw new BadDocumentException(name, limit.refusal(size));
            }
            byte[] bytes;
            try (InputStream in = Files.newInputStream(file)) {
                bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit.maxBytes() + 1));
            }
            if (limit.exceededBy(bytes.length)) {
                throw new BadDocumentException(name, limit.refusal(bytes.length));
            }
            return bytes;
        } catch (NoSuchFileException e) {
            throw new BadDocumentException(name, "file not found");
        } catch (AccessDeniedException e) {
            throw new BadDocumentException(name, "cannot be read: permission denied");
        } catch (IOException e) {
            throw new BadDocumentException(name, "cannot be read (" + e.getClass().getSimpleName() + ")");
        }
    }
}
