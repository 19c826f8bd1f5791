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
import java.util.regex.Pattern;

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
    /** A line at least this long that ends without a sentence end may be prose wrapped at a fixed width. */
    private static final int WRAPPED_LINE = 22;
    /** A line ending like this ends its sentence or heading (a closing bracket, a colon). */
    private static final Pattern CLOSED_LINE = Pattern.compile("[）)】」』：:”\"]$");
    /** What opens a heading, an item or a table's header: the line it starts is never the rest of the one before. */
    private static final Pattern OPENS_PART = Pattern.compile(
            "^(?:[一二三四五六七八九十百]+、|[（(][一二三四五六七八九十\\d]{1,3}[）)]|\\d{1,3}(?:[、.．]|\\s)|第[一二三四五六七八九十百\\d]+[章节条部分项]"
                    + "|附件|附表|序号|（责任|\\(责任|[①-⑳])");

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

    /**
     * Whether the character at {@code at} ends a sentence: a sentence end, a table cell's tab, or a line break, unless
     * that break only wraps a long line of prose (a hard-wrapped text) and the next line opens no heading or item. A
     * heading line (（一）创新政府服务方式), a note line or an annex row ends at its line break, so that a quote's sentence
     * never runs on into the heading or row next to it.
     */
    static boolean endsSentence(String window, int at) {
        char c = window.charAt(at);
        if (TERMINATORS.indexOf(c) >= 0) {
            return true;
        }
        if (c != '\n' && c != '\r') {
            return false;
        }
        int lineStart = window.lastIndexOf('\n', at - 1) + 1;
        String line = window.substring(lineStart, at).strip();
        int next = at + 1;
        int nextEnd = window.indexOf('\n', next);
        String following = window.substring(next, nextEnd < 0 ? window.length() : nextEnd);
        boolean wrapped = line.length() >= WRAPPED_LINE && !CLOSED_LINE.matcher(line).find()
                && !following.isBlank() && !OPENS_PART.matcher(following.strip()).find();
        return !wrapped;
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
        while (left > 0 && !endsSentence(window, left - 1)) {
            left--;
        }
        int right = e;
        while (right < window.length() && !endsSentence(window, right - 1)) {
            right++;
        }
        while (left < right && Character.isWhitespace(window.charAt(left))) {
            left++;
        }
        return new Sentence(window.substring(left, right).strip(), from + left);
    }
}
