package dev.collabgraph.app.analysis;

import com.fasterxml.jackson.databind.JsonNode;
import dev.collabgraph.app.http.SeededServer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Test helper: the rows of one gap from {@code /api/gaps/{name}}, each as column → value. */
final class GapRows {
    private GapRows() {
    }

    static List<Map<String, JsonNode>> of(SeededServer server, String gap) throws Exception {
        JsonNode body = Get.of(server, "/api/gaps/" + gap).json();
        List<String> columns = new ArrayList<>();
        body.path("columns").forEach(c -> columns.add(c.asText()));
        List<Map<String, JsonNode>> out = new ArrayList<>();
        for (JsonNode row : body.path("rows")) {
            Map<String, JsonNode> m = new LinkedHashMap<>();
            for (int i = 0; i < columns.size(); i++) {
                m.put(columns.get(i), row.get(i));
            }
            out.add(m);
        }
        return out;
    }
}
