package dev.collabgraph.store;

import org.neo4j.driver.Record;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The revision of a document that is loaded, as {@code lockDocumentRevision} reads it ({@code fresh}: none is, the
 * id was only taken for this write): its sha256, where it came from and what it named
 * (entity ids, and the aliases it gave as parallel lists), and which corrections changed it. A new revision compares itself with it to know what
 * it lets go of.
 */
record LoadedRevision(boolean fresh, String sha256, DocumentOrigin origin, List<String> entityIds, List<String> aliasIds,
                      List<String> aliases, List<String> corrections) {
    static LoadedRevision of(Record row) {
        return new LoadedRevision(row.get("fresh").asBoolean(), row.get("sha256").asString(null), new DocumentOrigin(row.get("number").asString(null),
                row.get("title").asString(null), row.get("source").asString(null)),
                row.get("entityIds").asList(v -> v.asString()),
                row.get("aliasIds").asList(v -> v.asString()), row.get("aliases").asList(v -> v.asString()),
                row.get("corrections").asList(v -> v.asString()));
    }

    /** Entities this revision named that {@code plan} does not. */
    List<String> released(WritePlan plan) {
        Set<String> kept = new HashSet<>(plan.entityIds());
        return entityIds.stream().filter(id -> !kept.contains(id)).toList();
    }

    /** {@code {id, alias}} rows for every alias this revision gave (its document is being removed). */
    List<Map<String, Object>> givenAliases() {
        Set<List<String>> given = new LinkedHashSet<>();
        for (int i = 0; i < aliasIds.size(); i++) {
            given.add(List.of(aliasIds.get(i), aliases.get(i)));
        }
        List<Map<String, Object>> rows = new ArrayList<>(given.size());
        given.forEach(pair -> rows.add(Map.of("id", pair.get(0), "alias", pair.get(1))));
        return rows;
    }

    /** {@code {id, alias}} rows for the aliases this revision gave that {@code plan} does not give. */
    List<Map<String, Object>> takenBackAliases(WritePlan plan) {
        Set<List<Object>> given = new HashSet<>();
        for (int i = 0; i < plan.aliasIds().size(); i++) {
            given.add(List.of(plan.aliasIds().get(i), plan.aliases().get(i)));
        }
        return givenAliases().stream().filter(row -> !given.contains(List.of(row.get("id"), row.get("alias")))).toList();
    }
}
