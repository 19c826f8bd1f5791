package dev.collabgraph.app.ui;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Paths a planner can read, in headless Chromium against the seed: the types a path may pass through, the paths as
 * cards read in their relationships' directions, and the graph moved to the path, its nodes named, the rest faded;
 * the same for a recommendation's path in the partners view.
 */
class PathsViewIT {
    private static final String XCMG = "enterprise:徐工集团";
    /** 徐工集团 reaches it in two steps through a task, in three through platforms and industries. */
    private static final String HIGH_TECH_PARK = "park:徐州高新区";
    private static final List<String> EXCLUDED = List.of("Unit", "Region", "Task", "AnnexTask", "Indicator", "Target");
    private static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    static final ExplorerSession explorer = new ExplorerSession();

    private ExplorerPage page;

    @BeforeEach
    void newPage() {
        page = explorer.page();
    }

    @Test
    void pathsAvoidUnitsRegionsAndTasksByDefaultAndAreDrawnSoThatTheyCanBeRead() throws Exception {
        page.open("/");
        page.waitForGraph();
        page.tab("paths");
        pick("path-from", "徐工集团", XCMG);
        pick("path-to", "徐州高新区", HIGH_TECH_PARK);
        Map<String, Object> before = transform();
        page.byTestId("paths-find").click();

        // the server's answer: not relaxed, no unit, region or task between the ends, several paths
        JsonNode answer = api("/api/paths?from=" + enc(XCMG) + "&to=" + enc(HIGH_TECH_PARK));
        assertThat(answer.path("relaxed").asBoolean()).isFalse();
        assertThat(intermediates(answer)).isNotEmpty().doesNotContainAnyElementsOf(EXCLUDED);
        List<WebElement> cards = page.atLeast(2, "path");
        assertThat(cards).hasSize(answer.path("paths").size());
        assertThat(page.byTestId("paths-relaxed").isDisplayed()).isFalse();
        // the cards say the same: every node between the ends is a partner or an industry, each hop in its direction
        for (int i = 0; i < cards.size(); i++) {
            List<WebElement> names = cards.get(i).findElements(By.cssSelector("[data-testid=path-node]"));
            assertThat(names.get(0).getText()).isEqualTo("徐工集团");
            assertThat(names.get(names.size() - 1).getText()).isEqualTo("徐州高新区");
            for (WebElement name : names.subList(1, names.size() - 1)) {
                assertThat(name.getAttribute("data-label")).isNotIn(EXCLUDED.toArray());
            }
        }
        assertHopsFollowTheirRelationships(cards, answer.path("paths"));

        // the graph: moved to the path, every path node named, everything else faded
        List<String> pathIds = texts(answer.path("nodes"), "id");
        page.wait.until(d -> labelled().containsAll(pathIds));
        page.wait.until(d -> !transform().equals(before) && settledTransform());
        assertThat(visibleTexts()).contains("徐工集团", "徐州高新区");
        assertThat(someFadedNode(pathIds)).isTrue();
        explorer.browser().screenshot("paths-xcmg-high-tech-park");

        // one card alone: hovering previews it, clicking keeps it
        JsonNode second = answer.path("paths").path(1);
        new Actions(explorer.browser().driver).moveToElement(cards.get(1)).perform();
        page.wait.until(d -> highlighted().size() == second.path("nodes").size());
        cards.get(1).click();
        page.wait.until(d -> page.all("path").get(1).getAttribute("class").contains("active"));
        assertThat(highlighted()).containsExactlyInAnyOrderElementsOf(texts(second.path("nodes"), null));

        // expanding a node on the path keeps the path drawn and named
        explorer.browser().script("return window.collabgraph.expand(arguments[0])", XCMG);
        page.wait.until(d -> !highlighted().isEmpty() && labelled().contains(XCMG) && labelled().contains(HIGH_TECH_PARK));

        // English: the cards name the relations in English, the path stays drawn
        page.byTestId("language-switch").click();
        page.wait.until(d -> page.all("path-hop").stream().anyMatch(h -> h.getText().matches(".*[a-z]{4,}.*")));
        assertThat(page.text("paths-through")).contains("Unit", "Region", "Task");
        assertThat(highlighted()).isNotEmpty();
        page.byTestId("language-switch").click();

        // Esc ends it: nothing highlighted or faded, the view back where it was
        new Actions(explorer.browser().driver).sendKeys(Keys.ESCAPE).perform();
        page.wait.until(d -> highlighted().isEmpty());
        assertThat(someFadedNode(List.of())).isFalse();

        // allowing units and tasks: the two-step path through a task comes first
        page.byTestId("through-Unit").click();
        page.byTestId("through-Task").click();
        page.byTestId("paths-find").click();
        page.wait.until(d -> !page.all("path").isEmpty() && page.all("path").get(0)
                .findElements(By.cssSelector("[data-testid=path-node]")).size() == 3);
        assertThat(page.all("path").get(0).findElements(By.cssSelector("[data-testid=path-node]")).get(1)
                .getAttribute("data-label")).isIn("Task", "Unit");
        assertThat(explorer.browser().driver.getCurrentUrl()).contains("through=");
    }

    /**
     * 徐工集团 reaches the high-tech park through either of its two platforms: two cards, shortest first, both ends
     * named on screen; picking the second draws that path alone, the first one's platform faded.
     */
    @Test
    void severalPathsAreCardsWithBothEndsNamedAndASecondCardRedrawsTheGraph() throws Exception {
        page.open("/?view=paths&from=" + enc(XCMG) + "&to=" + enc(HIGH_TECH_PARK));
        new WebDriverWait(explorer.browser().driver, Duration.ofSeconds(90)).until(d -> page.all("path").size() >= 2);
        JsonNode answer = api("/api/paths?from=" + enc(XCMG) + "&to=" + enc(HIGH_TECH_PARK));
        JsonNode paths = answer.path("paths");
        List<WebElement> cards = page.all("path");
        assertThat(cards).hasSize(paths.size()).hasSizeLessThanOrEqualTo(3);
        assertThat(page.text("paths-summary")).contains("最短的在前");
        // each card names every node on its path, in order, and reads each relation in Chinese words
        Map<String, String> names = new HashMap<>();
        answer.path("nodes").forEach(n -> names.put(n.path("id").asText(), n.path("name").asText()));
        for (int i = 0; i < cards.size(); i++) {
            List<String> shown = cards.get(i).findElements(By.cssSelector("[data-testid=path-node]")).stream()
                    .map(WebElement::getText).toList();
            assertThat(shown).containsExactlyElementsOf(texts(paths.path(i).path("nodes"), null).stream()
                    .map(names::get).toList());
            assertThat(cards.get(i).findElements(By.cssSelector("[data-testid=path-hop]")))
                    .allSatisfy(h -> assertThat(h.getText()).doesNotContainPattern("[A-Za-z]"));
        }
        // shortest first
        for (int i = 1; i < paths.size(); i++) {
            assertThat(paths.path(i).path("links").size()).isGreaterThanOrEqualTo(paths.path(i - 1).path("links").size());
        }
        // both ends named on the canvas, every path node labelled
        page.wait.until(d -> labelled().containsAll(texts(answer.path("nodes"), "id")) && settledTransform());
        assertThat(visibleTexts()).contains("徐工集团", "徐州高新区");

        List<String> first = texts(paths.path(0).path("nodes"), null);
        List<String> second = texts(paths.path(1).path("nodes"), null);
        String onlyFirst = first.stream().filter(id -> !second.contains(id)).findFirst().orElseThrow();
        cards.get(1).click();
        page.wait.until(d -> highlighted().size() == second.size() && highlighted().containsAll(second));
        page.wait.until(d -> settledTransform());
        assertThat(labelled()).containsAll(second);
        assertThat((Boolean) explorer.browser().script("return window.collabgraph.faded(arguments[0])", onlyFirst))
                .isTrue();
        assertThat(visibleTexts()).contains("徐工集团", "徐州高新区", names.get(second.get(1)));
        assertThat(page.all("path").get(1).getAttribute("aria-pressed")).isEqualTo("true");
        explorer.browser().screenshot("paths-second-card");

        // and back to the first card: its platform drawn again, the second one's faded
        page.all("path").get(0).click();
        page.wait.until(d -> highlighted().size() == first.size() && highlighted().containsAll(first));
    }

    @Test
    void whenNoPathAvoidsUnitsRegionsAndTasksThePanelSaysTheSearchWasRelaxed() {
        page.open("/?view=paths&from=" + enc("university:徐州医科大学") + "&to=" + enc("enterprise:华为"));
        // a shared link finds its paths after the overview: on a server just started that may take a while
        new WebDriverWait(explorer.browser().driver, Duration.ofSeconds(90)).until(d -> !page.all("path").isEmpty());
        WebElement relaxed = page.byTestId("paths-relaxed");
        page.wait.until(ExpectedConditions.visibilityOf(relaxed));
        assertThat(relaxed.getText()).contains("已放宽为所有类型").contains("高校");
        // a task that mentions a company reads as the task mentioning it, an arrow pointing back to the company
        List<WebElement> back = page.all("path-hop").stream().filter(h -> "back".equals(h.getAttribute("data-direction"))).toList();
        assertThat(back).isNotEmpty().allSatisfy(h -> assertThat(h.getText()).startsWith("←"));
        // a path opened from a shared link is drawn the same way
        page.wait.until(d -> labelled().containsAll(List.of("university:徐州医科大学", "enterprise:华为")));
        page.wait.until(d -> ((Number) transform().get("k")).doubleValue() > 0.5 && settledTransform());
        explorer.browser().screenshot("paths-relaxed");
    }

    @Test
    void aRecommendationsPathIsDrawnTheSameWayAndReadInItsDirections() throws Exception {
        page.open("/?view=partners&for=" + enc(XCMG));
        WebElement first = page.atLeast(1, "partner").get(0);
        first.findElement(By.cssSelector("[data-testid=partner-why]")).click();
        WebElement path = page.wait.until(d -> first.findElements(By.cssSelector("[data-testid=partner-path]")).stream()
                .findFirst().orElse(null));
        String partner = first.getAttribute("data-id");
        JsonNode item = null;
        for (JsonNode candidate : api("/api/recommendations?for=" + enc(XCMG)).path("items")) {
            if (candidate.path("id").asText().equals(partner)) {
                item = candidate;
            }
        }
        assertThat(item).isNotNull();
        JsonNode shown = item.path("explanation").path("paths").path(0);
        assertHopsFollowTheirRelationships(List.of(path), List.of(shown));
        // the explanation's paths are the paths view's cards, side by side in the wide list
        List<WebElement> partnerCards = first.findElements(By.cssSelector("[data-testid=partner-path]"));
        assertThat(partnerCards).hasSizeGreaterThanOrEqualTo(2).hasSize(shownPaths(item));
        // both cards measured in one script call, waited for: text still arriving above them may shift one read
        page.wait.until(d -> sideBySide(partnerCards.get(0), partnerCards.get(1)));
        assertThat(first.findElement(By.cssSelector("[data-testid=partner-meaning]")).getText())
                .matches("约 [\\d.]+% 的同类组合在文件中确有合作；原始得分 [\\d.]+");
        explorer.browser().screenshot("partner-path-cards");

        page.waitForGraph();
        Map<String, Object> before = transform();
        path.click();
        List<String> ids = texts(shown.path("nodes"), "id");
        page.wait.until(d -> "true".equals(page.byTestId("tab-graph").getAttribute("aria-selected")));
        page.wait.until(d -> highlighted().containsAll(ids) && labelled().containsAll(ids));
        page.wait.until(d -> !transform().equals(before) && settledTransform());
        assertThat(someFadedNode(ids)).isTrue();
        WebElement clear = page.byTestId("clear-path");
        assertThat(clear.isDisplayed()).isTrue();
        explorer.browser().screenshot("partner-path");
        clear.click();
        page.wait.until(d -> highlighted().isEmpty());
        assertThat(clear.isDisplayed()).isFalse();
    }

    /** Whether the second card stands right of the first on the same row, both read in one layout. */
    private boolean sideBySide(WebElement first, WebElement second) {
        return (Boolean) explorer.browser().script("const a = arguments[0].getBoundingClientRect(),"
                + " b = arguments[1].getBoundingClientRect(); return a.top === b.top && b.left > a.left;", first, second);
    }

    private static int shownPaths(JsonNode item) {
        return item.path("explanation").path("paths").size();
    }

    /** Each hop's arrow points along its relationship: forward when it starts at the node walked from. */
    private static void assertHopsFollowTheirRelationships(List<WebElement> cards, Iterable<JsonNode> paths) {
        int i = 0;
        for (JsonNode path : paths) {
            if (i == cards.size()) {
                break;
            }
            List<WebElement> hops = cards.get(i++).findElements(By.cssSelector("[data-testid=path-hop]"));
            JsonNode nodes = path.path("nodes");
            assertThat(hops).hasSize(path.path("links").size());
            for (int h = 0; h < hops.size(); h++) {
                JsonNode from = nodes.path(h);
                String fromId = from.isObject() ? from.path("id").asText() : from.asText();
                boolean forward = path.path("links").path(h).path("source").asText().equals(fromId);
                assertThat(hops.get(h).getAttribute("data-direction")).isEqualTo(forward ? "forward" : "back");
                assertThat(hops.get(h).getText()).matches(forward ? "—.+→" : "←.+—");
            }
        }
    }

    private void pick(String testId, String query, String id) {
        page.byTestId(testId + "-input").sendKeys(query);
        page.wait.until(d -> d.findElements(By.cssSelector("[data-testid=" + testId + "-suggestion]")).stream()
                .filter(e -> id.equals(e.getAttribute("data-id"))).findFirst().orElse(null)).click();
    }

    @SuppressWarnings("unchecked")
    private List<String> labelled() {
        return (List<String>) explorer.browser().script("return window.collabgraph.labelled()");
    }

    @SuppressWarnings("unchecked")
    private List<String> highlighted() {
        return (List<String>) explorer.browser().script("return window.collabgraph.highlighted()");
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> transform() {
        return (Map<String, Object>) explorer.browser().script("return window.collabgraph.transform()");
    }

    /** The zoom is not moving any more (its animation ended). */
    private boolean settledTransform() {
        Map<String, Object> a = transform();
        explorer.browser().script("return new Promise(r => setTimeout(r, 150))");
        return a.equals(transform());
    }

    /** Whether a node not in pathIds is drawn faded, read from the SVG rendering of the view too. */
    private boolean someFadedNode(List<String> pathIds) {
        Object fromHook = explorer.browser().script("""
                const svg = new DOMParser().parseFromString(window.collabgraph.svg(), 'image/svg+xml');
                const faded = [...svg.querySelectorAll('circle.faded')].map(c => c.getAttribute('data-id'));
                return faded.length > 0 && faded.every(id => !arguments[0].includes(id) && window.collabgraph.faded(id));""",
                pathIds);
        return Boolean.TRUE.equals(fromHook);
    }

    /** The texts of the labels the SVG rendering of the view holds. */
    @SuppressWarnings("unchecked")
    private List<String> visibleTexts() {
        return (List<String>) explorer.browser().script("""
                const svg = new DOMParser().parseFromString(window.collabgraph.svg(), 'image/svg+xml');
                const box = {w: +svg.documentElement.getAttribute('width'), h: +svg.documentElement.getAttribute('height')};
                return [...svg.querySelectorAll('text')]
                  .filter(t => +t.getAttribute('x') >= 0 && +t.getAttribute('x') < box.w && +t.getAttribute('y') >= 0
                    && +t.getAttribute('y') < box.h)
                  .map(t => t.textContent);""");
    }

    private static List<String> intermediates(JsonNode answer) {
        Map<String, String> labels = new HashMap<>();
        answer.path("nodes").forEach(n -> labels.put(n.path("id").asText(), n.path("label").asText()));
        List<String> out = new ArrayList<>();
        for (JsonNode path : answer.path("paths")) {
            for (int i = 1; i < path.path("nodes").size() - 1; i++) {
                out.add(labels.get(path.path("nodes").path(i).asText()));
            }
        }
        return out;
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> out = new ArrayList<>();
        array.forEach(v -> out.add(field == null ? v.asText() : v.path(field).asText()));
        return out;
    }

    private static JsonNode api(String pathAndQuery) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(explorer.server().uri(pathAndQuery)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(pathAndQuery).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
