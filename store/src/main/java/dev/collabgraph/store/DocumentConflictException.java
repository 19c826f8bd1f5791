package dev.collabgraph.store;

/**
 * A document whose id is already taken by a different text from another file: loading it would replace that
 * document, so it is refused unless replacing was asked for. The message names both and is meant for the user.
 */
public final class DocumentConflictException extends IllegalArgumentException {
    private final String documentId;

    DocumentConflictException(String documentId, DocumentOrigin loaded, DocumentOrigin incoming) {
        super(documentId + ": another document is loaded under this id (" + loaded.describe() + "); this one ("
                + incoming.describe() + ") has a different text. Nothing was changed: check its 文号 and title, or "
                + "load it with --replace to replace the loaded one");
        this.documentId = documentId;
    }

    public String documentId() {
        return documentId;
    }
}
