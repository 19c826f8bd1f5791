package dev.collabgraph.bench.mutate;

import dev.collabgraph.bench.eval.Gold;

import java.util.List;
import java.util.Map;

/** Small synthetic documents and golds for the mutation tests. */
final class Documents {
    static final String CITY = "某某市";

    private Documents() {
    }

    static Gold gold(Gold.Task... tasks) {
        return new Gold("dev", "test", List.of(), new Gold.Document("t", "n", "d", CITY), List.of(tasks), List.of(),
                List.of(), Map.of(), List.of());
    }

    static Gold.Task task(String anchor, String title, Gold.Unit... units) {
        return new Gold.Task(anchor, title, null, List.of(units));
    }

    static Gold.Unit lead(String name) {
        return new Gold.Unit(name, "lead");
    }

    static Gold.Unit co(String name) {
        return new Gold.Unit(name, "co");
    }

    static Gold.Unit responsible(String name) {
        return new Gold.Unit(name, "unspecified");
    }

    /** The text with every line break and the blanks of a line's ends dropped: what a layout change keeps. */
    static String content(String text) {
        return text.replaceAll("\\s+", "");
    }

    /** The anchors all found in the text, in order. */
    static boolean anchorsFound(MutatedDocument document) {
        return AnchorSpans.locate(document.text(), document.gold().tasks()).stream().allMatch(s -> s != null);
    }
}
