package dev.collabgraph.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Free space kept on the disk of an embedded store. Neo4j commits a transaction to its log and writes the store
 * files later, from its page cache, at a checkpoint or on shutdown: on a full disk the commits still succeed, then
 * the shutdown cannot flush and never ends. So writes stop while enough space is left for Neo4j to stop cleanly, and
 * the user hears why, before anything is half done. Free space only tells the truth once the page cache is written
 * out: when less than the reserve plus the page cache is free, each write is preceded by a checkpoint.
 */
public final class DiskSpace {
    /** Kept free unless told otherwise: a checkpoint of a large load, with room to spare. */
    public static final long DEFAULT_RESERVE_MB = 256;
    private static final long MB = 1024 * 1024;

    private DiskSpace() {
    }

    /**
     * A guard to run before each write to {@code dbms}: fails with {@link DiskFullException} when its disk has less
     * than {@code reserveMb} free once the page cache is written out.
     */
    public static Runnable guard(EmbeddedNeo4j dbms, long reserveMb) {
        Object checkpoints = new Object();
        return () -> {
            long reserve = reserveMb * MB;
            long usable = usableBytes(dbms.storeDirectory());
            if (usable < reserve + dbms.pageCacheBytes()) {
                synchronized (checkpoints) {
                    dbms.checkpoint();
                    usable = usableBytes(dbms.storeDirectory());
                }
            }
            if (usable < reserve) {
                throw new DiskFullException(dbms.storeDirectory(), usable / MB, reserveMb);
            }
        };
    }

    static long usableBytes(Path storeDirectory) {
        try {
            return Files.getFileStore(Files.exists(storeDirectory) ? storeDirectory
                    : storeDirectory.toAbsolutePath().getParent()).getUsableSpace();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot tell the free space of " + storeDirectory, e);
        }
    }

    /** The disk of the store has less free space than collabgraph keeps free. */
    public static final class DiskFullException extends RuntimeException {
        DiskFullException(Path storeDirectory, long freeMb, long reserveMb) {
            super("the disk holding the graph store " + storeDirectory + " has " + freeMb + " MB free, less than the "
                    + reserveMb + " MB kept free so that Neo4j can checkpoint and stop cleanly: nothing more is "
                    + "written (documents already loaded are whole); free some space, or lower the reserve with "
                    + "--min-free-mb, and load again");
        }
    }
}
