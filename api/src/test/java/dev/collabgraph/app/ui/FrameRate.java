package dev.collabgraph.app.ui;

import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;

/** Frames per second of the explorer in a real browser: what the explorer test checks and the explorer benchmark reports. */
public final class FrameRate {
    private FrameRate() {
    }

    /**
     * One measurement: load the page (a ?synthetic=N address), wait for the first frame and for the layout to have
     * started (in its worker or on the page), drag a node for dragMs.
     */
    public static Result measure(Browser browser, String url, int dragMs) {
        browser.driver.get(url);
        Object first = new WebDriverWait(browser.driver, Duration.ofSeconds(60)).withMessage("no graph drawn at " + url)
                .until(d -> browser.script("return window.collabgraph && window.collabgraph.firstDrawMs"));
        double firstDraw = ((Number) first).doubleValue();
        long nodes = ((Number) browser.script("return window.collabgraph.nodeCount")).longValue();
        long links = ((Number) browser.script("return window.collabgraph.linkCount")).longValue();
        Object layout = new WebDriverWait(browser.driver, Duration.ofSeconds(30)).withMessage("no layout started at " + url)
                .until(d -> browser.script("const where = window.collabgraph.layoutRunsIn; "
                        + "return where === undefined ? 'page' : where === 'pending' ? null : where;"));
        Object drag = browser.asyncScript(
                "const done = arguments[arguments.length - 1]; window.collabgraph.benchDrag(arguments[0]).then(done);",
                dragMs);
        // the explorer answers with frames, layout updates and long tasks; the SVG baseline with frames/s alone
        if (drag instanceof Map<?, ?> m) {
            return new Result(nodes, links, firstDraw, number(m.get("fps")), number(m.get("layoutFps")),
                    (long) number(m.get("longTasks")), number(m.get("longTaskMs")), layout.toString());
        }
        double fps = ((Number) drag).doubleValue();
        return new Result(nodes, links, firstDraw, fps, fps, -1, Double.NaN, layout.toString());
    }

    private static double number(Object value) {
        return value instanceof Number n ? n.doubleValue() : Double.NaN;
    }

    /**
     * dragFps: frames drawn per second; layoutFps: layout updates per second (ticks that reached the page);
     * longTasks and longTaskMs: the page's tasks over 50 ms during the drag (-1 and NaN where not measured);
     * layoutRunsIn: "worker" or "page".
     */
    public record Result(long nodes, long links, double firstDrawMs, double dragFps, double layoutFps, long longTasks,
                         double longTaskMs, String layoutRunsIn) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT,
                    "nodes=%d links=%d firstDrawMs=%.0f dragFps=%.1f layoutFps=%.1f longTasks=%d longTaskMs=%.0f layout=%s",
                    nodes, links, firstDrawMs, dragFps, layoutFps, longTasks, longTaskMs, layoutRunsIn);
        }
    }
}
