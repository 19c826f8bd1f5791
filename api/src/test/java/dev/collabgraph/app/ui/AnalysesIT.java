package dev.collabgraph.app.ui;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The analysis views in headless Chromium against the real server and an embedded Neo4j loaded with the seed and a
 * second city: coverage gaps, industry–academia links and partner recommendations.
 */
class AnalysesIT {
    private static final Path SECOND_CITY = Path.of("..", "loader", "src", "test", "resources", "docs", "second-city.txt");
    private static final String XCMG = "enterprise:徐工集团";
    private static final String KUANGDA = "university:中国矿业大学";

    @RegisterExtension
    static final ExplorerSession explorer = new ExplorerSession(SECOND_CITY);

    private ExplorerPage page;

    @BeforeEach
    void newPage() {
        page = explorer.page();
    }

    @Test
    void theGapsViewDefinesEveryGapAndTheDistrictsGapListsYunlongAndDownloadsAsCsv() throws Exception {
        page.open("/");
        page.tab("gaps");
        List<WebElement> gaps = page.atLeast(8, "gap");
        for (WebElement gap : gaps) {
            // the Chinese page shows the server's Chinese definition, not the English one
            assertThat(gap.findElement(By.cssSelector("[data-testid=gap-about]")).getText()).hasSizeGreaterThan(40)
                    .startsWith("缺口").doesNotContainPattern("[A-Za-z]{3,}");
            // a problem count is a number; a tally of every unit's load says it counts rows, not problems
            String count = gap.findElement(By.cssSelector("[data-testid=gap-count]")).getText();
            if (gap.getAttribute("data-name").startsWith("count")) {
                assertThat(count).matches("\\d+ 行");
                assertThat(gap.findElement(By.cssSelector("[data-testid=gap-count]")).getAttribute("title"))
                        .contains("不是问题数");
            } else {
                assertThat(count).matches("\\d+");
            }
        }
        assertThat(gaps).anyMatch(g -> g.getAttribute("data-name").startsWith("count"));
        WebElement districts = gaps.stream().filter(g -> "findUncoveredDivisions".equals(g.getAttribute("data-name")))
                .findFirst().orElseThrow();
        districts.click();
        page.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-testid=gap-table]"), "云龙区"));
        assertThat(explorer.browser().driver.getCurrentUrl()).contains("view=gaps").contains("gap=findUncoveredDivisions");
        explorer.browser().screenshot("gaps");

        WebElement csv = page.byTestId("gap-csv");
        assertThat(csv.getAttribute("download")).endsWith(".csv");
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(csv.getAttribute("href"))).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/csv"));
        byte[] body = response.body();
        assertThat(Arrays.copyOf(body, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(body, 3, body.length - 3, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\"division\",\"name\",").contains("\"云龙区\"");

        WebElement yunlong = page.wait.until(d -> d.findElements(By.cssSelector("[data-testid=gap-link]")).stream()
                .filter(e -> e.getText().equals("云龙区")).findFirst().orElse(null));
        // a name in the table shows its details in the column beside it; the table stays until asked for the graph
        yunlong.click();
        page.wait.until(ExpectedConditions.textToBe(By.cssSelector("[data-testid=details-name]"), "云龙区"));
        assertThat(page.byTestId("tab-gaps").getAttribute("aria-selected")).isEqualTo("true");
        assertThat(page.byTestId("gap-table").isDisplayed()).isTrue();
        explorer.browser().screenshot("gaps-details-beside");
        page.byTestId("details-show-in-graph").click();
        page.wait.until(d -> "true".equals(page.byTestId("tab-graph").getAttribute("aria-selected")));
        assertThat(page.text("details-name")).isEqualTo("云龙区");
        assertThat(page.byTestId("details-show-in-graph").isDisplayed()).isFalse();
    }

    @Test
    void partnersOfXcmgAreRankedExplainedAndTheirPathsHighlightedInTheGraph() {
        page.open("/");
        page.byTestId("search-input").sendKeys("徐工集团");
        page.wait.until(d -> d.findElements(By.cssSelector("[data-testid=search-suggestion]")).stream()
                .filter(e -> XCMG.equals(e.getAttribute("data-id"))).findFirst().orElse(null)).click();
        page.wait.until(ExpectedConditions.textToBe(By.cssSelector("[data-testid=details-name]"), "徐工集团"));
        page.byTestId("details-partners").click();

        List<WebElement> rows = page.atLeast(3, "partner");
        assertThat(explorer.browser().driver.getCurrentUrl()).contains("view=partners").contains("for=");
        // calibrated scores, "约 7.5%", never rising down the list, each with its meaning on hover
        List<Double> scores = rows.stream().map(r -> r.findElement(By.cssSelector("[data-testid=partner-score]")))
                .peek(s -> assertThat(s.getAttribute("title")).endsWith("的同类组合在文件中确有合作"))
                .map(s -> Double.parseDouble(s.getText().replaceAll("^约 ([\\d.]+)%$", "$1"))).toList();
        assertThat(scores).isSortedAccordingTo((a, b) -> Double.compare(b, a));
        // an enterprise is offered universities and research platforms, each with its reason in plain words
        assertThat(rows).allSatisfy(r -> assertThat(r.getAttribute("data-id")).matches("(university|platform):.*"));
        assertThat(rows).allSatisfy(r -> assertThat(r.findElement(By.cssSelector("[data-testid=partner-reason]"))
                .getText()).matches(".*(都参与任务『|都与|同属|产业画像相近|间接相连).*"));
        assertThat(rows.stream().map(r -> r.findElement(By.cssSelector("[data-testid=partner-reason]")).getText()))
                .anyMatch(reason -> reason.contains("都参与任务『"));

        // each of them with the document's quotes behind it, and the industry fit said in plain words
        for (WebElement row : rows) {
            row.findElement(By.cssSelector("[data-testid=partner-why]")).click();
            WebElement why = row.findElement(By.cssSelector("[data-testid=partner-explanation]"));
            page.wait.until(ExpectedConditions.visibilityOf(why));
            assertThat(why.findElements(By.cssSelector("[data-testid=partner-quote]"))).as(row.getAttribute("data-id"))
                    .isNotEmpty().allSatisfy(q -> assertThat(q.getText()).isNotBlank());
            assertThat(why.findElement(By.cssSelector("[data-testid=partner-fit]")).getText())
                    .matches("[\\d.]+：两者在文件中涉及的产业有多相近，0 为毫无交集，1 为完全相同");
        }
        WebElement first = rows.get(0);
        WebElement why = first.findElement(By.cssSelector("[data-testid=partner-explanation]"));
        assertThat(why.findElements(By.cssSelector("[data-testid=shared-neighbour], [data-testid=partner-quote]"))).isNotEmpty();
        explorer.browser().screenshot("partners");

        String partner = first.getAttribute("data-id");
        first.findElement(By.cssSelector(".partner-line .name")).click();
        @SuppressWarnings("unchecked")
        List<String> highlighted = page.wait.until(d -> {
            List<String> ids = (List<String>) explorer.browser().script("return window.collabgraph.highlighted()");
            return ids.isEmpty() ? null : ids;
        });
        assertThat(highlighted).contains(XCMG, partner);
        assertThat(page.byTestId("tab-graph").getAttribute("aria-selected")).isEqualTo("true");
        page.waitForGraph();
        explorer.browser().screenshot("partner-paths");
    }

    @Test
    void thePartnersTabTakesTheEntitySelectedInTheGraphButKeepsAChoiceMadeThere() {
        page.open("/");
        page.waitForGraph();
        explorer.browser().asyncScript("const done = arguments[arguments.length - 1];"
                + " window.collabgraph.select(arguments[0]).then(done, done);", KUANGDA);
        page.tab("partners");
        page.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".partners-for"), "中国矿业大学"));
        page.atLeast(1, "partner");

        // another entity chosen in the tab stays when the tab is left and opened again with the same selection
        WebElement input = page.byTestId("partners-input");
        input.clear();
        input.sendKeys("徐工集团");
        page.wait.until(d -> d.findElements(By.cssSelector("[data-testid=partners-suggestion]")).stream()
                .filter(e -> XCMG.equals(e.getAttribute("data-id"))).findFirst().orElse(null)).click();
        page.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".partners-for"), "徐工集团"));
        page.tab("graph");
        page.tab("partners");
        page.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".partners-for"), "徐工集团"));
        explorer.browser().screenshot("partners-take-the-selection");
    }

    @Test
    void theIndustryAcademiaTableListsKuangdaWithAPartnerAndFiltersByUniversity() {
        page.open("/");
        page.tab("links");
        List<WebElement> rows = page.atLeast(1, "link-row");
        WebElement kuangda = rows.stream().filter(r -> r.getText().startsWith("中国矿业大学")).findFirst().orElseThrow();
        List<WebElement> cells = kuangda.findElements(By.tagName("td"));
        assertThat(cells.get(2).getText()).isNotBlank();
        assertThat(cells.get(4).getText()).isNotBlank();
        assertThat(page.all("links-graph").get(0).findElements(By.cssSelector("[data-id='" + KUANGDA + "']"))).hasSize(1);

        new Select(page.byTestId("links-university")).selectByValue("中国矿业大学");
        page.wait.until(d -> all(d.findElements(By.cssSelector("[data-testid=link-row]")), "中国矿业大学"));
        assertThat(explorer.browser().driver.getCurrentUrl()).contains("university=");
        assertThat(page.byTestId("links-csv").getAttribute("href")).contains("format=csv").contains("university=");
        explorer.browser().screenshot("industry-academia");
    }

    @Test
    void aSharedLinkReopensTheGapAndThePartnersAndEnglishNamesTheViews() {
        page.open("/?view=partners&for=" + URLEncoder.encode(KUANGDA, StandardCharsets.UTF_8));
        page.atLeast(1, "partner");
        assertThat(page.byTestId("partners-input").getAttribute("value")).isEqualTo("中国矿业大学");

        page.open("/?view=gaps&gap=findEmptyParks&lang=en");
        page.atLeast(1, "gap-row");
        assertThat(page.text("tab-gaps")).isEqualTo("Gaps");
        assertThat(page.text("tab-partners")).isEqualTo("Partners");
        assertThat(page.text("gap-csv")).isEqualTo("Export CSV");
    }

    private static boolean all(List<WebElement> rows, String university) {
        return !rows.isEmpty() && rows.stream().allMatch(r -> r.getText().startsWith(university));
    }
}
