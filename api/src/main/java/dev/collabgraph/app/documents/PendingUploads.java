package dev.collabgraph.app.documents;

import dev.collabgraph.model.ExtractedGraph;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Documents extracted for a preview and not yet loaded or discarded, kept in memory under an unguessable id. Bounded
 * whatever the users do: at most {@code maxUploads} of them and {@code maxBytes} of their files together (the
 * oldest goes first), each for {@code keepFor}; a preview that has gone must simply be uploaded again.
 */
final class PendingUploads {
    static final String ID_PREFIX = "upload-";
    private final int maxUploads;
    private final long maxBytes;
    private final Duration keepFor;
    private final Map<String, Pending> uploads = new LinkedHashMap<>();
    private final SecureRandom random = new SecureRandom();
    private long bytes;

    /** An extracted document waiting for its editor's decision. */
    record Pending(String id, String fileName, long bytes, ExtractedGraph graph, String editor, long createdNanos) {
    }

    PendingUploads(int maxUploads, long maxBytes, Duration keepFor) {
        this.maxUploads = maxUploads;
        this.maxBytes = maxBytes;
        this.keepFor = keepFor;
    }

    synchronized Pending add(String fileName, long size, ExtractedGraph graph, String editor) {
        expire();
        while (!uploads.isEmpty() && (uploads.size() >= maxUploads || bytes + size > maxBytes)) {
            remove(uploads.keySet().iterator().next());
        }
        byte[] id = new byte[12];
        random.nextBytes(id);
        Pending pending = new Pending(ID_PREFIX + HexFormat.of().formatHex(id), fileName, size, graph, editor,
                System.nanoTime());
        uploads.put(pending.id(), pending);
        bytes += size;
        return pending;
    }

    synchronized Optional<Pending> find(String id) {
        expire();
        return Optional.ofNullable(uploads.get(id));
    }

    /** Takes the upload out (loaded or discarded); empty when it is not, or no longer, here. */
    synchronized Optional<Pending> remove(String id) {
        Pending pending = uploads.remove(id);
        if (pending != null) {
            bytes -= pending.bytes();
        }
        return Optional.ofNullable(pending);
    }

    synchronized int size() {
        return uploads.size();
    }

    Duration keepFor() {
        return keepFor;
    }

    private void expire() {
        long now = System.nanoTime();
        for (Iterator<Pending> it = uploads.values().iterator(); it.hasNext(); ) {
            Pending pending = it.next();
            if (now - pending.createdNanos() > keepFor.toNanos()) {
                it.remove();
                bytes -= pending.bytes();
            }
        }
    }

    static boolean isUploadId(String id) {
        return id.startsWith(ID_PREFIX);
    }
}
