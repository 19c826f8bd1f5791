package dev.collabgraph.app.tasks;

import dev.collabgraph.app.explore.ExploreQueries;
import dev.collabgraph.app.explore.GraphPayload;
import dev.collabgraph.store.CypherFiles;
import dev.collabgraph.store.CypherStatement;
import dev.collabgraph.store.GraphStore;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Tasks, their units, targets and annex rows, and the indicator tables: the planners' view of the plan. */
public final class TaskQueries {
    private static final CypherStatement TASKS = CypherFiles.load("queries/explore/listTasks");
    private static final CypherStatement INDICATORS = CypherFiles.load("queries/explore/listIndicators");

    /** Tasks of one number looked at when no document is given: enough to tell "several documents" apart. */
    private static final int MAX_SAME_NUMBER = 2;

    private final GraphStore store;
    private final ExploreQueries explore;

    public TaskQueries(GraphStore store, ExploreQueries explore) {
        this.store = store;
        this.explore = explore;
    }

    /** A page of the tasks (of one document, or of all in document order): {@code limit} from {@code skip} on. */
    public List<TaskView> tasks(String document, int skip, int limit) {
        return read(document, null, skip, limit);
    }

    /** The tasks numbered {@code number} (one per document unless {@code document} is given), with subgraphs. */
    public List<TaskView> task(String document, int number) {
        List<TaskView> out = new ArrayList<>();
        // one per document at most; a corpus of thousands of documents is not listed whole
        for (TaskView t : read(document, number, 0, MAX_SAME_NUMBER)) {
            GraphPayload graph = explore.neighbors(t.id(), List.of(), List.of(), 500).orElseThrow();
            out.add(new TaskView(t.id(), t.number(), t.title(), t.document(), t.section(), t.units(), t.targets(),
                    t.annex(), graph));
        }
        return out;
    }

    /** A page of the indicator rows, in document and row order. */
    public List<IndicatorView> indicators(int skip, int limit) {
        return store.read(INDICATORS, Map.of("skip", skip, "limit", limit), r -> {
            List<String> years = r.get("years").asList(Value::asString);
            List<Double> values = r.get("values").asList(Value::asDouble);
            Map<String, Double> byYear = new LinkedHashMap<>();
            for (int i = 0; i < years.size() && i < values.size(); i++) {
                byYear.put(years.get(i), values.get(i));
            }
            return new IndicatorView(r.get("id").asString(), r.get("name").asString(""), r.get("unit").asString(""),
                    byYear, r.get("atLeastYears").asList(Value::asString), r.get("document").asString(null));
        });
    }

    private List<TaskView> read(String document, Integer number, int skip, int limit) {
        Map<String, Object> args = new HashMap<>();
        args.put("document", document);
        args.put("number", number);
        args.put("skip", skip);
        args.put("limit", limit);
        return store.read(TASKS, args, TaskQueries::task);
    }

    private static TaskView task(Record r) {
        List<TaskView.TargetView> targets = r.get("targets").asList(t -> new TaskView.TargetView(
                t.get("id").asString(), t.get("name").asString(""), t.get("metric").asString(""),
                t.get("value").isNull() ? null : t.get("value").asDouble(), t.get("unit").asString(""),
                t.get("year").isNull() ? null : t.get("year").asLong(), t.get("comparator").asString("")));
        List<TaskView.AnnexView> annex = r.get("annex").asList(a -> new TaskView.AnnexView(a.get("id").asString(),
                a.get("number").isNull() ? null : a.get("number").asLong(), a.get("title").asString(""),
                a.get("work").asString(""), a.get("year").isNull() ? null : a.get("year").asLong(), units(a.get("units"))));
        return new TaskView(r.get("id").asString(), r.get("number").asLong(), r.get("title").asString(""),
                r.get("document").asString(null), r.get("section").asString(null), units(r.get("units")), targets, annex,
                null);
    }

    private static List<TaskView.UnitRole> units(Value units) {
        return units.asList(u -> new TaskView.UnitRole(u.get("id").asString(), u.get("name").asString(""),
                u.get("role").asString(null)));
    }
}
