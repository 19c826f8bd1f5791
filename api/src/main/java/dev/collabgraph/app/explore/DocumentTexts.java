package dev.collabgraph.app.explore;

import dev.collabgraph.store.CypherFiles;
import dev.collabgraph.store.CypherStatement;
import dev.collabgraph.store.GraphStore;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The original texts of documents, read once and kept for the most recently used documents, so that evidence
 * can be shown in its sentence. A text is cached with its sha256 and re-read when a document is reloaded.
 */
final class DocumentTexts {
    private static final CypherStatement FIND_TEXT = CypherFiles.load("queries/explore/findDocumentText");
    private static final int CACHED_DOCUMENTS = 32;
    private static final String TERMINATORS = "。！？；!?;\t";
    private static final int MAX_REACH = 160;

    private final GraphStore store;
    private final Map<String, String> texts = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
            return size() > CACHED_DOCUMENTS;
        }
    };

    DocumentTexts(GraphStore store) {
        this.store = store;
    }

    /** The sentence around [start, end) of the document's text, or null when the text is not available. */
    String context(String documentId, int start, int end) {
        String text = text(documentId).orElse(null);
        if (text == null || start < 0 || end > text.length() || start >= end) {
            return null;
        }
        int from = start;
        while (from > 0 && start - from < MAX_REACH && TERMINATORS.indexOf(text.charAt(from - 1)) < 0) {
            from--;
        }
        int to = end;
        while (to < text.length() && to - end < MAX_REACH && TERMINATORS.indexOf(text.charAt(to - 1)) < 0) {
            to++;
        }
        return text.substring(from, to).strip();
    }

    private Optional<String> text(String documentId) {
        if (documentId == null) {
            return Optional.empty();
        }
        synchronized (texts) {
            String cached = texts.get(documentId);
            if (cached != null) {
                return Optional.of(cached);
            }
        }
        List<String> found = store.read(FIND_TEXT, Map.of("id", documentId), r -> r.get("text").asString(null));
        String text = found.isEmpty() ? null : found.get(0);
        if (text != null) {
            synchronized (texts) {
                texts.put(documentId, text);
            }
        }
        return Optional.ofNullable(text);
    }

    /** Forgets every cached text, after documents were (re)loaded. */
    void clear() {
        synchronized (texts) {
            texts.clear();
        }
    }
}
