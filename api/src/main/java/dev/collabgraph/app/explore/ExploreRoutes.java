package dev.collabgraph.app.explore;

import dev.collabgraph.app.http.LocalizedResponse;
import dev.collabgraph.app.http.Params;
import dev.collabgraph.app.http.ResponseCache;
import dev.collabgraph.store.GraphStore;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Map;

/** HTTP for the explorer's reads: parameters in, {@link ExploreQueries} results out as JSON. */
public final class ExploreRoutes {
    private static final Logger LOG = LoggerFactory.getLogger(ExploreRoutes.class);
    /** Nodes in the overview unless the request asks for another number. */
    static final int OVERVIEW_LIMIT = 300;
    /** Paths shown side by side unless the request asks for another number, and the most it may ask for. */
    static final int DEFAULT_PATHS = 3;
    static final int MAX_PATHS = 10;
    /** Relation groups in a node's details unless the request asks for another number (the rest a page at a time). */
    public static final int FIRST_RELATIONS = 20;
    private final ExploreQueries queries;

    public ExploreRoutes(GraphStore store) {
        this.queries = new ExploreQueries(store);
    }

    public ExploreQueries queries() {
        return queries;
    }

    /** The routes; their answers are kept in {@code cache} while the graph stays as it was. */
    public void register(RoutesConfig routes, ResponseCache cache) {
        routes.get("/api/search", cache.json(this::search));
        routes.get("/api/nodes/{id}", cache.json(this::node));
        routes.get("/api/nodes/{id}/neighbors", cache.json(this::neighbors));
        routes.get("/api/nodes/{id}/evidence", cache.json(this::evidence));
        routes.get("/api/nodes/{id}/tasks", cache.json(this::tasks));
        routes.get("/api/graph", cache.json(this::graph));
        routes.get("/api/paths", cache.json(this::paths));
        routes.get("/api/stats", cache.json(ctx -> queries.stats()));
    }

    private Object search(Context ctx) {
        String q = Params.required(ctx, "q", 100);
        List<String> labels = Params.labels(ctx, "labels");
        int limit = Params.integer(ctx, "limit", 20, 1, 100);
        return Map.of("query", q, "results", queries.search(q, labels, limit));
    }

    private Object node(Context ctx) {
        String id = ctx.pathParam("id");
        int skip = Params.integer(ctx, "skip", 0, 0, 1_000_000);
        int limit = Params.integer(ctx, "limit", FIRST_RELATIONS, 1, 200);
        return queries.node(id, skip, limit).orElseThrow(() -> notFound(id));
    }

    /** The tasks a node answers for or is named in, a page at a time (the details carry the first). */
    private Object tasks(Context ctx) {
        String id = ctx.pathParam("id");
        int skip = Params.integer(ctx, "skip", 0, 0, 1_000_000);
        int limit = Params.integer(ctx, "limit", ExploreQueries.MAX_TASKS, 1, ExploreQueries.MAX_TASKS);
        if (!queries.exists(id)) {
            throw notFound(id);
        }
        return queries.tasks(id, skip, limit);
    }

    /** The quotes behind one relation of the details panel, a page at a time. */
    private Object evidence(Context ctx) {
        String id = ctx.pathParam("id");
        String other = Params.required(ctx, "other", 300);
        String type = Params.types(ctx, "type").stream().findFirst()
                .orElseThrow(() -> Params.bad("type", "a relationship type is required", "缺少参数 type（关系类型）"));
        int skip = Params.integer(ctx, "skip", 0, 0, 1_000_000);
        int limit = Params.integer(ctx, "limit", 20, 1, 100);
        if (!queries.exists(id)) {
            throw notFound(id);
        }
        return queries.evidence(id, other, type, skip, limit);
    }

    private Object neighbors(Context ctx) {
        String id = ctx.pathParam("id");
        List<String> labels = Params.labels(ctx, "labels");
        List<String> types = Params.types(ctx, "types");
        int limit = Params.integer(ctx, "limit", 50, 1, 1000);
        return queries.neighbors(id, labels, types, limit).orElseThrow(() -> notFound(id));
    }

    private Object graph(Context ctx) {
        List<String> labels = Params.labels(ctx, "labels");
        List<String> types = Params.types(ctx, "types");
        int limit = Params.integer(ctx, "limit", OVERVIEW_LIMIT, 1, 2000);
        return queries.overview(labels, types, limit);
    }

    /** Makes the overview every explorer opens with in the background, so the first visitor does not wait for it. */
    public void warmUp() {
        Thread thread = new Thread(() -> {
            try {
                queries.overview(List.of(), List.of(), OVERVIEW_LIMIT);
            } catch (RuntimeException e) {
                LOG.warn("making the overview in advance failed: {}", e.toString());
            }
        }, "overview-warm-up");
        thread.setDaemon(true);
        thread.start();
    }

    private Object paths(Context ctx) {
        String from = Params.required(ctx, "from", 300);
        String to = Params.required(ctx, "to", 300);
        int maxHops = Params.integer(ctx, "maxHops", 4, 1, 6);
        int limit = Params.integer(ctx, "limit", DEFAULT_PATHS, 1, MAX_PATHS);
        List<String> through = Params.names(ctx, "through", PathTypes.ALL);
        if (!queries.exists(from)) {
            throw notFound(from);
        }
        if (!queries.exists(to)) {
            throw notFound(to);
        }
        // absent (or empty): the default labels, relaxed to every label when they give no path
        return queries.paths(from, to, maxHops, limit, through.isEmpty() ? null : through);
    }

    static LocalizedResponse notFound(String id) {
        return LocalizedResponse.notFound("No node with id '" + id + "'", "没有编号为“" + id + "”的节点", Map.of("id", id));
    }
}
