package dev.collabgraph.app.ui;

import dev.collabgraph.app.http.HttpServer;
import dev.collabgraph.app.http.SeededServer;
import dev.collabgraph.app.http.ServerLinks;
import dev.collabgraph.loader.extract.Extractor;
import dev.collabgraph.store.EmbeddedNeo4j;
import dev.collabgraph.store.EmbeddedSettings;
import dev.collabgraph.store.GraphStore;
import dev.collabgraph.store.GraphWriter;
import dev.collabgraph.store.Schema;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The path an analyst takes from the explorer to Neo4j Browser: the embedded store with its HTTP connector (which
 * serves Neo4j Browser at /browser/) and Bolt, the server told both, the header's link followed in Chromium, Neo4j
 * Browser logged in to the Bolt URI with the run's password, and a query run in its editor.
 */
class Neo4jBrowserIT {
    private static final String QUERY = "MATCH (n:University) RETURN count(n) AS universities";

    @TempDir
    static Path dir;

    private static EmbeddedNeo4j dbms;
    private static GraphStore store;
    private static HttpServer server;
    private static Browser browser;
    private static String bolt;
    private static int httpPort;

    @BeforeAll
    static void start() {
        Browser.requireChromium();
        httpPort = freePort();
        dbms = EmbeddedNeo4j.start(dir.resolve("graph"), EmbeddedSettings.defaults().withBoltPort(0).withHttpPort(httpPort));
        store = dbms.openStore();
        Schema.apply(store);
        GraphWriter.write(store, Extractor.extract(SeededServer.SEED));
        bolt = dbms.boltUri().toString();
        server = HttpServer.start(store, "127.0.0.1", 0, new ServerLinks(bolt, browserUrl()));
        browser = Browser.start(1400, 900);
    }

    /** Neo4j Browser on the HTTP connector's port (chosen here: EmbeddedNeo4j takes a fixed HTTP port). */
    private static String browserUrl() {
        return "http://127.0.0.1:" + httpPort + "/browser/";
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @AfterAll
    static void stop() throws Exception {
        for (AutoCloseable open : new AutoCloseable[] {browser, server, store, dbms}) {
            if (open != null) {
                open.close();
            }
        }
    }

    @Test
    void theHeaderLinksToNeo4jBrowserWhichConnectsOverBoltAndRunsAQuery() {
        ExplorerPage page = new ExplorerPage(browser, path -> URI.create("http://127.0.0.1:" + server.port() + path));
        page.open("/?view=console");
        WebElement link = page.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=neo4j-browser]")));
        assertThat(link.getAttribute("href")).isEqualTo(browserUrl());
        assertThat(link.getAttribute("target")).isEqualTo("_blank");
        assertThat(page.text("bolt-uri")).isEqualTo(bolt);
        assertThat(page.text("bolt-example")).isEqualTo("cypher-shell -a " + bolt + " -u neo4j");
        browser.screenshot("console-bolt");

        String explorer = browser.driver.getWindowHandle();
        link.click();
        page.wait.until(d -> d.getWindowHandles().size() == 2);
        browser.driver.switchTo().window(browser.driver.getWindowHandles().stream()
                .filter(h -> !h.equals(explorer)).findFirst().orElseThrow());
        try {
            // authentication is always on: Neo4j Browser shows its connect form (animated in) and needs the login
            WebElement connect = page.wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("[data-testid=connect]")));
            new Select(visible("[data-testid=bolt-scheme-select]", page)).selectByValue("bolt://");
            WebElement address = visible("[data-testid=boltaddress]", page);
            // a React-controlled field: clear() is undone on the next render, keystrokes are not
            address.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
            address.sendKeys(bolt.substring("bolt://".length()));
            assertThat(address.getAttribute("value")).isEqualTo(bolt.substring("bolt://".length()));
            new Select(visible("[data-testid=authenticationMethod]", page)).selectByValue("NATIVE");
            WebElement user = visible("[data-testid=username]", page);
            user.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
            user.sendKeys(EmbeddedNeo4j.USER);
            visible("[data-testid=password]", page).sendKeys(dbms.password());
            browser.screenshot("neo4j-browser-connect");
            connect.click();
            page.wait.until(Neo4jBrowserIT::connected);

            WebElement editor = browser.driver.findElement(By.cssSelector("[data-testid=activeEditor] textarea"));
            editor.sendKeys(QUERY);
            browser.driver.findElement(By.cssSelector("[data-testid=editor-Run]")).click();
            WebElement frame = page.wait.until(d -> d.findElements(By.cssSelector("[data-testid=frame]")).stream()
                    .filter(f -> f.getText().contains(QUERY) && !f.findElements(By.tagName("td")).isEmpty())
                    .findFirst().orElse(null));
            List<String> cells = frame.findElements(By.tagName("td")).stream().map(WebElement::getText).toList();
            assertThat(cells).contains(String.valueOf(universities()));
            browser.screenshot("neo4j-browser-result");
        } finally {
            browser.driver.close();
            browser.driver.switchTo().window(explorer);
        }
    }

    /** Neo4j Browser says so after connecting, or plays its start guide (which it only does once connected). */
    private static boolean connected(WebDriver driver) {
        String text = driver.findElement(By.tagName("body")).getText();
        return text.contains("You are connected to") || text.contains(":play start");
    }

    private static WebElement visible(String css, ExplorerPage page) {
        return page.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    /** The same count asked of the store directly, as the console would. */
    private static long universities() {
        return store.readAdHoc(QUERY, Map.of(), Duration.ofSeconds(10), 1).rows().get(0).get(0).asLong();
    }
}
