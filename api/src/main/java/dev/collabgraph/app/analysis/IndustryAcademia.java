package dev.collabgraph.app.analysis;

import dev.collabgraph.app.explore.EvidenceView;
import dev.collabgraph.app.query.Csv;
import dev.collabgraph.store.CypherFiles;
import dev.collabgraph.store.CypherStatement;
import dev.collabgraph.store.GraphStore;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The industry–academia links of the graph, filtered by industry and by university. */
public final class IndustryAcademia {
    private static final CypherStatement LINKS = CypherFiles.load("queries/links/listIndustryAcademiaLinks");
    /** Rows of the list (one per university, type and partner); a corpus of thousands of documents is cut here. */
    static final int MAX_LINKS = 2_000;
    private final GraphStore store;

    public IndustryAcademia(GraphStore store) {
        this.store = store;
    }

    /** The links; {@code industry} and {@code university} (id or name, null for any) narrow them. */
    public List<IndustryAcademiaLink> links(String industry, String university) {
        Map<String, Object> args = new HashMap<>();
        args.put("industry", industry);
        args.put("university", university);
        args.put("limit", MAX_LINKS);
        return store.read(LINKS, args, IndustryAcademia::link);
    }

    /** The links as CSV for spreadsheets. */
    public static String csv(List<IndustryAcademiaLink> links) {
        return Csv.of(IndustryAcademiaLink.COLUMNS,
                links.stream().map(IndustryAcademiaLink::csvRow).toList());
    }

    private static IndustryAcademiaLink link(Record r) {
        List<String> quotes = r.get("quotes").asList(Value::asString);
        List<Integer> starts = r.get("starts").asList(Value::asInt);
        List<Integer> ends = r.get("ends").asList(Value::asInt);
        List<String> rules = r.get("rules").asList(Value::asString);
        String document = r.get("document").asString(null);
        List<EvidenceView> evidence = new ArrayList<>();
        for (int i = 0; i < quotes.size(); i++) {
            evidence.add(new EvidenceView(quotes.get(i), i < starts.size() ? starts.get(i) : -1,
                    i < ends.size() ? ends.get(i) : -1, i < rules.size() ? rules.get(i) : null, document, null));
        }
        return new IndustryAcademiaLink(r.get("universityId").asString(), r.get("university").asString(),
                r.get("type").asString(), r.get("outgoing").asBoolean(), r.get("partnerId").asString(),
                r.get("partnerLabel").asString(), r.get("partner").asString(),
                r.get("industries").asList(Value::asString), evidence);
    }
}
