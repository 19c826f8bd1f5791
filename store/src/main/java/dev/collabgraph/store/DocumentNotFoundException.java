package dev.collabgraph.store;

/** No document is loaded under the id a caller named (to remove it, for instance); nothing was changed. */
public final class DocumentNotFoundException extends IllegalArgumentException {
    private final String documentId;

    DocumentNotFoundException(String documentId) {
        super("No document is loaded under the id '" + documentId + "'");
        this.documentId = documentId;
    }

    public String documentId() {
        return documentId;
    }
}
