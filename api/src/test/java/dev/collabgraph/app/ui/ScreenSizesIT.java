package dev.collabgraph.app.ui;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The explorer on a phone (390×844), a small laptop (1024×700) and a wall screen (1600×1000), in headless Chromium
 * against the seed: every main view fits the width (the page never scrolls sideways), every tab can be reached on
 * one line, the graph keeps a usable height with no bar or legend over it (on the phone the legend folds), and the
 * details of a node can be read. A screenshot of each view at each size is kept. On the seed alone, which names no
 * lead or co unit, the unit-load gap says so.
 */
class ScreenSizesIT {
    private static final String XCMG = "enterprise:徐工集团";
    private static final List<String> VIEWS = List.of("tasks", "matrix", "indicators", "paths", "gaps", "links",
            "partners", "documents", "console", "corrections");

    @RegisterExtension
    static final ExplorerSession explorer = new ExplorerSession();

    @ParameterizedTest(name = "{0}×{1}")
    @CsvSource({"390, 844", "1024, 700", "1600, 1000"})
    void everyMainViewFitsTheScreenAndTheGraphIsNotCovered(int width, int height) {
        boolean phone = width < 600;
        try (Browser browser = Browser.start(Math.max(width, 500), height)) {
            // a desktop window is no narrower than 500 pixels: the screen is emulated, as a phone's would be
            browser.driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width,
                    "height", height, "deviceScaleFactor", 1, "mobile", phone));
            ExplorerPage page = new ExplorerPage(browser, explorer.server()::uri);
            String size = width + "x" + height;
            page.open("/");
            page.waitForGraph();
            assertThat(((Number) browser.script("return window.innerWidth")).intValue()).isEqualTo(width);
            assertNoSidewaysScroll(browser, "graph");

            // every tab on screen, its name on one line
            for (WebElement tab : browser.driver.findElements(By.cssSelector("#tabs button"))) {
                Map<String, Number> box = rect(browser, tab);
                assertThat(box.get("left").doubleValue()).as(tab.getText()).isGreaterThanOrEqualTo(0);
                assertThat(box.get("right").doubleValue()).as(tab.getText()).isLessThanOrEqualTo(width);
                assertThat(box.get("height").doubleValue()).as(tab.getText() + " on one line").isLessThan(48);
            }

            // the graph: wide and high enough, nothing drawn over it, its nodes inside it
            WebElement canvas = page.byTestId("graph");
            Map<String, Number> graph = rect(browser, canvas);
            assertThat(graph.get("height").doubleValue()).as("graph height")
                    .isGreaterThanOrEqualTo(Math.min(400, 0.5 * height));
            assertThat(graph.get("width").doubleValue()).as("graph width").isGreaterThanOrEqualTo(0.6 * width);
            for (String over : List.of(".graph-toolbar", "#legend", "#graph-note")) {
                Map<String, Number> bar = rect(browser, browser.driver.findElement(By.cssSelector(over)));
                assertThat(overlap(bar, graph)).as(over + " over the graph at " + size).isFalse();
            }
            WebElement legend = page.byTestId("legend");
            List<WebElement> kinds = legend.findElements(By.cssSelector("button[data-label]"));
            assertThat(kinds).isNotEmpty();
            if (phone) {
                // folded to one button, opened on demand
                assertThat(kinds).noneMatch(WebElement::isDisplayed);
                page.byTestId("legend-toggle").click();
                page.wait.until(d -> kinds.get(0).isDisplayed());
                assertNoSidewaysScroll(browser, "legend open");
                assertThat(overlap(rect(browser, legend), rect(browser, canvas))).isFalse();
            } else {
                assertThat(kinds).allMatch(WebElement::isDisplayed);
                assertThat(page.all("legend-toggle")).noneMatch(WebElement::isDisplayed);
            }
            page.wait.until(d -> ((Number) browser.script("return window.collabgraph.alpha()")).doubleValue() < 0.05);
            assertThat(nodesInside(browser, rect(browser, canvas))).as("nodes drawn inside the graph").isGreaterThanOrEqualTo(3);
            browser.screenshot("screen-" + size + "-graph");

            // a node's details can be read: on the phone as a sheet under the graph, reached by scrolling down
            browser.asyncScript("const done = arguments[arguments.length - 1];"
                    + " window.collabgraph.select(arguments[0]).then(done, done);", XCMG);
            page.wait.until(d -> page.text("details-name").contains("徐工集团"));
            Map<String, Number> details = rect(browser, page.byTestId("details-panel"));
            assertThat(details.get("left").doubleValue()).isGreaterThanOrEqualTo(0);
            assertThat(details.get("right").doubleValue()).isLessThanOrEqualTo(width);
            assertThat(details.get("width").doubleValue()).isGreaterThanOrEqualTo(Math.min(300, width - 20));
            assertNoSidewaysScroll(browser, "details");
            browser.script("document.querySelector('[data-testid=details-name]').scrollIntoView()");
            browser.screenshot("screen-" + size + "-details");

            for (String view : VIEWS) {
                browser.script("window.scrollTo(0, 0)");
                page.tab(view);
                WebElement container = browser.driver.findElement(By.id(view.equals("paths") ? "paths-panel" : "view-" + view));
                page.wait.until(d -> container.isDisplayed() && !container.getText().isBlank()
                        && container.findElements(By.cssSelector("[data-testid=view-loading]")).isEmpty());
                assertNoSidewaysScroll(browser, view);
                Map<String, Number> box = rect(browser, container);
                assertThat(box.get("left").doubleValue()).as(view).isGreaterThanOrEqualTo(0);
                assertThat(box.get("right").doubleValue()).as(view).isLessThanOrEqualTo(width);
                browser.screenshot("screen-" + size + "-" + view);
            }
        }
    }

    /** The seed names no lead or co unit: the unit-load gap says so instead of showing 牵头 0 / 配合 0 unexplained. */
    @org.junit.jupiter.api.Test
    void onTheSeedAloneTheUnitLoadGapSaysTheDocumentNamesNoRoles() {
        ExplorerPage page = explorer.page();
        page.open("/?view=gaps&gap=countUnitLoad");
        WebElement note = page.byTestId("gap-roles-note");
        assertThat(note.getText()).isEqualTo("文件未区分牵头与配合单位：负荷全部计入“未分主次”，牵头与配合均为 0。");
        assertThat(page.atLeast(1, "gap-row")).isNotEmpty();
        page.browser.screenshot("gap-unit-load-no-roles");
    }

    private static void assertNoSidewaysScroll(Browser browser, String where) {
        @SuppressWarnings("unchecked")
        List<Number> widths = (List<Number>) browser.script(
                "return [document.scrollingElement.scrollWidth, window.innerWidth];");
        assertThat(widths.get(0).intValue()).as("page width with " + where + " shown")
                .isLessThanOrEqualTo(widths.get(1).intValue());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Number> rect(Browser browser, WebElement element) {
        return (Map<String, Number>) browser.script("""
                const r = arguments[0].getBoundingClientRect();
                return {left: r.left, right: r.right, top: r.top, bottom: r.bottom, width: r.width, height: r.height};""",
                element);
    }

    /** Whether two boxes share more than a pixel's edge (a hidden element has an empty box and overlaps nothing). */
    private static boolean overlap(Map<String, Number> a, Map<String, Number> b) {
        if (a.get("width").doubleValue() == 0 || a.get("height").doubleValue() == 0) {
            return false;
        }
        return a.get("left").doubleValue() < b.get("right").doubleValue() - 1
                && b.get("left").doubleValue() < a.get("right").doubleValue() - 1
                && a.get("top").doubleValue() < b.get("bottom").doubleValue() - 1
                && b.get("top").doubleValue() < a.get("bottom").doubleValue() - 1;
    }

    /** How many of the overview's universities and enterprises are drawn inside box. */
    private static long nodesInside(Browser browser, Map<String, Number> box) {
        Object count = browser.script("""
                const box = arguments[0];
                const ids = window.collabgraph.labelled();
                return ids.map(id => window.collabgraph.screenPosition(id)).filter(p => p
                  && p.x >= box.left && p.x <= box.right && p.y >= box.top && p.y <= box.bottom).length;""", box);
        return ((Number) count).longValue();
    }
}
