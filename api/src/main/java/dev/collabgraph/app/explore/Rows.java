package dev.collabgraph.app.explore;

import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

import java.util.ArrayList;
import java.util.List;

/** Mapping of query rows to the API's records, shared by the explore and task features. */
public final class Rows {
    private Rows() {
    }

    /** Evidence from the parallel lists {@code quotes, starts, ends, rules} of a row, without context. */
    static List<EvidenceView> evidenceLists(Record row) {
        List<String> quotes = row.get("quotes").asList(Value::asString);
        List<Integer> starts = row.get("starts").asList(Value::asInt);
        List<Integer> ends = row.get("ends").asList(Value::asInt);
        List<String> rules = row.get("rules").asList(Value::asString);
        List<EvidenceView> out = new ArrayList<>(quotes.size());
        for (int i = 0; i < quotes.size() && i < starts.size() && i < ends.size(); i++) {
            out.add(new EvidenceView(quotes.get(i), starts.get(i), ends.get(i), i < rules.size() ? rules.get(i) : null,
                    null, null));
        }
        return out;
    }

    /** One piece of evidence from a value or row with {@code document, quote, start, end, rule}, without context. */
    static EvidenceView evidence(org.neo4j.driver.types.MapAccessor value) {
        return new EvidenceView(value.get("quote").asString(""), value.get("start").asInt(0), value.get("end").asInt(0),
                value.get("rule").asString(null), value.get("document").asString(null), null);
    }

    public static GraphLink link(Record row) {
        return new GraphLink(row.get("source").asString(), row.get("target").asString(), row.get("type").asString(),
                evidenceLists(row));
    }

    public static GraphNode node(Record row) {
        return new GraphNode(row.get("id").asString(), row.get("label").asString(), row.get("name").asString(""),
                row.get("degree").asLong(0));
    }
}
