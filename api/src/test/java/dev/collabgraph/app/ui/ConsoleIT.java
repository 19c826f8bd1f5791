package dev.collabgraph.app.ui;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Cypher console in headless Chromium against the real server (started without Bolt or Neo4j Browser links)
 * and an embedded Neo4j loaded with the seed document.
 */
class ConsoleIT {
    private static final String KUANGDA = "university:中国矿业大学";
    private static final String QUERY = "MATCH (u:University)-[r]-(m) RETURN u, r, m LIMIT 10";
    private static final String WRITE = "CREATE (n) RETURN n";

    @RegisterExtension
    static final ExplorerSession explorer = new ExplorerSession();

    private ExplorerPage page;

    @BeforeEach
    void newPage() {
        page = explorer.page();
    }

    @Test
    void aQueryShowsAsATableAndAGraphWhoseNodesSelectAndAWriteIsRefusedWithTheGraphUnchanged() throws Exception {
        page.open("/");
        page.tab("console");
        explorer.browser().script("localStorage.removeItem('collabgraph.cypherHistory')");
        type(QUERY);
        assertThat(page.all("cypher-input").get(0).findElement(By.xpath("preceding-sibling::pre"))
                .findElements(By.cssSelector(".cy-keyword, .cy-label")).stream().map(WebElement::getText))
                .contains("MATCH", ":University", "RETURN", "LIMIT");
        page.byTestId("cypher-input").sendKeys(Keys.chord(Keys.CONTROL, Keys.ENTER));

        List<WebElement> rows = page.atLeast(10, "cypher-row");
        assertThat(rows).hasSize(10);
        assertThat(rows.get(0).findElements(By.cssSelector("[data-testid=cypher-node]"))).isNotEmpty();
        assertThat(explorer.browser().driver.getCurrentUrl()).doesNotContain("MATCH").doesNotContain("query");
        explorer.browser().screenshot("console-table");

        page.byTestId("cypher-show-graph").click();
        page.wait.until(d -> "true".equals(page.byTestId("tab-graph").getAttribute("aria-selected")));
        page.waitForGraph();
        assertThat(explorer.browser().script("return window.collabgraph.has(arguments[0])", KUANGDA)).isEqualTo(true);
        long shown = page.nodeCount();
        assertThat(shown).isGreaterThanOrEqualTo(2L);
        page.clickNode(KUANGDA);
        page.wait.until(d -> KUANGDA.equals(explorer.browser().script("return window.collabgraph.selected()")));
        page.wait.until(ExpectedConditions.textToBe(By.cssSelector("[data-testid=details-name]"), "中国矿业大学"));
        explorer.browser().screenshot("console-graph");

        long before = nodesInDatabase();
        page.tab("console");
        type(WRITE);
        page.byTestId("cypher-run").click();
        WebElement error = page.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=cypher-error]")));
        // the Chinese page gets the refusal in Chinese (Cypher's own keywords aside)
        assertThat(error.getText()).contains("只允许只读查询").doesNotContain("Only read queries");
        assertThat(nodesInDatabase()).isEqualTo(before).isPositive();
        assertThat(page.nodeCount()).isEqualTo(shown);
        List<String> history = page.atLeast(2, "history-item").stream().map(WebElement::getText).toList();
        assertThat(history).containsExactly(WRITE, QUERY);
        explorer.browser().screenshot("console-refused");

        page.all("history-item").get(1).click();
        assertThat(page.byTestId("cypher-input").getAttribute("value")).isEqualTo(QUERY);
    }

    @Test
    void aSavedQueryRunsWithItsParameterAndTheResultExportsAsCsvAndJson() {
        page.open("/?view=console");
        WebElement findNode = page.wait.until(d -> d.findElements(By.cssSelector("[data-testid=saved-query]")).stream()
                .filter(e -> "explore/findNode".equals(e.getAttribute("data-name"))).findFirst().orElse(null));
        findNode.findElement(By.xpath("ancestor::details")).findElement(By.tagName("summary")).click();
        findNode.findElement(By.cssSelector("[data-testid=saved-open]")).click();
        findNode.findElement(By.cssSelector("[data-testid=saved-param-id]")).sendKeys("enterprise:徐工集团");
        findNode.findElement(By.cssSelector("[data-testid=saved-run]")).click();
        page.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-testid=cypher-table]"), "徐工集团"));

        page.byTestId("cypher-csv").click();
        @SuppressWarnings("unchecked")
        Map<String, Object> csv = page.wait.until(d -> (Map<String, Object>) explorer.browser().script("return window.collabgraph.lastExport"));
        assertThat(csv).containsEntry("format", "csv");
        assertThat((String) csv.get("text")).startsWith("\uFEFF\"id\",\"label\",\"name\"");
        page.byTestId("cypher-json").click();
        page.wait.until(d -> "json".equals(explorer.browser().script("return window.collabgraph.lastExport.format")));
        explorer.browser().screenshot("console-saved");
    }

    @Test
    void parametersThatAreNotJsonAreCaughtBeforeSending() {
        page.open("/?view=console");
        type("MATCH (n:University {name: $name}) RETURN n");
        WebElement params = page.byTestId("cypher-params");
        params.clear();
        params.sendKeys("{name: 矿大");
        page.byTestId("cypher-run").click();
        WebElement error = page.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=cypher-error]")));
        assertThat(error.getText()).contains("JSON");
        assertThat(page.all("cypher-row")).isEmpty();

        params.clear();
        params.sendKeys("{\"name\": \"中国矿业大学\"}");
        page.byTestId("cypher-run").click();
        assertThat(page.atLeast(1, "cypher-row")).hasSize(1);
    }

    @Test
    void withoutLinksFromTheServerNeitherNeo4jBrowserNorBoltIsOffered() {
        page.open("/?view=console");
        page.atLeast(1, "saved-query");
        assertThat(page.byTestId("neo4j-browser").isDisplayed()).isFalse();
        assertThat(page.byTestId("bolt-box").isDisplayed()).isFalse();
    }

    private void type(String query) {
        WebElement input = page.byTestId("cypher-input");
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        input.sendKeys(query);
    }

    /** Every node in the database, counted through the console's own endpoint. */
    private long nodesInDatabase() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(explorer.server().uri("/api/cypher"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"query\": \"MATCH (n) RETURN count(n)\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        return new ObjectMapper().readTree(response.body()).path("rows").path(0).path(0).asLong(-1);
    }
}
