package dev.collabgraph.bench;

import dev.collabgraph.app.explore.ExploreQueries;
import dev.collabgraph.store.CypherFiles;
import dev.collabgraph.store.CypherParam;
import dev.collabgraph.store.CypherStatement;
import dev.collabgraph.store.GraphStore;
import dev.collabgraph.store.QueryProfile;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Every named read query of {@code cypher/queries} profiled on a store: rows, database hits and time, with sample
 * arguments taken from the store itself (its best connected university and enterprise, its newest document), so
 * that a query which visits the whole corpus shows as one.
 */
public final class QueryProfiles {
    private QueryProfiles() {
    }

    /** One query's profile, or the reason it could not be profiled (a timeout, a failure). */
    public record Row(String name, QueryProfile profile, String failure) {
    }

    public static List<Row> run(GraphStore store, Duration timeout, Consumer<String> progress) {
        Map<String, Object> samples = samples(store);
        List<Row> rows = new ArrayList<>();
        for (String name : CypherFiles.names()) {
            if (!name.startsWith("queries/")) {
                continue;
            }
            CypherStatement statement = CypherFiles.load(name);
            Map<String, Object> arguments = new HashMap<>();
            for (CypherParam param : statement.params()) {
                arguments.put(param.name(), samples.get(param.name()));
            }
            progress.accept(name);
            try {
                rows.add(new Row(name, store.profile(statement, arguments, timeout), null));
            } catch (RuntimeException e) {
                String message = String.valueOf(e.getMessage());
                rows.add(new Row(name, null, message.contains("timeout") || message.contains("terminated")
                        ? "stopped at the " + timeout.toSeconds() + " s limit" : "failed: " + message.lines().findFirst().orElse("")));
            }
        }
        return rows;
    }

    private static Map<String, Object> samples(GraphStore store) {
        ExploreQueries explore = new ExploreQueries(store);
        String university = explore.bestConnected("University").orElse(null);
        String enterprise = explore.bestConnected("Enterprise").orElse(null);
        Map<String, Object> s = new HashMap<>();
        s.put("id", university);
        s.put("other", enterprise);
        s.put("from", enterprise);
        s.put("to", university);
        s.put("ids", List.of(university, enterprise));
        s.put("type", "CO_PARTICIPATES");
        s.put("labels", List.of());
        s.put("types", List.of());
        s.put("limit", 50);
        s.put("skip", 0);
        s.put("quotes", 3);
        s.put("maxHops", 4);
        s.put("number", 1);
        s.put("query", "大学");
        s.put("pinyinQuery", "daxue");
        s.put("text", "大学");
        s.put("reach", 160);
        s.put("elementIds", List.of());
        s.put("spans", List.of());
        var documents = explore.stats().documents();
        s.put("document", documents.isEmpty() ? null : documents.get(0).id());
        return s;
    }

}
