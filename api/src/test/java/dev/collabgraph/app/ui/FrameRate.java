package dev.collabgraph.app.ui;

import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.Locale;

/** Frames per second of the explorer in a real browser: what the explorer test checks and the explorer benchmark reports. */
public final class FrameRate {
    private FrameRate() {
    }

    /** One measurement: load the page (a ?synthetic=N address), wait for the first frame, drag a node for dragMs. */
    public static Result measure(Browser browser, String url, int dragMs) {
        browser.driver.get(url);
        Object first = new WebDriverWait(browser.driver, Duration.ofSeconds(60)).withMessage("no graph drawn at " + url)
                .until(d -> browser.script("return window.collabgraph && window.collabgraph.firstDrawMs"));
        double firstDraw = ((Number) first).doubleValue();
        long nodes = ((Number) browser.script("return window.collabgraph.nodeCount")).longValue();
        long links = ((Number) browser.script("return window.collabgraph.linkCount")).longValue();
        double fps = ((Number) browser.asyncScript(
                "const done = arguments[arguments.length - 1]; window.collabgraph.benchDrag(arguments[0]).then(done);",
                dragMs)).doubleValue();
        return new Result(nodes, links, firstDraw, fps);
    }

    public record Result(long nodes, long links, double firstDrawMs, double dragFps) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "nodes=%d links=%d firstDrawMs=%.0f dragFps=%.1f",
                    nodes, links, firstDrawMs, dragFps);
        }
    }
}
