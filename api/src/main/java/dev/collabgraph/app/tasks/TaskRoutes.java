package dev.collabgraph.app.tasks;

import dev.collabgraph.app.http.LocalizedResponse;
import dev.collabgraph.app.explore.ExploreQueries;
import dev.collabgraph.app.http.Params;
import dev.collabgraph.app.http.ResponseCache;
import dev.collabgraph.store.GraphStore;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import java.util.List;
import java.util.function.BiFunction;
import java.util.Map;

/** HTTP for tasks and indicators. */
public final class TaskRoutes {
    static final String NEXT_SKIP = "X-Next-Skip";
    private final TaskQueries queries;

    public TaskRoutes(TaskQueries queries) {
        this.queries = queries;
    }

    /** The lists' pages are kept in {@code cache} per graph version, with their headers. */
    public void register(RoutesConfig routes, ResponseCache cache) {
        routes.get("/api/tasks", cache.answer(ctx -> page(ctx, cache, (skip, limit) ->
                queries.tasks(Params.optional(ctx, "document"), skip, limit))));
        routes.get("/api/tasks/{number}", this::task);
        routes.get("/api/indicators", cache.answer(ctx -> page(ctx, cache, queries::indicators)));
    }

    /**
     * A page of a list ({@code skip}, {@code limit}: 500 by default, 2,000 at most), still a JSON array; when it is
     * full, the {@code X-Next-Skip} header says where the next page starts.
     */
    private static ResponseCache.Answer page(Context ctx, ResponseCache cache,
            BiFunction<Integer, Integer, List<?>> read) {
        int skip = Params.integer(ctx, "skip", 0, 0, 10_000_000);
        int limit = Params.integer(ctx, "limit", 500, 1, 2_000);
        List<?> rows = read.apply(skip, limit);
        return cache.json(rows, rows.size() == limit ? Map.of(NEXT_SKIP, String.valueOf(skip + limit)) : Map.of());
    }

    private void task(Context ctx) {
        int number = Params.pathInteger(ctx, "number");
        String document = Params.optional(ctx, "document");
        List<TaskView> found = queries.task(document, number);
        if (found.isEmpty()) {
            throw LocalizedResponse.notFound("No task " + number + (document == null ? "" : " in document " + document),
                    (document == null ? "" : "文件“" + document + "”中") + "没有第 " + number + " 项任务",
                    Map.of("number", String.valueOf(number)));
        }
        if (found.size() > 1) {
            throw LocalizedResponse.badRequest("Several documents have a task " + number + ": give 'document'",
                    "多份文件都有第 " + number + " 项任务：请用参数 document 指明文件",
                    Map.of("parameter", "document", "message", "required when several documents are loaded"));
        }
        ctx.json(found.get(0));
    }

    /** Convenience for the server: task routes over the same explore queries. */
    public static TaskRoutes over(ExploreQueries explore, GraphStore store) {
        return new TaskRoutes(new TaskQueries(store, explore));
    }
}
