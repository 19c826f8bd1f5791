package dev.collabgraph.app.ui;

import dev.collabgraph.app.http.SeededServer;
import dev.collabgraph.loader.extract.Extractor;
import dev.collabgraph.store.CypherFiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The explorer in headless Chromium against the real server and an embedded Neo4j loaded with the seed document
 * and a small document whose entity name is HTML markup. Screenshots land in {@code <build dir>/screenshots}.
 */
class ExplorerIT {
    /** Its notes name lead (牵头) and co (配合) units; the seed's notes name neither. */
    private static final Path SECOND_CITY = Path.of("..", "loader", "src", "test", "resources", "docs", "second-city.txt");
    private static final String KUANGDA = "university:中国矿业大学";
    private static final String MARKUP_DOCUMENT = "ui/markup-name.txt";
    private static final String MARKUP_NAME = "支持<img src=x onerror=alert(1)>大学";
    private static final String MARKUP_ID = "university:markup-test";

    @RegisterExtension
    static final ExplorerSession explorer = new ExplorerSession(SECOND_CITY, markupDocument())
            .afterSeeding(ExplorerIT::nameAnEntityWithMarkup);

    private WebDriverWait wait;

    private static Path markupDocument() {
        try {
            return Path.of(ExplorerIT.class.getClassLoader().getResource(MARKUP_DOCUMENT).toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The extractor takes no entity named with markup, so the test names one itself, quoted from the text. */
    private static void nameAnEntityWithMarkup(SeededServer server) {
        Path document = markupDocument();
        String text;
        try {
            text = Files.readString(document, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int start = text.indexOf(MARKUP_NAME);
        String documentId = Extractor.extract(document).document().id();
        server.store().write(tx -> tx.run(CypherFiles.load("test/createMarkupNamedEntity"), Map.of(
                "taskId", documentId + ":task:1", "id", MARKUP_ID, "name", MARKUP_NAME, "documentId", documentId,
                "start", start, "end", start + MARKUP_NAME.length()), r -> r.get("id").asString()));
    }

    @BeforeEach
    void waitLonger() {
        wait = new WebDriverWait(explorer.browser().driver, Duration.ofSeconds(20));
        // views redraw by replacing their elements: one read between two frames may hit a stale one
        wait.ignoring(StaleElementReferenceException.class);
    }

    @AfterEach
    void noAlertEverOpened() {
        assertThatThrownBy(() -> explorer.browser().driver.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
    }

    @Test
    void searchingKuangdaAndPickingTheUniversityShowsEvidenceInsideItsSentence() {
        open("/");
        WebElement input = byTestId("search-input");
        input.sendKeys("矿大");
        WebElement suggestion = wait.until(d -> d.findElements(By.cssSelector("[data-testid=search-suggestion]")).stream()
                .filter(e -> e.getText().contains("中国矿业大学")).findFirst().orElse(null));
        suggestion.click();

        wait.until(d -> KUANGDA.equals(explorer.browser().script("return window.collabgraph.selected()")));
        WebElement details = byTestId("details-panel");
        wait.until(ExpectedConditions.textToBePresentInElement(byTestId("details-name"), "中国矿业大学"));
        List<WebElement> quotes = wait.until(d -> {
            List<WebElement> found = details.findElements(By.cssSelector("[data-testid=evidence-quote]"));
            return found.isEmpty() ? null : found;
        });
        assertThat(quotes.get(0).getText()).isNotBlank();
        WebElement sentence = quotes.get(0).findElement(By.xpath("ancestor::*[@data-testid='evidence']"));
        assertThat(sentence.getText()).contains(quotes.get(0).getText()).hasSizeGreaterThan(quotes.get(0).getText().length());
        // how each link was read is said in plain Chinese, not as a rule tag (co-participates:enumeration)
        List<WebElement> rules = details.findElements(By.cssSelector(".rule"));
        assertThat(rules).isNotEmpty().allSatisfy(r -> assertThat(r.getText()).isNotBlank()
                .doesNotContainPattern("[A-Za-z]{3,}"));
        assertThat(explorer.browser().driver.getCurrentUrl()).contains("sel=");
        explorer.browser().screenshot("search-and-details");
    }

    @Test
    void detailsShowTheFirstTasksAndFetchTheRestWhenAsked() {
        // the unit answers for more tasks than the details' first page holds
        String unit = "unit:徐州市:科技局";
        open("/?sel=" + java.net.URLEncoder.encode(unit, StandardCharsets.UTF_8));
        WebElement details = byTestId("details-panel");
        wait.until(ExpectedConditions.textToBePresentInElement(byTestId("details-name"), "科技局"));
        By taskItems = By.cssSelector("ul.task-list > li");
        wait.until(d -> !details.findElements(taskItems).isEmpty());
        assertThat(details.findElements(taskItems)).hasSize(20);
        byTestId("details-more-tasks").click();
        wait.until(d -> details.findElements(taskItems).size() > 20);
        assertThat(details.findElements(By.cssSelector("[data-testid=details-more-tasks]"))).isEmpty();
        // each relation shows its first quote at most (the rest on demand)
        List<WebElement> relations = details.findElements(By.cssSelector("[data-testid=relation]"));
        assertThat(relations).allSatisfy(r -> assertThat(
                r.findElements(By.cssSelector("[data-testid=evidence]"))).hasSizeLessThanOrEqualTo(1));
    }

    @Test
    void expandingANodeAddsItsNeighboursToTheGraph() {
        open("/?labels=University");
        waitForGraph();
        long before = nodeCount();
        explorer.browser().asyncScript("const done = arguments[arguments.length - 1]; window.collabgraph.expand(arguments[0]).then(done, done);", KUANGDA);
        wait.until(d -> nodeCount() > before);
        assertThat(nodeCount()).isGreaterThan(before);
        explorer.browser().screenshot("expanded");
    }

    @Test
    void doubleClickingANodeOnTheCanvasExpandsIt() {
        open("/?labels=University");
        waitForGraph();
        wait.until(d -> ((Number) explorer.browser().script("return window.collabgraph.alpha()")).doubleValue() < 0.05);
        long before = nodeCount();
        @SuppressWarnings("unchecked")
        Map<String, Number> at = (Map<String, Number>) explorer.browser().script("return window.collabgraph.screenPosition(arguments[0])", KUANGDA);
        WebElement canvas = explorer.browser().driver.findElement(By.cssSelector("[data-testid=graph] canvas"));
        var box = canvas.getRect();
        new Actions(explorer.browser().driver)
                .moveToElement(canvas, at.get("x").intValue() - box.getX() - box.getWidth() / 2,
                        at.get("y").intValue() - box.getY() - box.getHeight() / 2)
                .doubleClick().perform();
        wait.until(d -> nodeCount() > before);
    }

    @Test
    void theLayoutRunsInAWorkerUnderTheServersPolicyAndDraggingANodeMovesIt() {
        open("/?labels=University");
        waitForGraph();
        // the worker says ready once its module and D3 have loaded, which the Content-Security-Policy allows
        wait.until(d -> "worker".equals(explorer.browser().script("return window.collabgraph.layoutRunsIn")));
        wait.until(d -> ((Number) explorer.browser().script("return window.collabgraph.alpha()")).doubleValue() < 0.05);
        @SuppressWarnings("unchecked")
        Map<String, Number> from = (Map<String, Number>) explorer.browser().script("return window.collabgraph.screenPosition(arguments[0])", KUANGDA);
        WebElement canvas = explorer.browser().driver.findElement(By.cssSelector("[data-testid=graph] canvas"));
        var box = canvas.getRect();
        Actions pointer = new Actions(explorer.browser().driver)
                .moveToElement(canvas, from.get("x").intValue() - box.getX() - box.getWidth() / 2,
                        from.get("y").intValue() - box.getY() - box.getHeight() / 2)
                .clickAndHold();
        for (int step = 0; step < 6; step++) {
            pointer.moveByOffset(10, 8);
        }
        pointer.perform();
        // held by the pointer, the node stays under it while the worker's ticks move the rest
        wait.until(d -> {
            @SuppressWarnings("unchecked")
            Map<String, Number> at = (Map<String, Number>) explorer.browser().script("return window.collabgraph.screenPosition(arguments[0])", KUANGDA);
            return Math.abs(at.get("x").doubleValue() - from.get("x").doubleValue() - 60) < 3
                    && Math.abs(at.get("y").doubleValue() - from.get("y").doubleValue() - 48) < 3;
        });
        // and the drag has warmed the layout up (alphaTarget 0.3)
        wait.until(d -> ((Number) explorer.browser().script("return window.collabgraph.alpha()")).doubleValue() > 0.05);
        new Actions(explorer.browser().driver).release().perform();
    }

    @Test
    void theMatrixShowsLeadAndCoResponsibilitiesAndTheIndicatorsTheirCharts() {
        open("/");
        byTestId("tab-matrix").click();
        wait.until(d -> !d.findElements(By.cssSelector("[data-testid=matrix-row]")).isEmpty());
        assertThat(explorer.browser().driver.findElements(By.cssSelector("[data-testid=matrix] rect[data-role=lead]"))).isNotEmpty();
        assertThat(explorer.browser().driver.findElements(By.cssSelector("[data-testid=matrix] rect[data-role=co]"))).isNotEmpty();
        // the seed names no lead or co unit, the second city does: the matrix says which shows no roles and why
        assertThat(text("matrix-roles-note")).matches("\\d+ 份文件未区分牵头与配合单位：.*");
        explorer.browser().screenshot("matrix");

        byTestId("tab-indicators").click();
        wait.until(d -> d.findElements(By.cssSelector("[data-testid=indicator] svg path.line")).size() >= 2);
        assertThat(explorer.browser().driver.findElements(By.cssSelector("[data-testid=indicator]")).get(0).getText()).isNotBlank();
        // axis numbers in the reader's language (2万), never SI suffixes (8k) beside units such as 万元/平方公里
        List<String> ticks = explorer.browser().driver.findElements(By.cssSelector("[data-testid=indicator] svg .tick text"))
                .stream().map(WebElement::getText).filter(s -> !s.isBlank()).toList();
        assertThat(ticks).isNotEmpty().noneMatch(s -> s.matches(".*\\d[kMGµm]$"));
        assertThat(explorer.browser().driver.getCurrentUrl()).contains("view=indicators");
        explorer.browser().screenshot("indicators");

        byTestId("tab-tasks").click();
        WebElement task = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("[data-testid=task]")));
        task.click();
        wait.until(d -> explorer.browser().driver.getCurrentUrl().contains("task="));
        waitForGraph();
        wait.until(d -> ((Number) explorer.browser().script("return window.collabgraph.linkCount")).longValue() > 0);
        explorer.browser().screenshot("task-subgraph");
    }

    @Test
    void exportingPngProducesAPngImageOfTheGraph() {
        open("/");
        waitForGraph();
        byTestId("export-png").click();
        @SuppressWarnings("unchecked")
        Map<String, Object> export = wait.until(d -> (Map<String, Object>) explorer.browser().script("return window.collabgraph.lastExport"));
        assertThat(export).containsEntry("format", "png").containsEntry("type", "image/png");
        assertThat(((Number) export.get("bytes")).longValue()).isGreaterThan(1000);
        assertThat(((List<?>) export.get("header")).subList(0, 4)).asString().isEqualTo("[137, 80, 78, 71]");

        byTestId("export-svg").click();
        wait.until(d -> "svg".equals(explorer.browser().script("return window.collabgraph.lastExport.format")));
    }

    @Test
    void switchingToEnglishTranslatesTheInterfaceAndTheLinkKeepsIt() {
        open("/");
        assertThat(text("tab-matrix")).isEqualTo("责任矩阵");
        byTestId("language-switch").click();
        wait.until(ExpectedConditions.textToBe(By.cssSelector("[data-testid=tab-matrix]"), "Responsibilities"));
        assertThat(byTestId("search-input").getAttribute("placeholder")).startsWith("Search");
        // counts take the word's number: "1 document", "3 documents", never "1 documents"
        wait.until(ExpectedConditions.textMatches(By.id("stats"),
                java.util.regex.Pattern.compile("\\d+ nodes · \\d+ relationships · (1 document|\\d+ documents)")));
        assertThat(explorer.browser().driver.findElement(By.id("stats")).getText()).doesNotContainPattern("(?<!\\d)1 documents");
        assertThat(explorer.browser().driver.getCurrentUrl()).contains("lang=en");
        explorer.browser().screenshot("english");

        explorer.browser().driver.navigate().refresh();
        wait.until(ExpectedConditions.textToBe(By.cssSelector("[data-testid=tab-graph]"), "Graph"));
    }

    @Test
    void aFirstVisitOpensTheGuideLaterVisitsFoldItAndTheGuideButtonOpensItAgain() {
        open("/");
        explorer.browser().script("localStorage.removeItem('collabgraph.guideSeen')");
        explorer.browser().driver.navigate().refresh();
        WebElement guide = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-testid=guide]")));
        assertThat(guide.getAttribute("open")).isNotNull();
        assertThat(guide.getText()).contains("使用指南", "拼音", "伙伴推荐").doesNotContainPattern("\\b(?:Guide|Search|Partners)\\b");
        explorer.browser().screenshot("guide-first-visit");

        explorer.browser().driver.navigate().refresh();
        guide = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-testid=guide]")));
        assertThat(guide.getAttribute("open")).isNull();

        byTestId("guide-button").click();
        wait.until(d -> d.findElement(By.cssSelector("[data-testid=guide]")).getAttribute("open") != null);

        byTestId("language-switch").click();
        wait.until(ExpectedConditions.textToBe(By.cssSelector("[data-testid=guide-button]"), "Guide"));
        byTestId("guide-button").click();
        wait.until(d -> d.findElement(By.cssSelector("[data-testid=guide]")).getText().contains("Partners ranks"));
        assertThat(text("guide")).doesNotContainPattern("\\p{IsHan}");
        byTestId("language-switch").click();
        wait.until(ExpectedConditions.textToBe(By.cssSelector("[data-testid=guide-button]"), "使用指南"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void thePageNamesItsIconAndTheIconLoads() {
        open("/");
        String href = (String) explorer.browser().script("return document.querySelector('link[rel=icon]').href");
        assertThat(href).endsWith("/favicon.svg");
        List<Object> answer = (List<Object>) explorer.browser().asyncScript("const done = arguments[arguments.length - 1];"
                + " fetch(arguments[0]).then(r => r.text().then(b => done([r.status, r.headers.get('content-type'), b])));", href);
        assertThat(((Number) answer.get(0)).intValue()).isEqualTo(200);
        assertThat((String) answer.get(1)).startsWith("image/svg+xml");
        assertThat((String) answer.get(2)).contains("<svg");
        explorer.browser().screenshot("favicon-page");
    }

    @Test
    void aSharedLinkRestoresTheSelectionAndTheView() {
        open("/?sel=" + java.net.URLEncoder.encode(KUANGDA, StandardCharsets.UTF_8) + "&view=matrix");
        wait.until(d -> KUANGDA.equals(explorer.browser().script("return window.collabgraph.selected()")));
        wait.until(ExpectedConditions.textToBePresentInElement(byTestId("details-name"), "中国矿业大学"));
        assertThat(byTestId("tab-matrix").getAttribute("aria-selected")).isEqualTo("true");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theOverviewNamesTheActorsPlannersLookForFirst() {
        open("/");
        waitForGraph();
        wait.until(d -> !((List<String>) explorer.browser().script("return window.collabgraph.labelled()")).isEmpty());
        // the labels of the overview once its layout has settled
        wait.until(d -> ((Number) explorer.browser().script("return window.collabgraph.alpha()")).doubleValue() < 0.05);
        // the labels and their boxes read in one call: a frame drawn between two calls places them anew
        Map<String, Object> drawn = (Map<String, Object>) explorer.browser().script(
                "return {ids: window.collabgraph.labelled(), boxes: window.collabgraph.labelBoxes()}");
        List<String> labelled = (List<String>) drawn.get("ids");
        // universities and enterprises carry labels in the overview, the mining university and Xugong among them
        assertThat(labelled).contains(KUANGDA);
        long actors = labelled.stream().filter(id -> id.startsWith("university:") || id.startsWith("enterprise:")).count();
        System.out.println("overview: " + labelled.size() + " labels, " + actors + " of universities and enterprises");
        assertThat(actors).isGreaterThanOrEqualTo(8);
        // no label covers another
        List<Map<String, Number>> boxes = (List<Map<String, Number>>) drawn.get("boxes");
        assertThat(boxes).hasSameSizeAs(labelled);
        for (int i = 0; i < boxes.size(); i++) {
            for (int j = i + 1; j < boxes.size(); j++) {
                assertThat(overlapping(boxes.get(i), boxes.get(j)))
                        .as(boxes.get(i).get("id") + " and " + boxes.get(j).get("id")).isFalse();
            }
        }
        // the note explains why the overview holds fewer nodes than the header counts: the kinds it does not draw
        String note = (String) explorer.browser().script("return window.collabgraph.note()");
        // (and, when the overview reaches its cap, how many less connected nodes it left out)
        java.util.regex.Matcher shown = java.util.regex.Pattern.compile(
                "^(\\d+) 个节点 · \\d+ 条关系 · (?:另有 (\\d+) 个连接较少的节点总览未画 · )?总览不画：(.+)（共 (\\d+) 个节点）")
                .matcher(note);
        assertThat(shown.find()).as(note).isTrue();
        assertThat(shown.group(3)).contains("文件", "指标");
        String header = explorer.browser().driver.findElement(By.id("stats")).getText();
        int total = Integer.parseInt(header.replaceAll("^(\\d+) 个节点.*", "$1"));
        int capped = shown.group(2) == null ? 0 : Integer.parseInt(shown.group(2));
        assertThat(Integer.parseInt(shown.group(1)) + capped + Integer.parseInt(shown.group(4))).as(note).isEqualTo(total);
        explorer.browser().screenshot("overview-labels");
    }

    /** Level of detail: zoomed in, a larger share of the nodes on screen is named than in the whole overview. */
    @Test
    void zoomingInNamesMoreOfTheNodesOnScreen() {
        open("/");
        waitForGraph();
        wait.until(d -> ((Number) explorer.browser().script("return window.collabgraph.alpha()")).doubleValue() < 0.05);
        double before = namedShare();
        WebElement canvas = explorer.browser().driver.findElement(By.cssSelector("[data-testid=graph] canvas"));
        // each turn of the wheel zooms by about 1.5; how many it takes depends on how far the overview was fitted out
        wait.until(d -> {
            if (((Number) transformK()).doubleValue() > 1.4) {
                return true;
            }
            new Actions(explorer.browser().driver).scrollFromOrigin(
                    org.openqa.selenium.interactions.WheelInput.ScrollOrigin.fromElement(canvas), 0, -300).perform();
            return false;
        });
        explorer.browser().script("return new Promise(r => setTimeout(r, 300))");
        double after = namedShare();
        assertThat(after).as("share of on-screen nodes named, zoomed in vs the overview (" + before + ")")
                .isGreaterThan(before);
        explorer.browser().screenshot("overview-zoomed-in");
    }

    private Object transformK() {
        return explorer.browser().script("return window.collabgraph.transform().k");
    }

    /** Named nodes among the nodes drawn inside the canvas. */
    private double namedShare() {
        return ((Number) explorer.browser().script("""
                const t = window.collabgraph.transform();
                const box = document.querySelector('[data-testid=graph] canvas').getBoundingClientRect();
                const svg = new DOMParser().parseFromString(window.collabgraph.svg(), 'image/svg+xml');
                const onScreen = [...svg.querySelectorAll('circle')].filter(c => {
                  const x = t.k * +c.getAttribute('cx') + t.x, y = t.k * +c.getAttribute('cy') + t.y;
                  return x >= 0 && x <= box.width && y >= 0 && y <= box.height;
                }).map(c => c.getAttribute('data-id'));
                const named = new Set(window.collabgraph.labelled());
                return onScreen.length ? onScreen.filter(id => named.has(id)).length / onScreen.length : 0;""")).doubleValue();
    }

    private static boolean overlapping(Map<String, Number> a, Map<String, Number> b) {
        double ax = a.get("x").doubleValue(), ay = a.get("y").doubleValue();
        double bx = b.get("x").doubleValue(), by = b.get("y").doubleValue();
        return ax < bx + b.get("w").doubleValue() - 0.5 && bx < ax + a.get("w").doubleValue() - 0.5
                && ay < by + b.get("h").doubleValue() - 0.5 && by < ay + a.get("h").doubleValue() - 0.5;
    }

    @Test
    void expandingANodeSaysWhatItAddedAndWithNothingNewSaysSoWithoutRedoingTheLayout() {
        open("/");
        waitForGraph();
        String xcmg = "enterprise:徐工集团";
        explorer.browser().asyncScript("const done = arguments[arguments.length - 1]; window.collabgraph.expand(arguments[0]).then(done, done);", xcmg);
        WebElement status = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=status]")));
        assertThat(status.getText()).containsPattern("已加入“徐工集团”的 \\d+ 个相邻节点|“徐工集团”的相邻节点都已在图中");
        wait.until(d -> ((Number) explorer.browser().script("return window.collabgraph.alpha()")).doubleValue() < 0.05);
        long before = nodeCount();
        explorer.browser().asyncScript("const done = arguments[arguments.length - 1]; window.collabgraph.expand(arguments[0]).then(done, done);", xcmg);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-testid=status]"),
                "“徐工集团”的相邻节点都已在图中，没有新的可加入"));
        assertThat(nodeCount()).isEqualTo(before);
        // the layout was not started again
        assertThat(((Number) explorer.browser().script("return window.collabgraph.alpha()")).doubleValue()).isLessThan(0.05);
        explorer.browser().screenshot("expand-nothing-new");
    }

    @Test
    void theFilterPanelOffersOnlyTheKindsTheGraphShowsAndRefusesToShowNothing() {
        open("/");
        waitForGraph();
        long before = nodeCount();
        explorer.browser().driver.findElement(By.id("filters-toggle")).click();
        WebElement filters = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("filters")));
        List<String> labels = filters.findElements(By.cssSelector("input[data-kind=labels]")).stream()
                .map(e -> e.getAttribute("value")).toList();
        assertThat(labels).contains("University", "Enterprise", "Platform", "Park")
                .doesNotContain("Document", "Section", "AnnexTask", "Indicator", "Target");
        List<String> types = filters.findElements(By.cssSelector("input[data-kind=types]")).stream()
                .map(e -> e.getAttribute("value")).toList();
        assertThat(types).contains("MENTIONS").doesNotContain("HAS_SECTION", "HAS_TASK", "HAS_TARGET", "DETAILS");
        List<WebElement> actions = filters.findElements(By.cssSelector(".actions button"));
        assertThat(actions).extracting(WebElement::getText).containsExactly("全选", "全不选", "应用", "关闭");
        // nothing chosen: refused with a reason, the graph as it was
        actions.get(1).click();
        actions.get(2).click();
        WebElement refused = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=filters-refused]")));
        assertThat(refused.getText()).contains("至少选择一种节点类型");
        assertThat(filters.isDisplayed()).isTrue();
        assertThat(nodeCount()).isEqualTo(before);
        explorer.browser().screenshot("filters-refused");
        // universities alone, with every relationship type: only universities are drawn
        filters.findElement(By.cssSelector("input[data-kind=labels][value=University]")).click();
        filters.findElements(By.cssSelector("input[data-kind=types]")).forEach(WebElement::click);
        assertThat(refused.isDisplayed()).isFalse();
        actions.get(2).click();
        wait.until(d -> !filters.isDisplayed());
        wait.until(d -> nodeCount() > 0 && nodeCount() < before);
        wait.until(d -> byTestId("legend").findElements(By.cssSelector("button[data-label]")).stream()
                .allMatch(b -> "University".equals(b.getAttribute("data-label"))));
        assertThat(explorer.browser().driver.getCurrentUrl()).contains("labels=University");
    }

    @Test
    void aFirstVisitShowsThatTheGraphAndAViewAreLoadingUntilTheyArrive() {
        // the overview's answer held back two seconds, as a cold server would
        @SuppressWarnings("unchecked")
        Map<String, Object> slow = explorer.browser().driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of(
                "source", "const f = window.fetch; window.fetch = (u, o) => String(u).startsWith('/api/graph') || String(u).startsWith('/api/gaps')"
                        + " ? new Promise(r => setTimeout(r, 2000)).then(() => f(u, o)) : f(u, o);"));
        try {
            open("/");
            wait.until(d -> "正在载入图谱…".equals(explorer.browser().script("return window.collabgraph.note()")));
            waitForGraph();
            wait.until(d -> !String.valueOf(explorer.browser().script("return window.collabgraph.note()")).contains("正在载入"));
            byTestId("tab-gaps").click();
            WebElement loading = wait.until(ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector("#view-gaps [data-testid=view-loading]")));
            assertThat(loading.getText()).isEqualTo("正在载入…");
            explorer.browser().screenshot("view-loading");
            wait.until(d -> !d.findElements(By.cssSelector("[data-testid=gap]")).isEmpty());
            assertThat(explorer.browser().driver.findElements(By.cssSelector("[data-testid=view-loading]"))).isEmpty();
        } finally {
            explorer.browser().driver.executeCdpCommand("Page.removeScriptToEvaluateOnNewDocument",
                    Map.of("identifier", slow.get("identifier")));
        }
    }

    @Test
    void detailsTellTasksFromAnnexRowsAndDoNotShowLinksOnlyANameImpliesAsFact() {
        String xcmg = "enterprise:徐工集团";
        open("/?sel=" + java.net.URLEncoder.encode(xcmg, StandardCharsets.UTF_8));
        wait.until(ExpectedConditions.textToBePresentInElement(byTestId("details-name"), "徐工集团"));
        WebElement details = byTestId("details-panel");
        // task 12 and annex row 12 share number and title: each stands under its own kind
        wait.until(d -> !details.findElements(By.cssSelector("[data-testid=task-kind-AnnexTask]")).isEmpty());
        assertThat(text("task-kind-Task")).startsWith("正文任务");
        assertThat(text("task-kind-AnnexTask")).startsWith("附表事项");
        List<String> bodyNumbers = details.findElements(By.cssSelector("ul.task-list[data-kind=Task] .num")).stream()
                .map(WebElement::getText).toList();
        List<String> annexNumbers = details.findElements(By.cssSelector("ul.task-list[data-kind=AnnexTask] .num"))
                .stream().map(WebElement::getText).toList();
        assertThat(bodyNumbers).contains("12.");
        assertThat(annexNumbers).contains("12.");
        // 徐工 found inside another name is graded as the weak evidence it is; hosting 徐工研究院 is only implied by its name
        assertThat(details.findElements(By.cssSelector("[data-testid=evidence][data-grade=alias]"))).isNotEmpty();
        List<WebElement> notes = details.findElements(By.cssSelector("[data-testid=grade-note]"));
        assertThat(notes).extracting(WebElement::getText).contains("仅由名称推断");
        WebElement hosted = notes.stream().filter(n -> n.getText().equals("仅由名称推断")).findFirst().orElseThrow()
                .findElement(By.xpath("ancestor::li[@data-testid='relation']"));
        assertThat(hosted.getText()).contains("徐工");
        // no internal ids or offsets
        assertThat(details.getText()).doesNotContain("enterprise:", "xwf-2018-20", "起始位置", "结束位置", "contextStart");
        explorer.browser().screenshot("details-graded-evidence");

        // one name, two things: the park and the committee that answers for it, each naming the other and saying why
        String park = "park:徐州高新区";
        open("/?sel=" + java.net.URLEncoder.encode(park, StandardCharsets.UTF_8));
        wait.until(ExpectedConditions.textToBePresentInElement(byTestId("details-name"), "徐州高新区"));
        WebElement same = byTestId("same-name");
        assertThat(same.getText()).contains("责任单位「徐州高新区」").contains("管委会");
        same.findElement(By.cssSelector("button")).click();
        wait.until(d -> String.valueOf(explorer.browser().script("return window.collabgraph.selected()")).startsWith("unit:"));

        // a task's own details: no offsets, no "no tasks" about itself
        String task = "xwf-2018-20:task:12";
        open("/?sel=" + java.net.URLEncoder.encode(task, StandardCharsets.UTF_8));
        wait.until(ExpectedConditions.textToBePresentInElement(byTestId("details-name"), "培育壮大千亿级新兴产业"));
        WebElement taskDetails = byTestId("details-panel");
        wait.until(d -> !taskDetails.findElements(By.cssSelector("[data-testid=relation]")).isEmpty());
        assertThat(taskDetails.getText()).doesNotContain("起始位置", "结束位置", "没有相关任务", "任务与职责");
        // its annex row's evidence is that row, ending where the row ends: not in the next part's heading
        List<String> evidence = taskDetails.findElements(By.cssSelector("[data-testid=evidence]")).stream()
                .map(WebElement::getText).toList();
        assertThat(evidence).anyMatch(e -> e.contains("重点支持徐工大型矿山机械智能化制造"))
                .noneMatch(e -> e.contains("加快产学研协同创新"));
        explorer.browser().screenshot("details-task-annex-row");
    }

    @Test
    void aNameWithMarkupIsShownAsTextAndNothingInItRuns() {
        open("/");
        waitForGraph();
        explorer.browser().asyncScript("const done = arguments[arguments.length - 1]; window.collabgraph.select(arguments[0]).then(done, done);", MARKUP_ID);
        wait.until(ExpectedConditions.textToBe(By.cssSelector("[data-testid=details-name]"), MARKUP_NAME));
        wait.until(d -> !d.findElements(By.cssSelector("[data-testid=evidence-quote]")).isEmpty());
        assertThat(text("details-panel")).contains(MARKUP_NAME);

        byTestId("search-input").sendKeys("大学");
        wait.until(d -> !d.findElements(By.cssSelector("[data-testid=search-suggestion]")).isEmpty());
        byTestId("search-input").sendKeys(Keys.ESCAPE);
        byTestId("tab-tasks").click();
        wait.until(d -> d.findElements(By.cssSelector("[data-testid=task]")).stream().anyMatch(e -> e.getText().contains("建设一流大学")));
        assertThat(explorer.browser().script("return document.querySelectorAll('img').length")).isEqualTo(0L);
        explorer.browser().screenshot("markup-as-text");
    }

    @Test
    void aSyntheticGraphOfAThousandNodesIsDrawnAndMeasuredWhileDragging() throws InterruptedException {
        FrameRate.Result result = FrameRate.measure(explorer.browser(), explorer.server().uri("/?synthetic=1000").toString(), 1500);
        System.out.println(result);
        assertThat(result.nodes()).isEqualTo(1000);
        assertThat(result.links()).isGreaterThan(1500);
        assertThat(result.firstDrawMs()).isPositive();
        assertThat(result.dragFps()).isPositive();
        explorer.browser().screenshot("synthetic-1000");
    }

    @Test
    void anUnknownNodeInTheLinkShowsTheErrorInTheStatusBar() {
        open("/?sel=" + java.net.URLEncoder.encode("university:没有这个", StandardCharsets.UTF_8));
        WebElement status = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=status]")));
        assertThat(status.getText()).contains("404");
    }

    @Test
    void aViewWhoseDataDoesNotArriveOffersARetryThatLoadsIt() {
        open("/");
        // the network goes away: every request of the page fails as fetch fails offline
        explorer.browser().script("window.__fetch = window.fetch; window.fetch = () => Promise.reject(new TypeError('offline'));");
        byTestId("tab-indicators").click();
        WebElement retry = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#view-indicators [data-testid=retry]")));
        assertThat(retry.getText()).contains("重试");
        assertThat(explorer.browser().driver.findElements(By.cssSelector("[data-testid=indicator]"))).isEmpty();
        // and the toast says why
        assertThat(byTestId("status").isDisplayed()).isTrue();
        assertThat(text("status")).contains("无法连接服务器");
        explorer.browser().screenshot("offline-retry");

        explorer.browser().script("window.fetch = window.__fetch;");
        retry.findElement(By.tagName("button")).click();
        wait.until(d -> d.findElements(By.cssSelector("[data-testid=indicator] svg path.line")).size() >= 2);
        assertThat(explorer.browser().driver.findElements(By.cssSelector("#view-indicators [data-testid=retry]"))).isEmpty();
    }

    private void open(String path) {
        explorer.browser().driver.get(explorer.server().uri(path).toString());
        wait.until(d -> Boolean.TRUE.equals(explorer.browser().script("return !!window.collabgraph")));
    }

    private void waitForGraph() {
        wait.until(d -> nodeCount() > 0 && explorer.browser().script("return window.collabgraph.firstDrawMs") != null);
    }

    private long nodeCount() {
        return ((Number) explorer.browser().script("return window.collabgraph.nodeCount")).longValue();
    }

    /** The text of the first element carrying id, read again if a redraw replaced the element meanwhile. */
    private String text(String id) {
        return wait.until(d -> {
            List<WebElement> found = d.findElements(By.cssSelector("[data-testid=" + id + "]"));
            return found.isEmpty() ? null : found.get(0).getText();
        });
    }

    private WebElement byTestId(String id) {
        return wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-testid=" + id + "]")));
    }
}
