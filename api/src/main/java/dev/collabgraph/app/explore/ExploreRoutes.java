package dev.collabgraph.app.explore;

import dev.collabgraph.app.http.LocalizedResponse;
import dev.collabgraph.app.http.Params;
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
    private final ExploreQueries queries;

    public ExploreRoutes(GraphStore store) {
        this.queries = new ExploreQueries(store);
    }

    public ExploreQueries queries() {
        return queries;
    }

    public void register(RoutesConfig routes) {
        routes.get("/api/search", this::search);
        routes.get("/api/nodes/{id}", this::node);
        routes.get("/api/nodes/{id}/neighbors", this::neighbors);
        routes.get("/api/nodes/{id}/evidence", this::evidence);
        routes.get("/api/graph", this::graph);
        routes.get("/api/paths", this::paths);
        routes.get("/api/stats", ctx -> ctx.json(queries.stats()));
    }

    private void search(Context ctx) {
        String q = Params.required(ctx, "q", 100);
        List<String> labels = Params.labels(ctx, "labels");
        int limit = Params.integer(ctx, "limit", 20, 1, 100);
        ctx.json(Map.of("query", q, "results", queries.search(q, labels, limit)));
    }

    private void node(Context ctx) {
        String id = ctx.pathParam("id");
        int skip = Params.integer(ctx, "skip", 0, 0, 1_000_000);
        int limit = Params.integer(ctx, "limit", 50, 1, 200);
        ctx.json(queries.node(id, skip, limit).orElseThrow(() -> notFound(id)));
    }

    /** The quotes behind one relation of the details panel, a page at a time. */
    private void evidence(Context ctx) {
        String id = ctx.pathParam("id");
        String other = Params.required(ctx, "other", 300);
        String type = Params.types(ctx, "type").stream().findFirst()
                .orElseThrow(() -> Params.bad("type", "a relationship type is required", "缺少参数 type（关系类型）"));
        int skip = Params.integer(ctx, "skip", 0, 0, 1_000_000);
        int limit = Params.integer(ctx, "limit", 20, 1, 100);
        if (!queries.exists(id)) {
            throw notFound(id);
        }
        ctx.json(queries.evidence(id, other, type, skip, limit));
    }

    private void neighbors(Context ctx) {
        String id = ctx.pathParam("id");
        List<String> labels = Params.labels(ctx, "labels");
        List<String> types = Params.types(ctx, "types");
        int limit = Params.integer(ctx, "limit", 50, 1, 1000);
        ctx.json(queries.neighbors(id, labels, types, limit).orElseThrow(() -> notFound(id)));
    }

    private void graph(Context ctx) {
        List<String> labels = Params.labels(ctx, "labels");
        List<String> types = Params.types(ctx, "types");
        int limit = Params.integer(ctx, "limit", OVERVIEW_LIMIT, 1, 2000);
        ctx.json(queries.overview(labels, types, limit));
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

    private void paths(Context ctx) {
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
        ctx.json(queries.paths(from, to, maxHops, limit, through.isEmpty() ? null : through));
    }

    static LocalizedResponse notFound(String id) {
        return LocalizedResponse.notFound("No node with id '" + id + "'", "没有编号为“" + id + "”的节点", Map.of("id", id));
    }
}
