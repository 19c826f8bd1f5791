package dev.collabgraph.app.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.collabgraph.app.analysis.AnalysisRoutes;
import dev.collabgraph.app.corrections.CorrectionRoutes;
import dev.collabgraph.app.corrections.CorrectionService;
import dev.collabgraph.app.documents.DocumentLibrary;
import dev.collabgraph.app.documents.DocumentRoutes;
import dev.collabgraph.app.documents.Editors;
import dev.collabgraph.app.explore.ExploreRoutes;
import dev.collabgraph.app.explore.GraphVersion;
import dev.collabgraph.app.query.CypherRoutes;
import dev.collabgraph.app.query.QueryRefusedException;
import dev.collabgraph.app.tasks.TaskRoutes;
import dev.collabgraph.loader.BadDocumentException;
import dev.collabgraph.loader.text.SizeLimit;
import dev.collabgraph.store.Cancellation;
import dev.collabgraph.store.DocumentNotFoundException;
import dev.collabgraph.store.GraphStore;
import io.javalin.Javalin;
import io.javalin.config.SizeUnit;
import io.javalin.http.HttpResponseException;
import io.javalin.router.EndpointNotFound;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;
import org.neo4j.driver.exceptions.TransientException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The HTTP server: the JSON API under {@code /api}, the explorer's static files at {@code /} and D3 from its
 * webjar. All configuration flows through one {@code Javalin.create} call; every error leaves through one mapper as
 * {@link ApiError}, never with a stack trace or Cypher.
 */
public final class HttpServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(HttpServer.class);
    /** The status logged for a request whose client left before its answer (nginx's "client closed request"). */
    private static final int CLIENT_LEFT = 499;
    private final Javalin app;
    private final Health health;
    private final ResponseCache answers;

    private HttpServer(Javalin app, Health health, ResponseCache answers) {
        this.app = app;
        this.health = health;
        this.answers = answers;
    }

    /**
     * Where the server listens ({@code port} 0: any free port) and the other names clients may reach it by (Host
     * header; see {@link RequestGuard}).
     */
    public record Binding(String host, int port, List<String> allowedHosts, int maxConcurrentRequests) {
        /** API requests that may run at once unless told otherwise; more are shed with 503 (see {@link LoadShedder}). */
        public static final int MAX_CONCURRENT_REQUESTS = 32;

        public Binding {
            allowedHosts = List.copyOf(allowedHosts);
        }

        public Binding(String host, int port, List<String> allowedHosts) {
            this(host, port, allowedHosts, MAX_CONCURRENT_REQUESTS);
        }

        public static Binding of(String host, int port) {
            return new Binding(host, port, List.of());
        }
    }

    /** Starts serving {@code store} on {@code host:port} (port 0: any free port). */
    public static HttpServer start(GraphStore store, String host, int port) {
        return start(store, Binding.of(host, port), ServerLinks.none());
    }

    /** As {@link #start(GraphStore, String, int)}, telling the explorer where Bolt and Neo4j Browser are. */
    public static HttpServer start(GraphStore store, String host, int port, ServerLinks links) {
        return start(store, Binding.of(host, port), links);
    }

    /**
     * Who may add and remove documents, and how large an upload may be: nobody unless editors were configured.
     */
    public record Writing(Editors editors, long maxUploadBytes) {
        public static Writing off() {
            return new Writing(Editors.none(), SizeLimit.DEFAULT.maxBytes());
        }
    }

    /** Starts serving {@code store} as {@code binding} says, telling the explorer where Bolt and Neo4j Browser are. */
    public static HttpServer start(GraphStore store, Binding binding, ServerLinks links) {
        return start(store, binding, links, Writing.off());
    }

    /** As {@link #start(GraphStore, Binding, ServerLinks)}, with documents written by the editors {@code writing} names. */
    public static HttpServer start(GraphStore store, Binding binding, ServerLinks links, Writing writing) {
        return start(store, binding, links, writing, ResponseCache.Limits.DEFAULT);
    }

    /** Starts serving {@code store} on {@code host:port} with read answers kept as {@code cache} says (OFF: none). */
    public static HttpServer start(GraphStore store, String host, int port, ResponseCache.Limits cache) {
        return start(store, Binding.of(host, port), ServerLinks.none(), Writing.off(), cache);
    }

    /** As {@link #start(GraphStore, Binding, ServerLinks, Writing)}, with read answers kept as {@code cache} says. */
    public static HttpServer start(GraphStore store, Binding binding, ServerLinks links, Writing writing,
                                   ResponseCache.Limits cache) {
        RequestGuard guard = RequestGuard.of(binding);
        BodyLimits bodyLimits = new BodyLimits(writing.maxUploadBytes());
        DocumentRoutes documents = new DocumentRoutes(new DocumentLibrary(store, writing.maxUploadBytes()),
                writing.editors());
        CorrectionRoutes corrections = new CorrectionRoutes(new CorrectionService(store), writing.editors());
        ObjectMapper json = new ObjectMapper();
        ExploreRoutes explore = new ExploreRoutes(store);
        TaskRoutes tasks = TaskRoutes.over(explore.queries(), store);
        CypherRoutes cypher = new CypherRoutes(store);
        AnalysisRoutes analysis = new AnalysisRoutes(store);
        Health health = new Health(store);
        LoadShedder shedder = new LoadShedder(binding.maxConcurrentRequests());
        ResponseCache answers = new ResponseCache(cache, json, new GraphVersion(store)::current);
        Javalin app = Javalin.create(config -> {
            config.jsonMapper(new JavalinJackson(json, false));
            config.staticFiles.add("/public", Location.CLASSPATH);
            config.staticFiles.enableWebjars();
            config.http.defaultContentType = "application/json";
            // bodies read whole (JSON) stop here while read, whatever length they declared; an upload is read as
            // multipart parts, held to its own limits below
            config.http.maxRequestSize = BodyLimits.CYPHER_BYTES;
            config.jetty.multipartConfig.maxFileSize(writing.maxUploadBytes(), SizeUnit.BYTES);
            config.jetty.multipartConfig.maxTotalRequestSize(bodyLimits.largest(), SizeUnit.BYTES);
            config.jetty.threadPool = threadPool(binding.maxConcurrentRequests());
            config.routes.before(SecurityHeaders::set);
            config.routes.before(guard::check);
            config.routes.before(bodyLimits::check);
            config.routes.before(health::before);
            config.routes.before(shedder::before);
            config.routes.before(DisconnectWatch::before);
            config.routes.after(DisconnectWatch::after);
            config.routes.after(UnreadBody::drain);
            config.routes.after(shedder::after);
            health.register(config.routes);
            explore.register(config.routes, answers);
            tasks.register(config.routes, answers);
            cypher.register(config.routes);
            analysis.register(config.routes, answers);
            documents.register(config.routes);
            corrections.register(config.routes);
            config.routes.get("/api/links", ctx -> ctx.json(links));
            config.routes.get("/api/openapi.json", ctx -> ctx.contentType("application/json")
                    .result(HttpServer.class.getResourceAsStream("/openapi.json")));
            config.routes.exception(HttpResponseException.class, (e, ctx) -> ctx.status(e.getStatus()).json(new ApiError(
                    e instanceof LocalizedResponse localized ? localized.wording().in(Language.of(ctx))
                            : e instanceof EndpointNotFound ? new Wording("Not found: " + ctx.path(),
                                    "没有这个地址：" + ctx.path()).in(Language.of(ctx)) : e.getMessage(),
                    e.getStatus(), e.getDetails())));
            config.routes.exception(QueryRefusedException.class, (e, ctx) ->
                    ctx.status(400).json(new ApiError(e.wording().in(Language.of(ctx)), 400,
                            Map.of("field", e.field()))));
            config.routes.exception(BadDocumentException.class, (e, ctx) ->
                    ctx.status(400).json(new ApiError(e.getMessage(), 400, Map.of("field", "file",
                            "problem", e.problem()))));
            config.routes.exception(DocumentLibrary.UnsupportedDocumentException.class, (e, ctx) ->
                    ctx.status(415).json(new ApiError(e.getMessage(), 415, Map.of("field", "file"))));
            config.routes.exception(DocumentNotFoundException.class, (e, ctx) ->
                    ctx.status(404).json(new ApiError(e.getMessage(), 404, Map.of("id", e.documentId()))));
            config.routes.exception(DocumentLibrary.WriteBusyException.class, (e, ctx) -> {
                ctx.header("Retry-After", "5");
                ctx.status(503).json(new ApiError(e.getMessage(), 503, Map.of()));
            });
            // nobody reads this answer: the client left and its query was stopped (logged by DisconnectWatch)
            config.routes.exception(Cancellation.QueryCancelledException.class, (e, ctx) ->
                    ctx.status(CLIENT_LEFT).json(new ApiError("The client left; the query was stopped", CLIENT_LEFT,
                            Map.of())));
            config.routes.exception(Neo4jException.class, (e, ctx) -> {
                if (e.code() != null && e.code().contains("TransactionTimedOut")) {
                    // the graph is too large for this answer within its time limit: a retry later may find it kept
                    LOG.warn("{} {}: the query reached its time limit", ctx.method(), ctx.path());
                    ctx.header("Retry-After", String.valueOf(Health.PROBE_EVERY.toSeconds()));
                    long limit = GraphStore.DEFAULT_TIMEOUT.toSeconds();
                    ctx.status(503).json(new ApiError(new Wording("The query took longer than its time limit ("
                            + limit + " s)", "查询超过了时间上限（" + limit + " 秒），请稍后再试").in(Language.of(ctx)), 503,
                            Map.of()));
                    return;
                }
                boolean unavailable = e instanceof ServiceUnavailableException || e instanceof SessionExpiredException
                        || e instanceof TransientException;
                LOG.warn("query failed: {}", e.code(), e);
                int status = unavailable ? 503 : 500;
                if (unavailable) {
                    ctx.header("Retry-After", String.valueOf(Health.PROBE_EVERY.toSeconds()));
                }
                Wording title = unavailable ? new Wording("The graph database is unavailable, try again",
                        "图数据库暂时不可用，请稍后再试") : new Wording("The query failed", "查询失败");
                ctx.status(status).json(new ApiError(title.in(Language.of(ctx)), status, Map.of()));
            });
            config.routes.exception(Exception.class, (e, ctx) -> {
                LOG.error("request {} failed", ctx.path(), e);
                ctx.status(500).json(new ApiError(new Wording("Internal error", "服务器内部错误").in(Language.of(ctx)), 500,
                        Map.of()));
            });
            config.routes.error(404, "application/json", ctx -> {
                if (ctx.path().startsWith("/api/") && ctx.result() == null) {
                    ctx.json(new ApiError(new Wording("Not found: " + ctx.path(), "没有这个地址：" + ctx.path())
                            .in(Language.of(ctx)), 404, Map.of()));
                }
            });
        });
        try {
            app.start(binding.host(), binding.port());
        } catch (RuntimeException e) {
            health.close();
            throw e;
        }
        analysis.warmUp();
        explore.warmUp();
        return new HttpServer(app, health, answers);
    }

    /** How long a request thread may stay idle before it ends. */
    static final Duration IDLE_THREADS_END = Duration.ofSeconds(30);

    /**
     * Request threads: enough for the requests that may run at once plus as many again being shed (a 503 takes a
     * thread for a moment) and a few for Jetty's own selector and acceptor; more connections wait in Jetty's queue.
     * Idle threads all end after {@link #IDLE_THREADS_END}: Jetty's default ends one per minute, so the threads an
     * overload started would linger for hours.
     */
    private static QueuedThreadPool threadPool(int maxConcurrentRequests) {
        int max = 2 * maxConcurrentRequests + 16;
        QueuedThreadPool pool = new QueuedThreadPool(max, 8, (int) IDLE_THREADS_END.toMillis());
        pool.setMaxEvictCount(max);
        pool.setName("http");
        return pool;
    }

    public int port() {
        return app.port();
    }

    /** What the response cache holds and how often it answered. */
    public ResponseCache.Stats responseCache() {
        return answers.stats();
    }

    @Override
    public void close() {
        health.close();
        app.stop();
    }
}
