package dev.collabgraph.app.query;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.List;
import java.util.Map;

/**
 * CSV that spreadsheets open correctly: UTF-8 with a byte-order mark (Excel needs it for Chinese), every field
 * quoted, quotes doubled, CRLF line ends. Nodes print as their names, lists joined with "; ", maps as JSON.
 */
public final class Csv {
    public static final String CONTENT_TYPE = "text/csv; charset=utf-8";
    private static final ObjectMapper JSON = new ObjectMapper();

    private Csv() {
    }

    public static String of(List<String> columns, List<? extends List<?>> rows) {
        StringBuilder out = new StringBuilder("\uFEFF");
        line(out, columns);
        for (List<?> row : rows) {
            line(out, row);
        }
        return out.toString();
    }

    private static void line(StringBuilder out, List<?> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append('"').append(text(fields.get(i)).replace("\"", "\"\"")).append('"');
        }
        out.append("\r\n");
    }

    static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Map<?, ?> map && map.containsKey("name") && map.containsKey("label")) {
            return String.valueOf(map.get("name"));
        }
        if (value instanceof List<?> list) {
            StringBuilder joined = new StringBuilder();
            for (Object item : list) {
                joined.append(joined.length() == 0 ? "" : "; ").append(text(item));
            }
            return joined.toString();
        }
        if (value instanceof Map<?, ?>) {
            try {
                return JSON.writeValueAsString(value);
            } catch (JsonProcessingException e) {
                return value.toString();
            }
        }
        return value.toString();
    }
}
