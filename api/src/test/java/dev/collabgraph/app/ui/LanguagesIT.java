package dev.collabgraph.app.ui;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One language at a time, in headless Chromium against the seed and a second city: every view, tab, panel, details,
 * dialog, refusal and toast a planner meets is read, and no text of the other language may show, data aside. Data is
 * what the documents say: a run of Chinese in the English interface must occur in a loaded document's text or be an
 * entity's name or alias; a Latin word in the Chinese interface must occur there too, or be one of the few names
 * that have no Chinese (Cypher, Neo4j, PNG, SVG, CSV, JSON, the switch to English, the pinyin example kuangda).
 */
class LanguagesIT {
    private static final Path SECOND_CITY = Path.of("..", "loader", "src", "test", "resources", "docs", "second-city.txt");
    private static final String XCMG = "enterprise:徐工集团";
    private static final String HIGH_TECH_PARK = "park:徐州高新区";
    private static final Set<String> LATIN_NAMES = Set.of("Cypher", "Neo4j", "PNG", "SVG", "CSV", "JSON", "English",
            "kuangda", "collabgraph", "Bolt", "Browser", "Esc", "Ctrl", "Enter", "PathSearch", "Lucene", "id",
            // Cypher's keywords, named in the console's refusals
            "MATCH", "OPTIONAL", "WITH", "UNWIND", "RETURN", "CALL", "CREATE", "MERGE", "DELETE", "SET", "REMOVE");
    /** What the test itself asks for, echoed by the server's answer (an unknown id). */
    private static final String ASKED = "university:没有这个";
    private static final Pattern LATIN_WORD = Pattern.compile("[A-Za-z][A-Za-z0-9]+");
    private static final Pattern HAN_RUN = Pattern.compile("\\p{IsHan}+");
    private static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    static final ExplorerSession explorer = new ExplorerSession(SECOND_CITY);

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"zh", "en"})
    void noTextOfTheOtherLanguageShowsInAnyViewDetailsDialogOrToast(String language) throws Exception {
        String data = dataText();
        List<String> foreign = new ArrayList<>();
        ExplorerPage page = explorer.page();
        String lang = language.equals("en") ? "lang=en" : "";

        // the overview with its header, tabs, toolbar, legend, note and the first visit's guide
        page.open("/?" + lang);
        explorer.browser().script("localStorage.removeItem('collabgraph.guideSeen')");
        page.open("/?" + lang);
        page.waitForGraph();
        page.wait.until(d -> !page.text("legend").isBlank());
        page.byTestId("guide");
        foreign.addAll(read(language, data, "overview"));

        // the filter panel, and its refusal when nothing is chosen
        explorer.browser().driver.findElement(By.id("filters-toggle")).click();
        WebElement filters = explorer.browser().driver.findElement(By.id("filters"));
        page.wait.until(d -> filters.isDisplayed());
        filters.findElements(By.cssSelector(".actions button")).get(1).click();
        filters.findElements(By.cssSelector(".actions button")).get(2).click();
        page.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=filters-refused]")));
        foreign.addAll(read(language, data, "filters"));
        filters.findElements(By.cssSelector(".actions button")).get(3).click();

        // an enterprise's details (tasks, annex rows, graded evidence), its neighbours added twice: the toasts
        select(page, XCMG, "徐工集团");
        page.wait.until(d -> !d.findElements(By.cssSelector("[data-testid=evidence-quote]")).isEmpty());
        foreign.addAll(read(language, data, "details of xcmg"));
        explorer.browser().asyncScript("const done = arguments[arguments.length - 1];"
                + " window.collabgraph.expand(arguments[0]).then(() => window.collabgraph.expand(arguments[0])).then(done, done);", XCMG);
        page.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=status]")));
        foreign.addAll(read(language, data, "expanded twice"));

        // a park that is also a unit (the same name explained), a task's own details
        select(page, HIGH_TECH_PARK, "徐州高新区");
        page.byTestId("same-name");
        foreign.addAll(read(language, data, "details of the high-tech park"));
        select(page, "region:云龙区", "云龙区");
        page.wait.until(d -> !d.findElements(By.cssSelector("[data-testid=relation]")).isEmpty());
        foreign.addAll(read(language, data, "details of a district"));
        select(page, "xwf-2018-20:task:12", "培育壮大千亿级新兴产业");
        page.wait.until(d -> !d.findElements(By.cssSelector("[data-testid=relation]")).isEmpty());
        foreign.addAll(read(language, data, "details of task 12"));

        // every table view
        for (String view : List.of("tasks", "matrix", "indicators", "links", "documents", "corrections")) {
            page.tab(view);
            WebElement container = explorer.browser().driver.findElement(By.id("view-" + view));
            page.wait.until(d -> !container.getText().isBlank()
                    && container.findElements(By.cssSelector("[data-testid=view-loading]")).isEmpty());
            if (view.equals("indicators")) {
                page.wait.until(d -> !d.findElements(By.cssSelector("[data-testid=indicator] svg .tick text")).isEmpty());
            }
            foreign.addAll(read(language, data, view));
        }

        // gaps: every definition, a row count's badge, one gap's rows
        page.tab("gaps");
        page.atLeast(8, "gap");
        page.all("gap").stream().filter(g -> "findUncoveredDivisions".equals(g.getAttribute("data-name")))
                .findFirst().orElseThrow().click();
        page.atLeast(1, "gap-row");
        foreign.addAll(read(language, data, "gaps"));
        page.all("gap").stream().filter(g -> g.getAttribute("data-name").startsWith("count")).findFirst().orElseThrow()
                .click();
        page.atLeast(1, "gap-row");
        foreign.addAll(read(language, data, "a row-count gap"));

        // the console: a result and a refusal
        page.tab("console");
        WebElement input = page.byTestId("cypher-input");
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        input.sendKeys("CREATE (n:University {name: 'x'}) RETURN n");
        page.byTestId("cypher-run").click();
        page.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=cypher-error]")));
        foreign.addAll(read(language, data, "console refusal"));

        // partners of an enterprise with one explanation open
        page.open("/?view=partners&for=" + enc(XCMG) + (lang.isEmpty() ? "" : "&" + lang));
        WebElement first = page.atLeast(1, "partner").get(0);
        first.findElement(By.cssSelector("[data-testid=partner-why]")).click();
        page.wait.until(d -> !first.findElements(By.cssSelector("[data-testid=partner-path]")).isEmpty());
        foreign.addAll(read(language, data, "partners"));

        // paths as cards
        page.open("/?view=paths&from=" + enc(XCMG) + "&to=" + enc(HIGH_TECH_PARK) + (lang.isEmpty() ? "" : "&" + lang));
        new org.openqa.selenium.support.ui.WebDriverWait(explorer.browser().driver, java.time.Duration.ofSeconds(90))
                .until(d -> !page.all("path").isEmpty());
        foreign.addAll(read(language, data, "paths"));

        // an error from the server, then the network gone: the toast and the retry
        page.open("/?sel=" + enc(ASKED) + (lang.isEmpty() ? "" : "&" + lang));
        page.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=status]")));
        foreign.addAll(read(language, data, "error toast"));
        explorer.browser().script("window.fetch = () => Promise.reject(new TypeError('offline'));");
        page.tab("gaps");
        page.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#view-gaps [data-testid=retry]")));
        foreign.addAll(read(language, data, "offline"));
        explorer.browser().screenshot("language-" + language + "-offline");

        assertThat(foreign).as("text of the other language in the " + language + " interface").isEmpty();
    }

    private static void select(ExplorerPage page, String id, String name) {
        explorer.browser().asyncScript("const done = arguments[arguments.length - 1];"
                + " window.collabgraph.select(arguments[0]).then(done, done);", id);
        page.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-testid=details-name]"), name));
    }

    /**
     * The words of the other language in what the page shows now (texts, and the titles, placeholders and labels a
     * pointer or a screen reader meets), each with where it was seen; code (the console's query) is not read.
     */
    private static List<String> read(String language, String data, String where) {
        @SuppressWarnings("unchecked")
        List<String> texts = (List<String>) explorer.browser().script("""
                const out = [];
                const visible = el => el && el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
                const code = el => el.closest('textarea, pre, code, script, style, [data-testid=cypher-input]');
                const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
                for (let n = walker.nextNode(); n; n = walker.nextNode()) {
                  const el = n.parentElement;
                  if (n.textContent.trim() && visible(el) && !code(el)) out.push(n.textContent.trim());
                }
                for (const el of document.querySelectorAll('[title], [placeholder], [aria-label]')) {
                  if (!visible(el) || code(el)) continue;
                  for (const a of ['title', 'placeholder', 'aria-label']) if (el.getAttribute(a)) out.push(el.getAttribute(a));
                }
                return out;""");
        List<String> foreign = new ArrayList<>();
        for (String text : texts) {
            Matcher m = (language.equals("zh") ? LATIN_WORD : HAN_RUN).matcher(text);
            while (m.find()) {
                String word = m.group();
                boolean allowed = language.equals("zh") ? LATIN_NAMES.contains(word) || data.contains(word)
                        : word.equals("中文") || data.contains(word);
                if (!allowed) {
                    foreign.add(where + ": «" + word + "» in «" + text + "»");
                }
            }
        }
        explorer.browser().screenshot("language-" + language + "-" + where.replaceAll("[^A-Za-z0-9]+", "-"));
        return foreign;
    }

    /** The loaded documents' texts and every node's name and aliases: what the interface shows as data. */
    private static String dataText() throws Exception {
        StringBuilder out = new StringBuilder();
        for (String query : List.of("MATCH (d:Document) RETURN d.text AS t",
                "MATCH (n) WHERE n.name IS NOT NULL RETURN n.name + ' ' + coalesce(reduce(s = '', a IN coalesce(n.aliases, []) | s + ' ' + a), '') AS t")) {
            String body = JSON.writeValueAsString(java.util.Map.of("query", query, "limit", 10000));
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    explorer.server().uri("/api/cypher")).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            for (JsonNode row : JSON.readTree(response.body()).path("rows")) {
                out.append(row.path(0).asText()).append('\n');
            }
        }
        assertThat(out.length()).isGreaterThan(10_000);
        return out.append(ASKED).toString();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
