package dev.collabgraph.bench;

import dev.collabgraph.app.explore.ExploreQueries;
import dev.collabgraph.app.explore.ExploreRoutes;
import dev.collabgraph.app.http.HttpServer;
import dev.collabgraph.app.recommend.Recommender;
import dev.collabgraph.store.GraphStore;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Drives every main endpoint of a running {@link HttpServer} over real HTTP with 1, 16 and 64 concurrent clients,
 * and times the same answer built straight from the store in this JVM (the query layer without HTTP and JSON), so
 * that the API's own overhead shows as a ratio measured in the same run.
 */
public final class ApiBench {
    private ApiBench() {
    }

    /** An endpoint, and the same answer made in process (null when there is no single call to compare with). */
    public record Endpoint(String name, String path, Runnable direct) {
    }

    /**
     * One endpoint's figures on one server: the load runs, and the in-process time per answer (ms; NaN when not
     * measured); {@code server} names the server when several were measured (the cache on and off), else empty.
     */
    public record Row(Endpoint endpoint, String server, List<LoadGenerator.Result> runs, double directMillis) {
        public String name() {
            return server.isEmpty() ? endpoint.name() : endpoint.name() + ", " + server;
        }
    }

    /** A server under test: what to call it in the table (empty for the only one) and where it listens. */
    public record Server(String name, URI base) {
    }

    /** The endpoints, on the best connected university and enterprise of the store. */
    public static List<Endpoint> endpoints(GraphStore store) {
        ExploreQueries explore = new ExploreQueries(store);
        Recommender recommender = new Recommender(store);
        String university = top(explore, "University");
        String enterprise = top(explore, "Enterprise");
        return endpoints(university, enterprise, explore, recommender);
    }

    /** The endpoints on {@code university} and {@code enterprise} of a server elsewhere: nothing to compare in process. */
    public static List<Endpoint> endpoints(String university, String enterprise) {
        return endpoints(university, enterprise, null, null);
    }

    private static List<Endpoint> endpoints(String university, String enterprise, ExploreQueries explore,
                                            Recommender recommender) {
        boolean direct = explore != null;
        String u = encode(university);
        String e = encode(enterprise);
        List<Endpoint> out = new ArrayList<>();
        out.add(new Endpoint("search 大学", "/api/search?q=" + encode("大学"),
                direct ? () -> explore.search("大学", List.of(), 20) : null));
        out.add(new Endpoint("node details (university)", "/api/nodes/" + u,
                direct ? () -> explore.node(university, 0, ExploreRoutes.FIRST_RELATIONS) : null));
        out.add(new Endpoint("neighbours (university)", "/api/nodes/" + u + "/neighbors",
                direct ? () -> explore.neighbors(university, List.of(), List.of(), 50) : null));
        out.add(new Endpoint("paths enterprise → university", "/api/paths?from=" + e + "&to=" + u,
                direct ? () -> explore.paths(enterprise, university, 4, 3, null) : null));
        out.add(new Endpoint("overview", "/api/graph", direct ? () -> explore.overview(List.of(), List.of(), 300) : null));
        out.add(new Endpoint("stats", "/api/stats", direct ? explore::stats : null));
        out.add(new Endpoint("gap list", "/api/gaps", null));
        out.add(new Endpoint("gap findTasksWithFewUnits", "/api/gaps/findTasksWithFewUnits", null));
        out.add(new Endpoint("recommendations (enterprise)", "/api/recommendations?for=" + e,
                direct ? () -> recommender.recommend(enterprise, null, 10) : null));
        out.add(new Endpoint("tasks (first 100)", "/api/tasks?limit=100", null));
        out.add(new Endpoint("industry–academia links", "/api/links/industry-academia", null));
        return out;
    }

    public static List<Row> run(URI base, List<Endpoint> endpoints, List<Integer> clients, Duration each,
                                Consumer<String> progress) {
        return run(List.of(new Server("", base)), endpoints, clients, Duration.ofSeconds(1), each, progress);
    }

    /**
     * Each endpoint on each server in turn (so that servers compared are measured minutes apart, not an hour): a
     * warm-up of {@code warmUp} with one client, then {@code each} per number of clients.
     */
    public static List<Row> run(List<Server> servers, List<Endpoint> endpoints, List<Integer> clients, Duration warmUp,
                                Duration each, Consumer<String> progress) {
        List<Row> rows = new ArrayList<>();
        for (Endpoint endpoint : endpoints) {
            double direct = endpoint.direct() == null ? Double.NaN : direct(endpoint.direct());
            for (Server server : servers) {
                URI uri = server.base().resolve(endpoint.path());
                LoadGenerator.run(uri, 1, warmUp); // warm-up: plans cached, projections read
                List<LoadGenerator.Result> runs = new ArrayList<>();
                for (int c : clients) {
                    progress.accept(endpoint.name() + (server.name().isEmpty() ? "" : " (" + server.name() + ")")
                            + ", " + c + " clients ...");
                    runs.add(LoadGenerator.run(uri, c, each));
                }
                rows.add(new Row(endpoint, server.name(), runs, direct));
            }
        }
        return rows;
    }

    /** Median time of the in-process call over a second's worth of runs (at least 5). */
    private static double direct(Runnable call) {
        call.run();
        List<Long> times = new ArrayList<>();
        long until = System.nanoTime() + Duration.ofSeconds(1).toNanos();
        while (times.size() < 5 || System.nanoTime() < until) {
            long t0 = System.nanoTime();
            call.run();
            times.add(System.nanoTime() - t0);
        }
        times.sort(null);
        return times.get(times.size() / 2) / 1e6;
    }

    private static String top(ExploreQueries explore, String label) {
        return explore.bestConnected(label).orElseThrow(() -> new IllegalStateException("the store holds no " + label));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
