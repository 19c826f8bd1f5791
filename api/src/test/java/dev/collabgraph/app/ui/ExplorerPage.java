package dev.collabgraph.app.ui;

import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** The explorer as the browser tests drive it: open a page, find elements by data-testid, reach the graph's hooks. */
final class ExplorerPage {
    final Browser browser;
    final WebDriverWait wait;
    private final Function<String, URI> uri;

    ExplorerPage(Browser browser, Function<String, URI> uri) {
        this.browser = browser;
        this.uri = uri;
        this.wait = new WebDriverWait(browser.driver, Duration.ofSeconds(20));
        // views redraw by replacing their elements: one read between two frames may hit a stale one
        this.wait.ignoring(StaleElementReferenceException.class);
    }

    /** Loads path and waits until the explorer's hooks are in place. */
    void open(String path) {
        browser.driver.get(uri.apply(path).toString());
        wait.until(d -> Boolean.TRUE.equals(browser.script("return !!window.collabgraph")));
    }

    WebElement byTestId(String id) {
        return wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-testid=" + id + "]")));
    }

    /** The text of the first element carrying testId, read again if a redraw replaced the element meanwhile. */
    String text(String testId) {
        return wait.until(d -> {
            List<WebElement> found = all(testId);
            return found.isEmpty() ? null : found.get(0).getText();
        });
    }

    List<WebElement> all(String testId) {
        return browser.driver.findElements(By.cssSelector("[data-testid=" + testId + "]"));
    }

    /** Waits until at least n elements carry testId, and returns them. */
    List<WebElement> atLeast(int n, String testId) {
        return wait.until(d -> {
            List<WebElement> found = all(testId);
            return found.size() >= n ? found : null;
        });
    }

    void tab(String view) {
        byTestId("tab-" + view).click();
        wait.until(d -> "true".equals(byTestId("tab-" + view).getAttribute("aria-selected")));
    }

    long nodeCount() {
        return ((Number) browser.script("return window.collabgraph.nodeCount")).longValue();
    }

    void waitForGraph() {
        wait.until(d -> nodeCount() > 0 && browser.script("return window.collabgraph.firstDrawMs") != null);
    }

    /** Clicks the node drawn for id on the canvas, once the layout has settled. */
    void clickNode(String id) {
        wait.until(d -> ((Number) browser.script("return window.collabgraph.alpha()")).doubleValue() < 0.05);
        // the offset from the canvas centre, both measured in the viewport (a scrolled page moves neither apart)
        @SuppressWarnings("unchecked")
        Map<String, Number> offset = (Map<String, Number>) browser.script("""
                const at = window.collabgraph.screenPosition(arguments[0]);
                const box = document.querySelector('[data-testid=graph] canvas').getBoundingClientRect();
                return {x: at.x - box.left - box.width / 2, y: at.y - box.top - box.height / 2};""", id);
        WebElement canvas = browser.driver.findElement(By.cssSelector("[data-testid=graph] canvas"));
        new Actions(browser.driver).moveToElement(canvas, offset.get("x").intValue(), offset.get("y").intValue())
                .click().perform();
    }
}
