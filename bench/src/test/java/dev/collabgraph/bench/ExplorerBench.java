package dev.collabgraph.bench;

import dev.collabgraph.app.http.SeededServer;
import dev.collabgraph.app.ui.Browser;
import dev.collabgraph.app.ui.FrameRate;
import dev.collabgraph.app.ui.FrameRate.Result;
import dev.collabgraph.app.ui.StaticSite;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Explorer benchmark in headless Chromium: page load to first graph drawn, frames drawn per second while a node is
 * dragged, layout updates per second and the page's long tasks meanwhile, for synthetic graphs of 1,000, 5,000 and
 * 20,000 nodes (2× links): the explorer with its force layout in a Web Worker (as shipped), the same explorer with
 * the layout on the page ({@code ?layout=page}), and the textbook baseline (D3's force-directed graph in SVG,
 * {@code bench/svg-baseline.html}), all in the same run.
 *
 * <p>Run: {@code ./mvnw -o -q -B -pl bench -am test-compile}, then from the bench folder (where the seed is
 * {@code ../data/…}) {@code java -cp "<class path>" dev.collabgraph.bench.ExplorerBench [--write ../BENCHMARKS.md]}
 * (the class path from {@code ./mvnw -q -pl bench dependency:build-classpath -Dmdep.outputFile=…} plus
 * {@code bench/target/test-classes} and {@code bench/target/classes}, and before it every module's
 * {@code target/classes} and {@code api/target/test-classes}: the class path names the snapshots installed in the
 * local repository, which may be older than the tree).
 */
public final class ExplorerBench {
    private static final int DRAG_MS = 4000;
    /** The SVG baseline at 20,000 nodes draws about one frame a second: a shorter drag says as much. */
    private static final int SLOW_BASELINE_DRAG_MS = 2000;
    /** Runs per variant, interleaved; the table shows the median of each figure (the machine is shared). */
    private static final int RUNS = 3;

    private ExplorerBench() {
    }

    public static void main(String[] args) throws Exception {
        Path write = args.length == 2 && args[0].equals("--write") ? Path.of(args[1]) : null;
        String loadAtStart = loadAverage();
        List<String> rows = new ArrayList<>();
        Path store = Files.createTempDirectory("explorer-bench");
        try (StaticSite site = StaticSite.start(); Browser browser = Browser.start(1400, 900);
             SeededServer seeded = SeededServer.start(store.resolve("graph"))) {
            FrameRate.measure(browser, site.url("/?synthetic=100"), 1000);
            FrameRate.measure(browser, seeded.uri("/").toString(), 1000);
            List<Result> seeds = new ArrayList<>(), seedsOnPage = new ArrayList<>();
            for (int run = 0; run < RUNS; run++) {
                quiet(browser);
                seeds.add(log("seed    ", FrameRate.measure(browser, seeded.uri("/").toString(), DRAG_MS)));
                quiet(browser);
                seedsOnPage.add(log("seed, page", FrameRate.measure(browser, seeded.uri("/?layout=page").toString(), DRAG_MS)));
            }
            Result seed = median(seeds), seedOnPage = median(seedsOnPage);
            rows.add(row(String.format(Locale.ROOT, "the seed over the API (%,d nodes, %,d links)", seed.nodes(), seed.links()),
                    "ours, layout in a worker", seed, seed.firstDrawMs() < 1000 ? "met" : "missed"));
            rows.add(row("", "ours, layout on the page (`?layout=page`)", seedOnPage, ""));
            for (int size : List.of(1000, 5000, 20000)) {
                List<Result> workers = new ArrayList<>(), pages = new ArrayList<>(), baselines = new ArrayList<>();
                for (int run = 0; run < RUNS; run++) {
                    // each run starts with another variant, so that none always follows the heavy SVG page
                    for (int turn = 0; turn < 3; turn++) {
                        quiet(browser);
                        switch ((run + turn) % 3) {
                            case 0 -> workers.add(log("worker  ", FrameRate.measure(browser, site.url("/?synthetic=" + size), DRAG_MS)));
                            case 1 -> pages.add(log("page    ", FrameRate.measure(browser,
                                    site.url("/?synthetic=" + size + "&layout=page"), DRAG_MS)));
                            default -> baselines.add(log("baseline", FrameRate.measure(browser,
                                    site.url("/bench/svg-baseline.html?synthetic=" + size),
                                    size > 5000 ? SLOW_BASELINE_DRAG_MS : DRAG_MS)));
                        }
                    }
                }
                Result worker = median(workers), page = median(pages), baseline = median(baselines);
                String graph = String.format(Locale.ROOT, "%,d nodes, %,d links", worker.nodes(), worker.links());
                String goal = size == 5000 ? (worker.dragFps() >= 30 && worker.firstDrawMs() < 1000 ? "met" : "missed")
                        : worker.firstDrawMs() < 1000 ? "first draw met" : "first draw missed";
                rows.add(row(graph, "ours, layout in a worker", worker, goal));
                rows.add(row("", "ours, layout on the page (`?layout=page`)", page, ""));
                rows.add(row("", "SVG baseline" + (size > 5000 ? String.format(Locale.ROOT, " (%d s drag)",
                        SLOW_BASELINE_DRAG_MS / 1000) : ""), baseline, ""));
            }
        }
        if (write != null) {
            BenchmarksFile.replaceSection(write, "Explorer", section(rows, loadAtStart));
        }
    }

    /** Leaves the last page and lets the browser finish tearing it down before the next measurement. */
    private static void quiet(Browser browser) throws InterruptedException {
        browser.driver.get("about:blank");
        Thread.sleep(1000);
    }

    private static Result log(String variant, Result result) {
        System.out.println(variant + " " + result);
        return result;
    }

    /** Each figure's median over the runs. */
    private static Result median(List<Result> runs) {
        Result first = runs.get(0);
        return new Result(first.nodes(), first.links(), median(runs, Result::firstDrawMs), median(runs, Result::dragFps),
                median(runs, Result::layoutFps), Math.round(median(runs, r -> (double) r.longTasks())),
                median(runs, Result::longTaskMs), first.layoutRunsIn());
    }

    private static double median(List<Result> runs, java.util.function.ToDoubleFunction<Result> figure) {
        double[] values = runs.stream().mapToDouble(figure).sorted().toArray();
        int middle = values.length / 2;
        return values.length % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
    }

    private static String row(String graph, String variant, Result r, String goal) {
        String longTasks = r.longTasks() < 0 ? "" : String.format(Locale.ROOT, "%d (%,.0f ms)", r.longTasks(), r.longTaskMs());
        return String.format(Locale.ROOT, "| %s | %s | %.0f ms | %.1f | %.1f | %s | %s |",
                graph, variant, r.firstDrawMs(), r.dragFps(), r.layoutFps(), longTasks, goal);
    }

    /** The 1-minute load average (Linux), or "unknown". */
    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (java.io.IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private static String section(List<String> rows, String loadAtStart) {
        return """
                Command: `ExplorerBench --write BENCHMARKS.md` (bench test classes; see its Javadoc). Headless Chromium \
                (Debian), 1400×900 window, synthetic graphs (`?synthetic=N`: N nodes in clusters, 2N links) generated \
                in the page, so only drawing and layout are measured. The explorer's force layout runs in a Web Worker \
                (`js/layout-worker.js`): the page draws, hit-tests and drags, and gets every tick's positions as one \
                transferred `Float32Array`; the same engine on the page (`?layout=page`, the fallback without \
                workers) is measured in the same run, and so is the baseline, D3's force-directed graph in SVG \
                (Bostock's example: one element per node and link, attributes set on every tick).
                First draw: page navigation start to the first frame with the graph. Drag: one node moved in a \
                circle for %d s (the SVG baseline at 20,000 nodes: %d s) with the layout reheated \
                (`alphaTarget(0.3)`). Frames/s: frames the page drew; the dragged node moves in every one. Layout \
                updates/s: ticks whose positions reached the page (in the SVG baseline, ticks, one per frame). Long \
                tasks: the page's tasks over 50 ms during the drag, as Chromium's Long Tasks API reports them \
                (count, total). The seed row loads the page from the real server (embedded Neo4j with the seed, \
                `/api/graph` overview), a warm second page load, as a planner reopening the explorer sees it.
                Each variant ran %d times, interleaved with the others in a rotating order, each after a blank \
                page and a 1 s pause; the table shows each figure's median. \
                The machine has 2 cores, shared with other work during the run (load average %s at the start, \
                %s at the end): a worker's layout runs beside the page's drawing only when a core is free, so on a \
                loaded machine its ticks can reach the page less often than those of the layout on the page.
                Goals: first graph under 1 s; ≥ 30 frames/s at 5,000 nodes.

                | graph | explorer | first draw | frames/s | layout updates/s | long tasks while dragging | goal |
                |---|---|---|---|---|---|---|
                """.formatted(DRAG_MS / 1000, SLOW_BASELINE_DRAG_MS / 1000, RUNS, loadAtStart, loadAverage()) + String.join("\n", rows) + "\n";
    }
}
