package dev.collabgraph.app.documents;

import dev.collabgraph.app.reference.ReferenceData;
import dev.collabgraph.loader.extract.Extractor;
import dev.collabgraph.loader.text.DocumentFormat;
import dev.collabgraph.loader.text.DocumentReader;
import dev.collabgraph.model.ExtractedGraph;
import dev.collabgraph.model.Node;
import dev.collabgraph.store.CypherFiles;
import dev.collabgraph.store.CypherStatement;
import dev.collabgraph.store.GraphStore;
import dev.collabgraph.store.GraphWriter;
import dev.collabgraph.store.WriteSummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Documents added and removed through the server: an upload is extracted and previewed first, kept in
 * {@link PendingUploads} until its editor loads or discards it; loading writes it in one transaction exactly as
 * {@code collabgraph load} does (then merges the reference data, as the command does). Writes through one server
 * take turns; extraction runs for a few uploads at once and sheds the rest, as it is the costly part.
 */
public final class DocumentLibrary {
    private static final Logger LOG = LoggerFactory.getLogger(DocumentLibrary.class);
    private static final CypherStatement LIST = CypherFiles.load("queries/documents/listDocuments");
    private static final CypherStatement COUNT = CypherFiles.load("queries/stats/countDocuments");
    private static final CypherStatement EXISTING = CypherFiles.load("queries/documents/findExistingEntities");
    private static final CypherStatement LOADED = CypherFiles.load("queries/documents/findLoadedDocument");
    /** Entities and warnings listed in a preview; the totals say how many more there are. */
    static final int LISTED = 200;
    /** How long a write waits for the one before it before the request is answered 503. */
    static final Duration WRITE_WAIT = Duration.ofSeconds(60);

    private final GraphStore store;
    private final long maxUploadBytes;
    private final PendingUploads uploads;
    private final Semaphore extracting;
    private final ReentrantLock writing = new ReentrantLock(true);

    public DocumentLibrary(GraphStore store, long maxUploadBytes) {
        this(store, maxUploadBytes, new PendingUploads(16, 4 * maxUploadBytes, Duration.ofMinutes(30)));
    }

    DocumentLibrary(GraphStore store, long maxUploadBytes, PendingUploads uploads) {
        this.store = store;
        this.maxUploadBytes = maxUploadBytes;
        this.uploads = uploads;
        this.extracting = new Semaphore(Math.max(1, Runtime.getRuntime().availableProcessors() / 2));
    }

    public long maxUploadBytes() {
        return maxUploadBytes;
    }

    /** A page of the loaded documents, newest first. */
    public DocumentList list(int skip, int limit) {
        long total = store.read(COUNT, Map.of(), r -> r.get("documents").asLong()).get(0);
        List<DocumentList.Entry> documents = store.read(LIST, Map.of("skip", skip, "limit", limit),
                DocumentList.Entry::of);
        Integer next = skip + documents.size() < total ? skip + documents.size() : null;
        return new DocumentList(total, documents, next);
    }

    /**
     * Extracts an uploaded file and tells what loading it would do; nothing is written. Empty when the server is
     * already extracting as many uploads as it may (the caller answers 503).
     */
    public Optional<DocumentPreview> preview(String fileName, byte[] bytes, String editor) {
        String extension = DocumentFormat.extension(fileName);
        if (!DocumentFormat.EXTENSIONS.contains(extension)) {
            throw new UnsupportedDocumentException(fileName, (extension.isEmpty() ? "a file without an extension" : "." + extension + " files")
                    + " are not read: send a .txt, .docx, .doc, .odt, .xlsx, .rtf, .ofd, .pdf or .html document");
        }
        if (!extracting.tryAcquire()) {
            return Optional.empty();
        }
        ExtractedGraph graph;
        try {
            graph = Extractor.extract(DocumentReader.decode(fileName, bytes));
        } finally {
            extracting.release();
        }
        PendingUploads.Pending pending = uploads.add(fileName, bytes.length, graph, editor);
        LOG.info("{} uploaded {} ({} bytes) as {}: document {}", editor, fileName, bytes.length, pending.id(),
                graph.document().id());
        return Optional.of(describe(pending));
    }

    /** The preview of an upload still waiting; empty when it was loaded, discarded or has expired. */
    public Optional<DocumentPreview> findPreview(String uploadId) {
        return uploads.find(uploadId).map(this::describe);
    }

    /** Loads an upload in one transaction; empty when it is not (or no longer) waiting. */
    public Optional<Loaded> commit(String uploadId, String editor) {
        PendingUploads.Pending pending = uploads.find(uploadId).orElse(null);
        if (pending == null) {
            return Optional.empty();
        }
        WriteSummary summary = inTurn(() -> {
            // the editor saw in the preview whether it replaces a loaded revision: that was the question to ask
            WriteSummary written = GraphWriter.write(store, pending.graph(), GraphWriter.OnConflict.REPLACE);
            ReferenceData.load(store);
            return written;
        });
        uploads.remove(uploadId);
        LOG.info("{} loaded {} from {} ({}): {} nodes created, {} relationships", editor, summary.documentId(),
                pending.fileName(), uploadId, summary.nodesCreated().values().stream().mapToInt(Integer::intValue).sum(),
                summary.relationshipsCreated().values().stream().mapToInt(Integer::intValue).sum());
        return Optional.of(new Loaded(summary.documentId(), pending.graph().document().title(), summary));
    }

    /** Drops an upload without writing anything; false when it was not waiting. */
    public boolean discard(String uploadId, String editor) {
        boolean discarded = uploads.remove(uploadId).isPresent();
        if (discarded) {
            LOG.info("{} discarded {}", editor, uploadId);
        }
        return discarded;
    }

    /** Removes a loaded document and what only it said ({@link GraphWriter#remove}). */
    public WriteSummary remove(String documentId, String editor) {
        WriteSummary summary = inTurn(() -> GraphWriter.remove(store, documentId));
        LOG.info("{} removed document {}: {} nodes and {} relationships deleted", editor, documentId,
                summary.nodesDeleted().values().stream().mapToInt(Integer::intValue).sum(),
                summary.relationshipsDeleted().values().stream().mapToInt(Integer::intValue).sum());
        return summary;
    }

    /** What a commit wrote. */
    public record Loaded(String documentId, String title, WriteSummary summary) {
    }

    private DocumentPreview describe(PendingUploads.Pending pending) {
        ExtractedGraph graph = pending.graph();
        String documentId = graph.document().id();
        List<Node> entities = graph.nodes().stream().filter(n -> n.label().isEntity()).toList();
        Map<String, String> existing = new HashMap<>();
        store.read(EXISTING, Map.of("ids", entities.stream().map(Node::id).toList()),
                r -> existing.put(r.get("id").asString(), r.get("name").asString()));
        List<DocumentPreview.PreviewEntity> created = new ArrayList<>();
        List<DocumentPreview.PreviewEntity> merged = new ArrayList<>();
        int createdCount = 0;
        for (Node node : entities) {
            String known = existing.get(node.id());
            List<DocumentPreview.PreviewEntity> list = known == null ? created : merged;
            createdCount += known == null ? 1 : 0;
            if (list.size() < LISTED) {
                list.add(new DocumentPreview.PreviewEntity(node.id(), node.name(), node.label().name(), known));
            }
        }
        List<Map.Entry<DocumentPreview.LoadedDocument, String>> loaded = store.read(LOADED, Map.of("id", documentId),
                r -> Map.entry(new DocumentPreview.LoadedDocument(r.get("title").asString(null),
                        r.get("number").asString(null), r.get("date").asString(null), r.get("source").asString(null)),
                        r.get("sha256").asString("")));
        DocumentPreview.Status status = loaded.isEmpty() ? DocumentPreview.Status.NEW
                : graph.document().sha256().equals(loaded.get(0).getValue()) ? DocumentPreview.Status.UNCHANGED
                : DocumentPreview.Status.REPLACES;
        long keptFor = Math.max(0, pending.createdNanos() + uploads.keepFor().toNanos() - System.nanoTime());
        String format = graph.nodes().stream().filter(n -> n.id().equals(documentId)).findFirst()
                .map(n -> String.valueOf(n.properties().getOrDefault("charset", ""))).orElse("");
        return new DocumentPreview(pending.id(), pending.fileName(), format, pending.bytes(), documentId,
                graph.document().title(), graph.document().number(), graph.document().date(), status,
                loaded.isEmpty() ? null : loaded.get(0).getKey(), DocumentCounts.of(graph),
                graph.warnings().subList(0, Math.min(LISTED, graph.warnings().size())), graph.warnings().size(),
                created, createdCount, merged, entities.size() - createdCount, TimeUnit.NANOSECONDS.toSeconds(keptFor));
    }

    private <T> T inTurn(java.util.function.Supplier<T> write) {
        try {
            if (!writing.tryLock(WRITE_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new WriteBusyException();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new WriteBusyException();
        }
        try {
            return write.get();
        } finally {
            writing.unlock();
        }
    }

    /** Another write held the graph for longer than {@link #WRITE_WAIT}: try again later (503). */
    public static final class WriteBusyException extends RuntimeException {
        WriteBusyException() {
            super("Another document is being written; try again in a moment");
        }
    }

    /** A file of a kind the loader does not read (415). */
    public static final class UnsupportedDocumentException extends RuntimeException {
        UnsupportedDocumentException(String file, String problem) {
            super(file + ": " + problem);
        }
    }
}
