package dev.collabgraph.app.ui;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Explorer benchmark: page load to first graph drawn, and frames per second while a node is dragged, for
 * synthetic graphs of 1,000 and 5,000 nodes (2× links) in headless Chromium. Prints one line per size:
 * {@code explorer nodes=5000 links=… firstDrawMs=… dragFps=…}.
 *
 * <p>Run: {@code ./mvnw -o -q -B -pl api -am test-compile} then
 * {@code java -cp <api test classpath> dev.collabgraph.app.ui.ExplorerBench [sizes…]}.
 */
public final class ExplorerBench {
    private ExplorerBench() {
    }

    public static void main(String[] args) throws Exception {
        List<Integer> sizes = args.length == 0 ? List.of(1000, 5000) : Arrays.stream(args).map(Integer::valueOf).toList();
        try (StaticSite site = StaticSite.start(); Browser browser = Browser.start(1400, 900)) {
            for (int size : sizes) {
                Result result = measure(browser, site.url("/?synthetic=" + size), 4000);
                System.out.println(result);
            }
        }
    }

    /** One measurement: load the page (a ?synthetic=N address), wait for the first frame, drag a node for dragMs. */
    static Result measure(Browser browser, String url, int dragMs) throws InterruptedException {
        browser.driver.get(url);
        long deadline = System.currentTimeMillis() + 30_000;
        Object first;
        while ((first = browser.script("return window.collabgraph && window.collabgraph.firstDrawMs")) == null) {
            if (System.currentTimeMillis() > deadline) {
                throw new IllegalStateException("no graph drawn within 30 s at " + url);
            }
            Thread.sleep(50);
        }
        double firstDraw = ((Number) first).doubleValue();
        long nodes = ((Number) browser.script("return window.collabgraph.nodeCount")).longValue();
        long links = ((Number) browser.script("return window.collabgraph.linkCount")).longValue();
        double fps = ((Number) browser.asyncScript(
                "const done = arguments[arguments.length - 1]; window.collabgraph.benchDrag(arguments[0]).then(done);",
                dragMs)).doubleValue();
        return new Result(nodes, links, firstDraw, fps);
    }

    record Result(long nodes, long links, double firstDrawMs, double dragFps) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "explorer nodes=%d links=%d firstDrawMs=%.0f dragFps=%.1f",
                    nodes, links, firstDrawMs, dragFps);
        }
    }
}
