package dev.collabgraph.app.ui;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.collabgraph.app.documents.Editors;
import dev.collabgraph.app.documents.GraphDump;
import dev.collabgraph.app.http.HttpServer;
import dev.collabgraph.app.http.ServerLinks;
import dev.collabgraph.app.reference.ReferenceData;
import dev.collabgraph.loader.extract.Extractor;
import dev.collabgraph.store.EmbeddedNeo4j;
import dev.collabgraph.store.EmbeddedSettings;
import dev.collabgraph.store.GraphStore;
import dev.collabgraph.store.GraphWriter;
import dev.collabgraph.store.Schema;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * An editor correcting the graph in the explorer (headless Chromium, Chinese interface) on a real server and embedded
 * Neo4j seeded with the Xuzhou document: every correction from the details panel shows at once, holds when the
 * document is loaded again, is undone from the Corrections view, and moves to a fresh server by export and import.
 */
class CorrectionsViewIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Path SEED = Path.of("..", "data", "xuzhou-2018-20.txt");
    private static final String SEED_ID = "xwf-2018-20";
    private static final String TOKEN = "corrections-view-test-token";
    private static final String XINSHENG = "enterprise:新盛公司";
    private static final String KEWEN = "university:江苏师范大学科文学院";
    private static final String JSNU = "university:江苏师范大学";
    private static final String TSINGHUA = "university:清华大学";
    private static final String KUANGDA = "university:中国矿业大学";

    @TempDir
    static Path dir;
    private static final List<AutoCloseable> OPEN = new ArrayList<>();
    private static Server server;
    private static Browser browser;
    private ExplorerPage page;

    private record Server(GraphStore store, HttpServer http) {
        URI uri(String path) {
            return URI.create("http://127.0.0.1:" + http.port() + path);
        }
    }

    @BeforeAll
    static void start() {
        Browser.requireChromium();
        server = seeded(dir.resolve("graph"));
        browser = Browser.start(1400, 900);
        OPEN.add(browser);
    }

    @AfterAll
    static void stop() throws Exception {
        for (int i = OPEN.size() - 1; i >= 0; i--) {
            OPEN.get(i).close();
        }
    }

    @BeforeEach
    void newPage() {
        page = new ExplorerPage(browser, server::uri);
    }

    /** Each test starts from the seeded graph, without corrections, and the browser tab without a credential. */
    @AfterEach
    void undoEverything() throws Exception {
        assertThatThrownBy(() -> browser.driver.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
        for (JsonNode listed : get(server, "/api/corrections?limit=200").path("corrections")) {
            HttpResponse<String> undone = HTTP.send(HttpRequest.newBuilder(server.uri("/api/corrections/"
                            + listed.path("correction").path("id").asText()))
                    .header("Content-Type", "application/json").header("Authorization", "Bearer " + TOKEN)
                    .DELETE().build(), HttpResponse.BodyHandlers.ofString());
            assertThat(undone.statusCode()).as(undone.body()).isEqualTo(200);
        }
        GraphWriter.write(server.store(), Extractor.extract(SEED));
        browser.script("sessionStorage.clear()");
    }

    @Test
    void aRenameShowsInThePanelAndInSearchAndItsUndoInTheCorrectionsViewGivesTheOldNameBack() {
        openNode(XINSHENG);
        editMenu("edit-rename");
        WebElement name = page.byTestId("edit-dialog-value");
        name.clear();
        name.sendKeys("江苏新盛科技有限公司");
        page.byTestId("edit-dialog-reason").sendKeys("名称被截短");
        page.byTestId("edit-dialog-ok").click();
        giveTheToken();

        assertThat(status("已更正")).contains("江苏新盛科技有限公司");
        page.wait.until(ExpectedConditions.textToBe(By.cssSelector("[data-testid=details-name]"), "江苏新盛科技有限公司"));
        assertThat(suggestionIds("新盛科技")).contains(XINSHENG);

        page.tab("corrections");
        WebElement row = page.atLeast(1, "correction-row").get(0);
        assertThat(row.getText()).contains("新盛公司", "江苏新盛科技有限公司", "token", "名称被截短", "1 份");
        assertThat(page.all("correction-conflict")).isEmpty();
        browser.screenshot("corrections-view");
        row.findElement(By.cssSelector("[data-testid=correction-undo]")).click();
        page.byTestId("confirm-dialog-ok").click();

        status("已撤销");
        page.wait.until(d -> page.all("corrections-empty").size() == 1);
        page.wait.until(ExpectedConditions.textToBe(By.cssSelector("[data-testid=details-name]"), "新盛公司"));
    }

    @Test
    void aMergeADeletedAndAnAddedRelationshipShowAtOnceAndHoldWhenTheDocumentIsLoadedAgain() throws Exception {
        // merge: the merged university is gone from search, the one kept lists its name as an alias
        openNode(KEWEN);
        editMenu("edit-merge");
        pick("merge-target", "江苏师范大学", JSNU);
        page.byTestId("edit-dialog-ok").click();
        WebElement confirm = page.byTestId("confirm-dialog");
        assertThat(confirm.getText()).contains("江苏师范大学科文学院", "并入“江苏师范大学”");
        browser.screenshot("corrections-merge-confirm");
        page.byTestId("confirm-dialog-ok").click();
        giveTheToken();
        status("已更正：将“江苏师范大学科文学院”并入");
        page.wait.until(d -> JSNU.equals(page.byTestId("details-panel").getAttribute("data-node-id")));
        page.wait.until(d -> page.text("details-panel").contains("江苏师范大学科文学院"));
        assertThat(suggestionIds("科文学院")).doesNotContain(KEWEN).contains(JSNU);

        // delete a relationship from its row
        openNode(TSINGHUA);
        relationRow("合作", "徐州").findElement(By.cssSelector("[data-testid=relation-delete]")).click();
        assertThat(page.text("confirm-dialog")).contains("徐州", "清华大学");
        page.byTestId("confirm-dialog-ok").click();
        status("已更正：删除关系");
        page.wait.until(d -> relationRows("合作", "徐州").isEmpty());

        // add one from text selected with the mouse in a quote's sentence
        openNode(XINSHENG);
        String text = Files.readString(SEED, StandardCharsets.UTF_8);
        Selection chosen = selectAroundTheFirstQuote(text);
        page.byTestId("add-from-selection").click();
        assertThat(page.text("relation-dialog")).contains(chosen.text());
        pick("relation-other", "矿大", KUANGDA);
        browser.screenshot("corrections-add-relationship");
        page.byTestId("relation-dialog-ok").click();
        assertThat(status("已更正：添加关系")).contains("中国矿业大学");
        JsonNode added = get(server, "/api/corrections").path("corrections").get(0).path("correction");
        assertThat(added.path("kind").asText()).isEqualTo("ADD_RELATIONSHIP");
        assertThat(added.path("start").asInt()).as("the selection's offset in the document").isEqualTo(chosen.start());
        assertThat(added.path("end").asInt()).isEqualTo(chosen.end());
        assertThat(added.path("quote").asText()).isEqualTo(chosen.text()).isEqualTo(text.substring(chosen.start(), chosen.end()));
        assertThat(added.path("from").asText()).isEqualTo(XINSHENG);
        assertThat(added.path("to").asText()).isEqualTo(KUANGDA);
        page.wait.until(d -> quotesOf(relationRows("合作", "中国矿业大学")).contains(chosen.text()));

        GraphWriter.remove(server.store(), SEED_ID);
        GraphWriter.write(server.store(), Extractor.extract(SEED));
        ReferenceData.load(server.store());

        openNode(JSNU);
        assertThat(page.text("details-panel")).contains("江苏师范大学科文学院");
        assertThat(suggestionIds("科文学院")).doesNotContain(KEWEN);
        openNode(TSINGHUA);
        assertThat(relationRows("合作", "徐州")).isEmpty();
        openNode(XINSHENG);
        page.wait.until(d -> quotesOf(relationRows("合作", "中国矿业大学")).contains(chosen.text()));
        browser.screenshot("corrections-after-reload");
    }

    @Test
    void theSelectionsOffsetsAreCountedExactlyAcrossTheMarkAndAnAmbiguousSentenceIsNotPlaced() {
        page.open("/");
        @SuppressWarnings("unchecked")
        Map<String, Object> result = (Map<String, Object>) browser.asyncScript("""
                const done = arguments[arguments.length - 1];
                import('/js/text-offsets.js').then(m => {
                  const sentence = document.createElement('span');
                  sentence.dataset.start = '100';
                  sentence.dataset.document = 'doc';
                  const mark = document.createElement('mark');
                  mark.textContent = '清华大学';
                  sentence.append('支持徐州与', mark, '共建研究院。');
                  document.body.append(sentence);
                  const range = document.createRange();
                  range.setStart(sentence.firstChild, 3);          // 与…
                  range.setEnd(mark.firstChild, 2);                 // …清华
                  getSelection().removeAllRanges();
                  getSelection().addRange(range);
                  const picked = m.documentSelection(getSelection());
                  const whole = document.createRange();
                  whole.selectNodeContents(sentence);
                  getSelection().removeAllRanges();
                  getSelection().addRange(whole);
                  const all = m.documentSelection(getSelection());
                  sentence.remove();
                  done({start: picked.start, end: picked.end, text: picked.text, allStart: all.start, allEnd: all.end,
                    placed: m.sentenceStart({context: '支持徐州与清华大学共建。', quote: '清华大学', start: 205}),
                    twice: m.sentenceStart({context: '徐州与徐州', quote: '徐州', start: 10}),
                    missing: m.sentenceStart({context: null, quote: '徐州', start: 10})});
                }, e => done({error: String(e)}));""");
        assertThat(result).containsEntry("text", "州与清华").containsEntry("start", 103L).containsEntry("end", 107L)
                .containsEntry("allStart", 100L).containsEntry("allEnd", 115L).containsEntry("placed", 200L)
                .containsEntry("twice", null).containsEntry("missing", null);
    }

    @Test
    void correctionsExportedAndImportedIntoAFreshServerGiveTheSameGraph() throws Exception {
        openNode(XINSHENG);
        editMenu("edit-add-alias");
        page.byTestId("edit-dialog-value").sendKeys("新盛科技");
        page.byTestId("edit-dialog-ok").click();
        giveTheToken();
        status("已更正：为“新盛公司”添加别名");
        openNode("enterprise:甲骨文");
        editMenu("edit-delete");
        page.byTestId("confirm-dialog-reason").sendKeys("并非合作方");
        page.byTestId("confirm-dialog-ok").click();
        status("已更正：删除实体");
        openNode("park:徐州金融集聚区");
        editMenu("edit-retype");
        new org.openqa.selenium.support.ui.Select(page.byTestId("edit-dialog-label")).selectByValue("Region");
        page.byTestId("edit-dialog-ok").click();
        status("已更正：将“徐州金融集聚区”的类型改为");

        page.tab("corrections");
        page.wait.until(d -> page.all("correction-row").size() == 3);
        try (Stream<Path> old = Files.list(browser.downloads)) {
            for (Path file : old.toList()) {
                Files.delete(file);
            }
        }
        page.byTestId("corrections-export").click();
        Path exported = browser.downloads.resolve("collabgraph-corrections.json");
        page.wait.until(d -> Files.isRegularFile(exported) && size(exported) > 0);
        assertThat(JSON.readTree(exported.toFile())).hasSize(3);

        Server fresh = seeded(dir.resolve("fresh"));
        ExplorerPage other = new ExplorerPage(browser, fresh::uri);
        other.open("/?view=corrections");
        other.byTestId("corrections-empty");
        other.byTestId("corrections-import-file").sendKeys(exported.toAbsolutePath().toString());
        other.byTestId("credential-token").sendKeys(TOKEN);
        other.byTestId("credential-confirm").click();
        other.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-testid=status]"),
                "已导入 3 项更正"));
        other.wait.until(d -> other.all("correction-row").size() == 3);
        assertThat(GraphDump.of(fresh.store())).isEqualTo(GraphDump.of(server.store()));
        browser.script("sessionStorage.clear()");
        page.open("/");
    }

    @Test
    void withoutAValidCredentialTheServerRefusesAndThePageSaysSoAndAsksAgain() throws Exception {
        openNode(XINSHENG);
        editMenu("edit-rename");
        WebElement name = page.byTestId("edit-dialog-value");
        name.clear();
        name.sendKeys("错误的名称");
        page.byTestId("edit-dialog-ok").click();
        page.byTestId("credential-token").sendKeys("not-the-token");
        page.byTestId("credential-confirm").click();

        assertThat(status("服务器拒绝")).contains("403");
        assertThat(get(server, "/api/nodes/" + encode(XINSHENG)).path("name").asText()).isEqualTo("新盛公司");
        assertThat(browser.script("return sessionStorage.length")).isEqualTo(0L);

        editMenu("edit-add-alias");
        page.byTestId("edit-dialog-value").sendKeys("新盛");
        page.byTestId("edit-dialog-ok").click();
        assertThat(page.byTestId("credential").isDisplayed()).as("the credential is asked again").isTrue();
        page.byTestId("credential-cancel").click();
        assertThat(get(server, "/api/corrections").path("corrections")).isEmpty();
    }

    @Test
    void aReaderOfAServerWithoutEditorsSeesNoEditingAndAReadOnlyCorrectionsView() throws Exception {
        HttpServer readOnly = HttpServer.start(server.store(), HttpServer.Binding.of("127.0.0.1", 0), ServerLinks.none(),
                HttpServer.Writing.off());
        OPEN.add(readOnly);
        ExplorerPage reader = new ExplorerPage(browser, path -> URI.create("http://127.0.0.1:" + readOnly.port() + path));
        reader.open("/?sel=" + encode(XINSHENG));
        reader.wait.until(ExpectedConditions.textToBe(By.cssSelector("[data-testid=details-name]"), "新盛公司"));
        reader.atLeast(1, "relation");
        assertThat(reader.all("edit-menu")).isEmpty();
        assertThat(reader.all("relation-delete")).isEmpty();
        reader.tab("corrections");
        reader.byTestId("corrections-empty");
        assertThat(reader.text("view-corrections")).contains("只读");
        assertThat(reader.all("corrections-import-file")).isEmpty();
        page.open("/");
    }

    // ---- the page ----

    private record Selection(String text, int start, int end) {
    }

    /** Opens the explorer on node id and waits for its details (and, on this server, its Edit menu). */
    private void openNode(String id) {
        page.open("/?sel=" + encode(id));
        page.wait.until(d -> id.equals(page.byTestId("details-panel").getAttribute("data-node-id")));
        page.byTestId("edit-menu");
    }

    private void editMenu(String action) {
        page.byTestId("edit-menu").findElement(By.tagName("summary")).click();
        page.wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("[data-testid=" + action + "]"))).click();
    }

    /** Types q into the search box testid of an open dialog and picks the suggestion for id. */
    private void pick(String testid, String q, String id) {
        page.byTestId(testid + "-input").sendKeys(q);
        page.wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("[data-testid=" + testid + "-suggestion][data-id='" + id + "']"))).click();
    }

    /** The credential prompt of the first write in a tab, answered with the token. */
    private void giveTheToken() {
        page.byTestId("credential-token").sendKeys(TOKEN);
        page.byTestId("credential-confirm").click();
    }

    /** The status bar's text, once it says expected (an earlier message may still be showing). */
    private String status(String expected) {
        page.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-testid=status]"), expected));
        return page.text("status");
    }

    /** The ids the search box suggests for q. */
    private List<String> suggestionIds(String q) {
        WebElement input = page.byTestId("search-input");
        input.clear();
        input.sendKeys(q);
        page.wait.until(d -> !page.byTestId("search-input").findElement(By.xpath("following-sibling::ul")).getText().isEmpty());
        List<String> ids = page.all("search-suggestion").stream().map(e -> e.getAttribute("data-id")).toList();
        input.sendKeys(Keys.ESCAPE);
        return ids;
    }

    private List<WebElement> relationRows(String typeName, String other) {
        return browser.driver.findElements(By.xpath("//div[@class='rel-group'][div[@class='rel-type' and starts-with(., '"
                + typeName + "（')]]//li[@data-testid='relation'][.//button[normalize-space(.)='" + other + "']]"));
    }

    private WebElement relationRow(String typeName, String other) {
        return page.wait.until(d -> relationRows(typeName, other).stream().findFirst().orElse(null));
    }

    private static List<String> quotesOf(List<WebElement> rows) {
        return rows.stream().flatMap(r -> r.findElements(By.cssSelector("[data-testid=evidence-quote]")).stream())
                .map(WebElement::getText).toList();
    }

    /**
     * Drags the mouse over the first placed sentence in the panel from two characters before its quote to the end of
     * the quote, and returns what was selected with its offsets in the document, worked out here from the text.
     */
    private Selection selectAroundTheFirstQuote(String text) {
        WebElement sentence = page.wait.until(d -> d.findElements(By.cssSelector(
                "[data-testid=details-panel] [data-testid=evidence-sentence][data-start]")).stream().findFirst().orElse(null));
        @SuppressWarnings("unchecked")
        Map<String, Object> at = (Map<String, Object>) browser.script("""
                const sentence = arguments[0];
                sentence.scrollIntoView({block: 'center'});
                const whole = sentence.textContent, mark = sentence.querySelector('mark').textContent;
                const from = Math.max(0, whole.indexOf(mark) - 2), to = whole.indexOf(mark) + mark.length;
                // the viewport box of character k of the sentence's text
                const box = k => {
                  const walker = document.createTreeWalker(sentence, NodeFilter.SHOW_TEXT);
                  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                    if (k < node.length) {
                      const r = document.createRange();
                      r.setStart(node, k);
                      r.setEnd(node, k + 1);
                      return r.getBoundingClientRect();
                    }
                    k -= node.length;
                  }
                };
                const first = box(from), last = box(to - 1);
                return {whole, from, to, x1: first.left + 1, y1: first.top + first.height / 2,
                  x2: last.right - 1, y2: last.top + last.height / 2};""", sentence);
        new Actions(browser.driver)
                .moveToLocation(((Number) at.get("x1")).intValue(), ((Number) at.get("y1")).intValue()).clickAndHold()
                .moveToLocation(((Number) at.get("x2")).intValue(), ((Number) at.get("y2")).intValue()).release()
                .perform();
        String whole = (String) at.get("whole");
        int from = ((Number) at.get("from")).intValue();
        int to = ((Number) at.get("to")).intValue();
        String selected = whole.substring(from, to);
        assertThat(browser.script("return getSelection().toString()")).as("the mouse selected").isEqualTo(selected);
        int sentenceStart = text.indexOf(whole);
        assertThat(text.indexOf(whole, sentenceStart + 1)).as("the sentence is found once in the document").isNegative();
        assertThat(sentence.getAttribute("data-start")).as("the sentence's place in the document")
                .isEqualTo(String.valueOf(sentenceStart));
        return new Selection(selected, sentenceStart + from, sentenceStart + to);
    }

    // ---- the server ----

    private static Server seeded(Path directory) {
        EmbeddedNeo4j dbms = EmbeddedNeo4j.start(directory, EmbeddedSettings.defaults());
        OPEN.add(dbms);
        GraphStore store = dbms.openStore();
        OPEN.add(store);
        Schema.apply(store);
        GraphWriter.write(store, Extractor.extract(SEED));
        ReferenceData.load(store);
        HttpServer http = HttpServer.start(store, HttpServer.Binding.of("127.0.0.1", 0), ServerLinks.none(),
                new HttpServer.Writing(Editors.of(null, TOKEN), 1 << 20));
        OPEN.add(http);
        return new Server(store, http);
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (java.io.IOException e) {
            return 0;
        }
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static JsonNode get(Server server, String path) throws Exception {
        HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(server.uri(path)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(path + ": " + answer.body()).isEqualTo(200);
        return JSON.readTree(answer.body());
    }
}
