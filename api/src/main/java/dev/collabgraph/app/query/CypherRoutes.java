package dev.collabgraph.app.query;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.collabgraph.app.http.Wording;
import dev.collabgraph.store.GraphStore;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/** {@code POST /api/cypher}: the Cypher console's endpoint, read-only by construction (see {@link QueryRunner}). */
public final class CypherRoutes {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final QueryRunner runner;

    public CypherRoutes(GraphStore store) {
        this.runner = new QueryRunner(store);
    }

    public QueryRunner runner() {
        return runner;
    }

    public void register(RoutesConfig routes) {
        routes.post("/api/cypher", this::cypher);
    }

    private void cypher(Context ctx) {
        CypherRequest request;
        try {
            request = JSON.readValue(ctx.bodyAsBytes(), CypherRequest.class);
        } catch (IOException e) {
            String shape = "{\"query\": \"MATCH …\", \"params\": {}, \"limit\": 1000, \"timeout\": 5}";
            throw new QueryRefusedException("body", new Wording("The body must be JSON: " + shape,
                    "请求体须为 JSON：" + shape));
        }
        if (request == null || request.query() == null || request.query().isBlank()) {
            throw new QueryRefusedException("query", new Wording("The query is empty", "查询为空"));
        }
        Map<String, Object> params = request.params() == null ? Map.of() : new HashMap<>(request.params());
        QueryResult result = runner.run(request.query(), params, QueryLimits.of(request.limit(), request.timeout()));
        if ("csv".equals(ctx.queryParam("format"))) {
            ctx.contentType(Csv.CONTENT_TYPE).header("Content-Disposition", "attachment; filename=\"query.csv\"")
                    .result(Csv.of(result.columns(), result.rows()));
        } else {
            ctx.json(result);
        }
    }
}
