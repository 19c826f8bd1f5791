package dev.collabgraph.app.explore;

import dev.collabgraph.store.CypherFiles;
import dev.collabgraph.store.CypherStatement;
import dev.collabgraph.store.GraphStore;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The sentences around quotes, so that evidence can be shown in context. One query per answer fetches a small window
 * of text around every quote at once: never whole documents (a node named in 2,000 documents would otherwise read
 * them all), never a query per quote.
 */
final class DocumentTexts {
    private static final CypherStatement WINDOWS = CypherFiles.load("queries/explore/findTextWindows");
    private static final String TERMINATORS = "。！？；!?;\t";
    private static final int MAX_REACH = 160;

    private final GraphStore store;

    DocumentTexts(GraphStore store) {
        this.store = store;
    }

    /** A quote whose sentence is wanted. */
    record Span(String document, int start, int end) {
    }

    /** The sentence around each span (same order; null where the document or offsets are unknown). */
    List<String> contexts(List<Span> spans) {
        List<Map<String, Object>> arguments = new ArrayList<>();
        for (int i = 0; i < spans.size(); i++) {
            Span span = spans.get(i);
            if (span.document() != null && span.start() >= 0 && span.start() < span.end()) {
                arguments.add(Map.of("key", i, "document", span.document(), "start", span.start(), "end", span.end()));
            }
        }
        List<String> out = new ArrayList<>(Collections.nCopies(spans.size(), (String) null));
        if (arguments.isEmpty()) {
            return out;
        }
        Map<Integer, String> found = new HashMap<>();
        store.read(WINDOWS, Map.of("spans", arguments, "reach", MAX_REACH), r -> {
            int key = r.get("key").asInt();
            Span span = spans.get(key);
            found.put(key, sentence(r.get("window").asString(null), r.get("from").asInt(), span.start(), span.end()));
            return r;
        });
        found.forEach(out::set);
        return out;
    }

    /** The sentence around [start, end) inside a window of the text that begins at offset {@code from}. */
    static String sentence(String window, int from, int start, int end) {
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
        return window.substring(left, right).strip();
    }
}
