package dev.collabgraph.app.documents;

import java.util.List;

/**
 * What loading an uploaded document would do, shown before anything is written: what was read, what the
 * extraction warned about, which entities would be new and which would merge with ones the graph holds, and
 * whether the document is new, unchanged or replaces a loaded revision. Lists are cut at
 * {@link DocumentLibrary#LISTED}; the totals say how many there are.
 */
public record DocumentPreview(String id, String file, String format, long bytes, String documentId, String title,
                              String number, String date, Status status, LoadedDocument loaded, DocumentCounts counts,
                              List<String> warnings, int warningCount, List<PreviewEntity> newEntities,
                              int newEntityCount, List<PreviewEntity> mergedEntities, int mergedEntityCount,
                              long keptForSeconds) {
    public enum Status {
        /** No document of this id is loaded. */
        NEW,
        /** This exact file (same sha256) is loaded: loading changes nothing. */
        UNCHANGED,
        /** Another revision is loaded under this id: loading replaces it. */
        REPLACES
    }

    /** The revision loaded under the same id. */
    public record LoadedDocument(String title, String number, String date, String source) {
    }

    /** An entity of the upload; {@code existingName} is the name the graph knows it by when it merges. */
    public record PreviewEntity(String id, String name, String label, String existingName) {
    }
}
