package dev.collabgraph.loader.text;

import java.util.Locale;

/**
 * The largest document the loader reads, checked before the file is read into memory, and the setting that raises it,
 * which a refusal names. A document of {@code n} MB needs about 25·n MB of heap while it is extracted (the text as
 * UTF-16, its cleaned copy with one offset per character, the structure and the graph), so the default keeps a 20 MB
 * file, the size of the largest plans with their annexes, within a 1 GB heap.
 */
public record SizeLimit(long maxBytes, String setting) {
    public static final int DEFAULT_MB = 20;
    public static final SizeLimit DEFAULT = megabytes(DEFAULT_MB, "--max-document-mb");

    public SizeLimit {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("a size limit must be positive: " + maxBytes);
        }
    }

    public static SizeLimit megabytes(long mb, String setting) {
        return new SizeLimit(mb * 1024 * 1024, setting);
    }

    public boolean exceededBy(long bytes) {
        return bytes > maxBytes;
    }

    /** Why a file of {@code bytes} bytes is refused: its size, the limit and how to raise it. */
    public String refusal(long bytes) {
        return String.format(Locale.ROOT, "%s, over the %s limit for one document (raise it with %s)",
                megabytes(bytes), megabytes(maxBytes), setting);
    }

    private static String megabytes(long bytes) {
        double mb = bytes / (1024.0 * 1024.0);
        return mb == Math.rint(mb) ? (long) mb + " MB" : String.format(Locale.ROOT, "%.1f MB", mb);
    }
}
