package dev.collabgraph.app.explore;

import dev.collabgraph.store.CypherFiles;
import dev.collabgraph.store.CypherStatement;
import dev.collabgraph.store.GraphStore;

import java.util.ArrayList;
import java.util.Collections;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The sentences around quotes, so that evidence can be shown in context. One query per answer fetches a small window
 * of text around every quote at once: never whole documents (a node named in 2,000 documents would otherwise read
 * them all), never a query per quote. Sentences found are kept (a bounded number, most recently used) while the
 * graph stays the same size and for at most {@link #KEPT_FOR}: Neo4j reads a document's whole text to cut a window
 * from it, which was a third of a busy node's details on a 2,000-document store.
 */
final class DocumentTexts {
    private static final CypherStatement WINDOWS = CypherFiles.load("queries/explore/findTextWindows");
    /** About 100 characters each: some 10 MB at most. */
    static final int KEPT_SENTENCES = 50_000;
    /** A revision that keeps the graph's size is caught by this age. */
    static final Duration KEPT_FOR = Duration.ofMinutes(5);
    private static final String TERMINATORS = "。！？；!?;\t";
    private static final int MAX_REACH = 160;

    private final GraphStore store;
    private final GraphVersion version;
    private final Map<Span, Sentence> kept = new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Span, Sentence> eldest) {
            return size() > KEPT_SENTENCES;
        }
    };
    private Object keptVersion;
    private long keptSince;

    DocumentTexts(GraphStore store, GraphVersion version) {
        this.store = store;
        this.version = version;
    }

    /** A quote whose sentence is wanted. */
    record Span(String document, int start, int end) {
    }

    /** A sentence of a document's text and the offset of its first character. */
    record Sentence(String text, int start) {
    }

    /** The sentence around each span (same order; null where the document or offsets are unknown). */
    List<Sentence> contexts(List<Span> spans) {
        List<Sentence> out = new ArrayList<>(Collections.nCopies(spans.size(), (Sentence) null));
        Object now = version.current();
        List<Map<String, Object>> arguments = new ArrayList<>();
        synchronized (kept) {
            if (!now.equals(keptVersion) || System.nanoTime() - keptSince > KEPT_FOR.toNanos()) {
                kept.clear();
                keptVersion = now;
                keptSince = System.nanoTime();
            }
            for (int i = 0; i < spans.size(); i++) {
                Span span = spans.get(i);
                Sentence sentence = kept.get(span);
                if (sentence != null) {
                    out.set(i, sentence);
                } else if (span.document() != null && span.start() >= 0 && span.start() < span.end()) {
                    arguments.add(Map.of("key", i, "document", span.document(), "start", span.start(), "end", span.end()));
                }
            }
        }
        if (arguments.isEmpty()) {
            return out;
        }
        Map<Integer, Sentence> found = new HashMap<>();
        store.read(WINDOWS, Map.of("spans", arguments, "reach", MAX_REACH), r -> {
            int key = r.get("key").asInt();
            Span span = spans.get(key);
            found.put(key, locate(r.get("window").asString(null), r.get("from").asInt(), span.start(), span.end()));
            return r;
        });
        synchronized (kept) {
            boolean sameGraph = now.equals(keptVersion);
            found.forEach((key, sentence) -> {
                out.set(key, sentence);
                if (sameGraph && sentence != null) {
                    kept.put(spans.get(key), sentence);
                }
            });
        }
        return out;
    }

    /** The sentence around [start, end) inside a window of the text that begins at offset {@code from}. */
    static String sentence(String window, int from, int start, int end) {
        Sentence sentence = locate(window, from, start, end);
        return sentence == null ? null : sentence.text();
    }

    /** As {@link #sentence}, with the document offset where the sentence begins. */
    static Sentence locate(String window, int from, int start, int end) {
        if (window == null || end - from > window.length()) {
            return null;
        }
        int s = start - from;
        int e = end - from;
        int left = s;
        while (left > 0 && TERMINATORS.indexOf(window.charAt(left - 1)) < 0) {
            left--;
        }
        int right = e;
        while (right < window.length() && TERMINATORS.indexOf(window.charAt(right - 1)) < 0) {
            right++;
        }
        while (left < right && Character.isWhitespace(window.charAt(left))) {
            left++;
        }
        return new Sentence(window.substring(left, right).strip(), from + left);
    }
}
