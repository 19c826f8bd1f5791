package dev.collabgraph.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * An exclusive lock on a store folder, taken before Neo4j opens it, whose file says who holds it (process id, command,
 * since when). Neo4j locks the store too, but its refusal names a lock file, not the process a user has to stop. The
 * operating system releases the lock when the holder dies, even by {@code kill -9}; the stale text is then overwritten.
 */
public final class StoreLock implements AutoCloseable {
    static final String FILE_NAME = "collabgraph.lock";
    private static final int MAX_COMMAND_CHARS = 200;

    private final FileChannel channel;
    private final FileLock lock;

    private StoreLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** Takes the lock of {@code storeDirectory} (creating the folder) or fails at once naming the holder. */
    public static StoreLock take(Path storeDirectory) {
        Path file = storeDirectory.resolve(FILE_NAME);
        FileChannel channel = null;
        try {
            Files.createDirectories(storeDirectory);
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null; // held by this very process
            }
            if (lock == null) {
                String holder = read(channel);
                channel.close();
                throw new StoreInUseException(storeDirectory, holder);
            }
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(describeThisProcess().getBytes(StandardCharsets.UTF_8)), 0);
            channel.force(false);
            return new StoreLock(channel, lock);
        } catch (FileSystemException e) {
            closeQuietly(channel);
            throw new StoreNotWritableException(storeDirectory, e);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new UncheckedIOException("cannot lock the store folder " + storeDirectory + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.truncate(0);
        } catch (IOException ignored) {
            // the lock goes with the channel anyway
        } finally {
            closeQuietly(channel);
        }
    }

    /** "process 1234 (collabgraph.jar load corpus), since 2026-12-03T04:01:12Z". */
    static String describeThisProcess() {
        String command = System.getProperty("sun.java.command", "java");
        if (command.length() > MAX_COMMAND_CHARS) {
            command = command.substring(0, MAX_COMMAND_CHARS) + "…";
        }
        return "process " + ProcessHandle.current().pid() + " (" + command + "), since "
                + Instant.now().truncatedTo(ChronoUnit.SECONDS);
    }

    private static String read(FileChannel channel) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(1024);
        channel.read(buffer, 0);
        String text = new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8).strip();
        return text.isEmpty() ? "another process" : text;
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // nothing left to release
            }
        }
    }

    /** The store folder cannot be written (read-only folder or file system, no permission, disk full). */
    public static final class StoreNotWritableException extends RuntimeException {
        StoreNotWritableException(Path storeDirectory, FileSystemException cause) {
            super("the graph store folder " + storeDirectory + " cannot be written ("
                    + (cause.getReason() != null ? cause.getReason()
                    : cause instanceof AccessDeniedException ? "permission denied" : cause.getClass().getSimpleName())
                    + "): collabgraph keeps the graph there; make it writable or choose another folder with --db", cause);
        }
    }

    /** The store folder is locked by another process (or another open of this one). */
    public static final class StoreInUseException extends RuntimeException {
        public StoreInUseException(Path storeDirectory, String holder) {
            super("the graph store " + storeDirectory + " is in use by " + holder
                    + ": wait for it or stop it, or use another store with --db");
        }
    }
}
