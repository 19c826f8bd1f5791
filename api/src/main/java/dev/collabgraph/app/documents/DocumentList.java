package dev.collabgraph.app.documents;

import org.neo4j.driver.Record;

import java.util.List;

/** A page of the loaded documents; {@code next} is the {@code skip} of the following page, null on the last. */
public record DocumentList(long total, List<Entry> documents, Integer next) {
    public DocumentList {
        documents = List.copyOf(documents);
    }

    /** One loaded document and what it holds. */
    public record Entry(String id, String title, String number, String date, String source, String format,
                        long characters, long tasks, long annexRows, long indicators, long entities,
                        List<String> warnings, long warningCount) {
        static Entry of(Record r) {
            return new Entry(r.get("id").asString(), r.get("title").asString(null), r.get("number").asString(null),
                    r.get("date").asString(null), r.get("source").asString(null), r.get("format").asString(null),
                    r.get("characters").asLong(), r.get("tasks").asLong(), r.get("annexRows").asLong(),
                    r.get("indicators").asLong(), r.get("entities").asLong(),
                    r.get("warnings").asList(v -> v.asString()), r.get("warningCount").asLong());
        }
    }
}
