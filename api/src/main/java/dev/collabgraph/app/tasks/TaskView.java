package dev.collabgraph.app.tasks;

import dev.collabgraph.app.explore.GraphPayload;

import java.util.List;

/**
 * A task of a document with its responsible units in note order (role lead/co when the document says), its
 * quantified targets and the annex rows that detail it; {@code graph} is its subgraph when one task is asked for.
 */
public record TaskView(String id, long number, String title, String document, String section, List<UnitRole> units,
                       List<TargetView> targets, List<AnnexView> annex, GraphPayload graph) {

    /** A responsible unit and its role. */
    public record UnitRole(String id, String name, String role) {
    }

    /** A quantified goal. */
    public record TargetView(String id, String name, String metric, Double value, String unit, Long year,
                             String comparator) {
    }

    /** An annex row detailing the task. */
    public record AnnexView(String id, Long number, String title, String work, Long year, List<UnitRole> units) {
    }
}
