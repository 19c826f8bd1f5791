package dev.collabgraph.bench.eval;

import java.util.List;
import java.util.Map;

/**
 * How one document's extraction compares with its gold, as tallies that add up over documents, and the misses
 * (for {@code eval --explain}).
 *
 * @param tasks         gold tasks found / extracted tasks that are gold tasks
 * @param titles        gold tasks whose title was read exactly
 * @param responsibilities (task, unit) pairs of the notes
 * @param roles         of the pairs found, those with the gold role
 * @param annexRows     gold annex rows found / extracted rows that are gold rows
 * @param annexResponsibilities (row, unit) pairs of the annex tables
 * @param indicatorValues (indicator, year) values read exactly
 * @param entities      per type (University … Region)
 * @param industryAcademia (university, partner) pairs linked by a relationship other than a mention
 */
public record DocumentScore(String name, Gold gold, Tally tasks, Tally titles, Tally responsibilities, Tally roles,
                            Tally annexRows, Tally annexResponsibilities, Tally indicatorValues,
                            Map<String, Tally> entities, Tally industryAcademia, List<String> misses) {
    public static final List<String> TYPES = List.of("University", "Enterprise", "Platform", "Park", "Unit", "Industry",
            "Region");

    /** The mean of the seven types' F1. */
    public double entityMacroF1() {
        return Evaluation.entityMacroF1(entities);
    }

    /** This score with {@code miss} listed before the others. */
    DocumentScore withFirstMiss(String miss) {
        List<String> all = new java.util.ArrayList<>(misses.size() + 1);
        all.add(miss);
        all.addAll(misses);
        return new DocumentScore(name, gold, tasks, titles, responsibilities, roles, annexRows, annexResponsibilities,
                indicatorValues, entities, industryAcademia, List.copyOf(all));
    }
}
