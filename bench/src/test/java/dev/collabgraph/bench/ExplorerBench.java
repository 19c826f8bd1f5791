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
 * Explorer benchmark in headless Chromium: page load to first graph drawn, and frames per second while a node is
 * dragged, for synthetic graphs of 1,000 and 5,000 nodes (2× links), for the explorer (canvas) and, in the same
 * run, for the textbook baseline (D3's force-directed graph in SVG, {@code bench/svg-baseline.html}).
 *
 * <p>Run: {@code ./mvnw -o -q -B -pl bench -am test-compile}, then from the bench folder (where the seed is
 * {@code ../data/…}) {@code java -cp "<class path>" dev.collabgraph.bench.ExplorerBench [--write ../BENCHMARKS.md]}
 * (the class path from {@code ./mvnw -q -pl bench dependency:build-classpath -Dmdep.outputFile=…} plus
 * {@code bench/target/test-classes} and {@code bench/target/classes}).
 */
public final class ExplorerBench {
    private static final int DRAG_MS = 4000;

    private ExplorerBench() {
    }

    public static void main(String[] args) throws Exception {
        Path write = args.length == 2 && args[0].equals("--write") ? Path.of(args[1]) : null;
        List<String> rows = new ArrayList<>();
        Path store = Files.createTempDirectory("explorer-bench");
        try (StaticSite site = StaticSite.start(); Browser browser = Browser.start(1400, 900);
             SeededServer seeded = SeededServer.start(store.resolve("graph"))) {
            FrameRate.measure(browser, site.url("/?synthetic=100"), 1000);
            FrameRate.measure(browser, seeded.uri("/").toString(), 1000);
            Result seed = FrameRate.measure(browser, seeded.uri("/").toString(), DRAG_MS);
            System.out.println("seed     " + seed);
            rows.add(String.format(Locale.ROOT, "| the seed over the API (%,d nodes, %,d links) | %.0f ms | | %.1f | | | %s |",
                    seed.nodes(), seed.links(), seed.firstDrawMs(), seed.dragFps(), seed.firstDrawMs() < 1000 ? "met" : "missed"));
            for (int size : List.of(1000, 5000)) {
                Result ours = FrameRate.measure(browser, site.url("/?synthetic=" + size), DRAG_MS);
                Result baseline = FrameRate.measure(browser, site.url("/bench/svg-baseline.html?synthetic=" + size), DRAG_MS);
                System.out.println("ours     " + ours);
                System.out.println("baseline " + baseline);
                rows.add(String.format(Locale.ROOT, "| %,d nodes, %,d links | %.0f ms | %.0f ms | %.1f | %.1f | %.1f× | %s |",
                        ours.nodes(), ours.links(), ours.firstDrawMs(), baseline.firstDrawMs(), ours.dragFps(),
                        baseline.dragFps(), ours.dragFps() / Math.max(0.1, baseline.dragFps()),
                        ours.dragFps() >= 30 && ours.firstDrawMs() < 1000 ? "met" : "missed"));
            }
        }
        if (write != null) {
            BenchmarksFile.replaceSection(write, "Explorer", section(rows));
        }
    }

    private static String section(List<String> rows) {
        return """
                Command: `ExplorerBench --write BENCHMARKS.md` (api test classes; see its Javadoc). Headless Chromium \
                (Debian), 1400×900 window, synthetic graphs (`?synthetic=N`: N nodes in clusters, 2N links) generated \
                in the page, so only drawing and layout are measured. First draw: page navigation start to the first \
                frame with the graph. Drag: one node moved in a circle for %d s with the simulation reheated \
                (`alphaTarget(0.3)`), frames drawn per second. Baseline, same run: D3's force-directed graph in SVG \
                (Bostock's example: one element per node and link, attributes set on every tick).
                The seed row loads the page from the real server (embedded Neo4j with the seed, `/api/graph` overview),                 a warm second page load, as a planner reopening the explorer sees it.
                Goals: first graph under 1 s; ≥ 30 frames/s at 5,000 nodes.

                | graph | first draw, ours | first draw, SVG | frames/s, ours | frames/s, SVG | ours vs SVG | goal |
                |---|---|---|---|---|---|---|
                """.formatted(DRAG_MS / 1000) + String.join("\n", rows) + "\n";
    }
}
