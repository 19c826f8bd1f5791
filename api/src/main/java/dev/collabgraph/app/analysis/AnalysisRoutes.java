package dev.collabgraph.app.analysis;

import dev.collabgraph.app.http.LocalizedResponse;
import dev.collabgraph.app.explore.GraphVersion;
import dev.collabgraph.app.explore.SharedAnswers;
import dev.collabgraph.app.http.Language;
import dev.collabgraph.app.http.ResponseCache;
import dev.collabgraph.app.http.Params;
import dev.collabgraph.app.query.Csv;
import dev.collabgraph.app.query.QueryLimits;
import dev.collabgraph.app.query.QueryResult;
import dev.collabgraph.app.recommend.Kinds;
import dev.collabgraph.app.recommend.Recommendations;
import dev.collabgraph.app.recommend.Recommender;
import dev.collabgraph.store.GraphStore;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * HTTP for the analyses: the named-query library ({@code /api/queries}), the coverage gaps ({@code /api/gaps}),
 * the industry–academia links and partner recommendations. Every table also downloads as CSV with
 * {@code ?format=csv}.
 */
public final class AnalysisRoutes {
    private final QueryLibrary library;
    private final IndustryAcademia links;
    private final Recommender recommender;
    private static final Logger LOG = LoggerFactory.getLogger(AnalysisRoutes.class);
    private final GapCounts gapCounts;
    private final GraphVersion version;
    /**
     * Each gap's rows (up to the most any request may ask for), made once per graph version and shared: by the
     * background count of the gap list and by every request that opens the gap, so a gap that takes seconds on a
     * large corpus is made once, usually before anyone asks.
     */
    private final SharedAnswers<String, QueryResult> gapResults = new SharedAnswers<>(64, GapCounts.MAX_AGE);
    /** How long the gap list waits for counts under way before it answers with what it has. */
    private static final Duration COUNT_WAIT = Duration.ofSeconds(3);

    public AnalysisRoutes(GraphStore store) {
        this.library = new QueryLibrary(store);
        this.links = new IndustryAcademia(store);
        this.recommender = new Recommender(store);
        this.version = new GraphVersion(store);
        this.gapCounts = new GapCounts(library.list(Gaps.AREA), gap -> gapRows(gap, version.current()).rows().size(),
                version::current);
    }

    /** All the rows of a gap (at most {@link QueryLimits#MAX_ROWS}) at {@code graphVersion}, shared. */
    private QueryResult gapRows(NamedQuery gap, Object graphVersion) {
        return gapResults.get(gap.name(), graphVersion, () -> library.run(gap, Map.of()));
    }

    /**
     * Starts, in the background, what the first request would otherwise wait for on a large graph: the gap counts and
     * the recommender's projection.
     */
    public void warmUp() {
        Thread thread = new Thread(() -> {
            try {
                gapCounts.current(Duration.ZERO);
                recommender.warmUp();
            } catch (RuntimeException e) {
                LOG.warn("warming up the analyses failed: {}", e.toString());
            }
        }, "analysis-warm-up");
        thread.setDaemon(true);
        thread.start();
    }

    /** The routes; recommendations are kept in {@code cache} while the graph stays as it was. */
    public void register(RoutesConfig routes, ResponseCache cache) {
        routes.get("/api/queries", ctx -> {
            String language = Language.of(ctx);
            ctx.json(Map.of("queries", library.list(null).stream().map(q -> q.in(language)).toList()));
        });
        routes.get("/api/queries/<name>", this::query);
        routes.get("/api/gaps", this::gaps);
        routes.get("/api/gaps/{name}", this::gap);
        routes.get("/api/links/industry-academia", cache.answer(ctx -> links(ctx, cache)));
        Handler recommendationsJson = cache.json(this::recommend);
        routes.get("/api/recommendations", ctx -> {
            if (csv(ctx)) {
                download(ctx, "partners", Recommender.csv(recommend(ctx), Language.of(ctx)));
            } else {
                recommendationsJson.handle(ctx);
            }
        });
    }

    private void query(Context ctx) {
        NamedQuery query = library.find(ctx.pathParam("name"))
                .orElseThrow(() -> notFound("No named query " + ctx.pathParam("name"), "没有名为“" + ctx.pathParam("name") + "”的查询", "name"));
        QueryResult result = library.run(query, QueryArguments.read(ctx, query), rowLimits(ctx));
        if (csv(ctx)) {
            download(ctx, query.shortName(), Csv.of(result.columns(), result.rows()));
        } else {
            ctx.json(result);
        }
    }

    /** The gaps with their counts as last counted in the background (null: not counted yet, or too slow). */
    private void gaps(Context ctx) {
        Map<String, Integer> counts = gapCounts.current(COUNT_WAIT);
        String language = Language.of(ctx);
        List<GapSummary> out = new ArrayList<>();
        for (NamedQuery gap : library.list(Gaps.AREA)) {
            Integer count = counts.get(gap.shortName());
            out.add(new GapSummary(gap.shortName(), gap.purpose(language), gap.about(language),
                    count == null || count == GapCounts.FAILED ? null : count));
        }
        ctx.json(Map.of("gaps", out));
    }


    private void gap(Context ctx) {
        NamedQuery gap = library.find(Gaps.AREA + "/" + ctx.pathParam("name"))
                .orElseThrow(() -> notFound("No gap " + ctx.pathParam("name"), "没有名为“" + ctx.pathParam("name") + "”的缺口分析", "name"));
        QueryResult result = firstRows(gapRows(gap, version.current()), rowLimits(ctx).maxRows());
        if (csv(ctx)) {
            download(ctx, "gap-" + gap.shortName(), Csv.of(result.columns(), result.rows()));
        } else {
            String language = Language.of(ctx);
            ctx.json(new Gaps.GapResult(gap.shortName(), gap.purpose(language), gap.about(language), result));
        }
    }

    private static QueryResult firstRows(QueryResult all, int maxRows) {
        if (all.rows().size() <= maxRows) {
            return all;
        }
        return new QueryResult(all.columns(), all.rows().subList(0, maxRows), all.graph(), true, maxRows,
                all.timeoutMs(), all.elapsedMs());
    }

    /**
     * Rows of a named query or gap: 1,000 by default in JSON (the console's cap), 10,000 in a CSV download, and
     * {@code maxRows} (at most 10,000) when asked; {@code truncated} in the answer says when rows were left out.
     */
    private static QueryLimits rowLimits(Context ctx) {
        int rows = Params.integer(ctx, "maxRows", csv(ctx) ? QueryLimits.MAX_ROWS : QueryLimits.DEFAULT_ROWS, 1,
                QueryLimits.MAX_ROWS);
        return QueryLimits.of(rows, (int) QueryLimits.MAX_TIMEOUT.toSeconds());
    }

    /** The links, as JSON or as a CSV download ({@code format=csv}). */
    private ResponseCache.Answer links(Context ctx, ResponseCache cache) {
        List<IndustryAcademiaLink> found = links.links(Params.optional(ctx, "industry"),
                Params.optional(ctx, "university"));
        return csv(ctx) ? new ResponseCache.Answer(IndustryAcademia.csv(found).getBytes(StandardCharsets.UTF_8),
                Csv.CONTENT_TYPE, Map.of("Content-Disposition", "attachment; filename=\"industry-academia.csv\""))
                : cache.json(Map.of("links", found), Map.of());
    }

    private Recommendations recommend(Context ctx) {
        String id = Params.required(ctx, "for", 200);
        String label = Params.optional(ctx, "label");
        int limit = Params.integer(ctx, "limit", 10, 1, 100);
        Recommendations found = recommender.recommend(id, label, limit)
                .orElseThrow(() -> notFound("No entity " + id, "没有编号为“" + id + "”的实体", "for"));
        if (label != null && !Kinds.complements(found.entity().label()).contains(label)) {
            throw Params.bad("label", "a " + found.entity().label() + " is recommended partners of kinds "
                    + Kinds.complements(found.entity().label()) + ", not " + label,
                    "参数 label：" + found.entity().label() + " 的推荐伙伴只限 "
                    + String.join("、", Kinds.complements(found.entity().label())) + "，不含 " + label);
        }
        return found;
    }

    private static boolean csv(Context ctx) {
        String format = Params.optional(ctx, "format");
        if (format != null && !format.equals("csv") && !format.equals("json")) {
            throw Params.bad("format", "must be csv or json, not '" + format + "'",
                    "参数 format 须是 csv 或 json，而不是“" + format + "”");
        }
        return "csv".equals(format);
    }

    private static void download(Context ctx, String name, String csv) {
        ctx.contentType(Csv.CONTENT_TYPE).header("Content-Disposition", "attachment; filename=\"" + name + ".csv\"")
                .result(csv);
    }

    private static LocalizedResponse notFound(String message, String zh, String parameter) {
        return LocalizedResponse.notFound(message, zh, Map.of(parameter, message));
    }

    /** A gap as listed: name, title, definition and how many rows it finds now. */
    record GapSummary(String name, String title, String about, Integer count) {
    }
}
