package dev.collabgraph.app.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.collabgraph.app.query.Csv;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** How an analysis command prints its rows: an aligned text table, CSV for spreadsheets, or JSON. */
enum OutputFormat {
    table, csv, json;

    /** Prints columns and rows as a table or CSV; JSON callers print their own records with {@link #json}. */
    void rows(PrintWriter out, List<String> columns, List<? extends List<?>> rows) {
        if (this == csv) {
            out.print(Csv.of(columns, rows));
            out.flush();
            return;
        }
        List<List<String>> cells = new ArrayList<>();
        cells.add(columns);
        rows.forEach(r -> cells.add(r.stream().map(OutputFormat::cell).toList()));
        int[] widths = new int[columns.size()];
        for (List<String> row : cells) {
            for (int i = 0; i < row.size() && i < widths.length; i++) {
                widths[i] = Math.max(widths[i], width(row.get(i)));
            }
        }
        for (List<String> row : cells) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.size(); i++) {
                line.append(row.get(i)).append(" ".repeat(i == row.size() - 1 ? 0 : widths[i] - width(row.get(i)) + 2));
            }
            out.println(line.toString().stripTrailing());
        }
        out.flush();
    }

    static void json(PrintWriter out, Object value) {
        try {
            out.println(Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(value));
            out.flush();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot print JSON", e);
        }
    }

    private static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof List<?> list) {
            return list.stream().map(OutputFormat::cell).collect(Collectors.joining(", "));
        }
        if (value instanceof Double d) {
            return d == Math.rint(d) ? String.valueOf(d.longValue()) : String.format("%.3f", d);
        }
        return String.valueOf(value).replace('\n', ' ');
    }

    /** Terminal columns: CJK characters take two. */
    private static int width(String s) {
        return s.codePoints().map(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
                || (c >= 0xFF00 && c <= 0xFFEF) || (c >= 0x3000 && c <= 0x303F) ? 2 : 1).sum();
    }
}
