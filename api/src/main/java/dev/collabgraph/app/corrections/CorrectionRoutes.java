package dev.collabgraph.app.corrections;

import dev.collabgraph.app.http.LocalizedResponse;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.collabgraph.app.documents.Editors;
import dev.collabgraph.app.http.Params;
import dev.collabgraph.store.Correction;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * HTTP for corrections: the list (open to readers), and making, undoing, exporting and importing them (editors).
 */
public final class CorrectionRoutes {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final CorrectionService corrections;
    private final Editors editors;

    public CorrectionRoutes(CorrectionService corrections, Editors editors) {
        this.corrections = corrections;
        this.editors = editors;
    }

    public void register(RoutesConfig routes) {
        routes.get("/api/corrections", this::list);
        routes.post("/api/corrections", this::add);
        routes.get("/api/corrections/export", this::export);
        routes.post("/api/corrections/import", this::importAll);
        routes.delete("/api/corrections/{id}", this::undo);
    }

    private void list(Context ctx) {
        int skip = Params.integer(ctx, "skip", 0, 0, 1_000_000);
        int limit = Params.integer(ctx, "limit", 50, 1, 200);
        List<CorrectionService.Listed> page = corrections.list(skip, limit + 1);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("corrections", page.subList(0, Math.min(limit, page.size())));
        answer.put("next", page.size() > limit ? skip + limit : null);
        answer.put("writable", editors.writable());
        ctx.json(answer);
    }

    private void add(Context ctx) {
        String editor = editors.require(ctx);
        CorrectionRequest request = body(ctx, new TypeReference<>() { });
        ctx.status(201).json(corrections.add(request, editor));
    }

    private void undo(Context ctx) {
        String editor = editors.require(ctx);
        ctx.json(corrections.undo(ctx.pathParam("id"), editor));
    }

    /** Every correction as a JSON file, to import into another store. */
    private void export(Context ctx) {
        ctx.header("Content-Disposition", "attachment; filename=\"collabgraph-corrections.json\"");
        ctx.json(corrections.all());
    }

    private void importAll(Context ctx) {
        String editor = editors.require(ctx);
        List<Correction> list = body(ctx, new TypeReference<>() { });
        List<CorrectionService.Applied> applied = corrections.importAll(list, editor);
        Set<String> documents = new LinkedHashSet<>();
        Set<String> conflicts = new LinkedHashSet<>();
        applied.forEach(a -> {
            documents.addAll(a.documents());
            conflicts.addAll(a.conflicts());
        });
        ctx.json(Map.of("imported", applied.size(), "skipped", list.size() - applied.size(), "documents", documents,
                "conflicts", conflicts));
    }

    private static <T> T body(Context ctx, TypeReference<T> type) {
        try {
            T value = JSON.readValue(ctx.bodyAsBytes(), type);
            if (value == null) {
                throw LocalizedResponse.badRequest("The body is empty", "请求体为空", Map.of("field", "body"));
            }
            return value;
        } catch (IOException e) {
            String problem = e.getMessage().lines().findFirst().orElse("");
            throw LocalizedResponse.badRequest("The body is not the JSON this route takes: " + problem,
                    "请求体不是这个接口接受的 JSON：" + problem, Map.of("field", "body"));
        }
    }
}
