package dev.collabgraph.app.explore;

import java.util.List;
import java.util.Map;

/**
 * What the details panel shows about one node, bounded whatever the corpus: counts first ({@code degree} per
 * relationship type, {@code tasksTotal}, {@code relationsTotal}), then the first page of its tasks ({@code tasksNext}
 * is the {@code skip} of the next page, from {@code /api/nodes/{id}/tasks}; null on the last) and one page of its relations grouped by type, direction and partner (of {@code relationsTotal} groups;
 * {@code relationsNext} is the {@code skip} of the next page, null on the last), each with a few quotes from
 * different documents; the rest of a group's quotes come from {@code /api/nodes/{id}/evidence}. {@code sameName} lists
 * the other nodes of the same name (徐州高新区 the park and 徐州高新区 the responsible unit, its committee), a few at most.
 */
public record NodeDetails(String id, String label, String name, List<String> aliases, Map<String, Object> properties,
                          Map<String, Long> degree, List<TaskRef> tasks, long tasksTotal, Integer tasksNext,
                          List<Relation> relations,
                          long relationsTotal, Integer relationsNext, List<Ref> sameName) {

    /**
     * A task or annex row the node is responsible for ({@code via} RESPONSIBLE_FOR, with its role) or named in, with
     * the quote that says so in its sentence (null when the relationship holds none).
     */
    public record TaskRef(String id, String label, Long number, String title, String document, String role,
                          String via, EvidenceView evidence) {
    }

    /**
     * The relationships of one type and direction with one other node: how many there are (one per document that
     * states it), how many quotes they hold, and the first few of those quotes.
     */
    public record Relation(String type, String direction, Ref node, String role, long relationships, long quoteCount,
                           List<EvidenceView> evidence) {
    }

    /** A reference to another node. */
    public record Ref(String id, String label, String name) {
    }

    /** A page of a node's tasks: {@code next} is the {@code skip} of the next page, null on the last. */
    public record TaskPage(long total, List<TaskRef> tasks, Integer next) {
    }

    /** A page of the quotes behind one relation: {@code next} is the {@code skip} of the next page, null on the last. */
    public record EvidencePage(long total, List<EvidenceView> evidence, Integer next) {
    }
}
