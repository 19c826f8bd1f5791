package dev.collabgraph.app.ui;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.collabgraph.app.documents.Editors;
import dev.collabgraph.app.http.HttpServer;
import dev.collabgraph.app.http.ServerLinks;
import dev.collabgraph.app.reference.ReferenceData;
import dev.collabgraph.loader.extract.Extractor;
import dev.collabgraph.loader.text.DocumentFiles;
import dev.collabgraph.store.EmbeddedNeo4j;
import dev.collabgraph.store.EmbeddedSettings;
import dev.collabgraph.store.GraphStore;
import dev.collabgraph.store.GraphWriter;
import dev.collabgraph.store.Schema;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The Documents view in headless Chromium against a real server that lets an editor write (by token) and a second,
 * read-only server on the same embedded Neo4j loaded with the seed: a Word file is picked, previewed, loaded, found
 * by the search box and removed again; a PDF is previewed and discarded leaving the graph as it was; the first write
 * asks for the credential and a wrong one is refused with the server's reason; the read-only server explains how
 * writing is turned on; and on a phone the view never scrolls sideways. With {@code -Dcg.screenshots} the preview
 * is also saved as {@code docs/images/documents-preview.png} for the README.
 */
class DocumentsViewIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Path SEED = Path.of("..", "data", "xuzhou-2018-20.txt");
    private static final Path CORPUS = Path.of("..", "corpus");
    private static final String TOKEN = "browser-test-editor-token-0123";

    @TempDir
    static Path dir;

    private static EmbeddedNeo4j dbms;
    private static GraphStore store;
    private static HttpServer server;
    private static HttpServer readOnlyServer;
    private static Browser browser;
    private ExplorerPage page;

    @BeforeAll
    static void start() {
        Browser.requireChromium();
        dbms = EmbeddedNeo4j.start(dir.resolve("graph"), EmbeddedSettings.defaults());
        store = dbms.openStore();
        Schema.apply(store);
        GraphWriter.write(store, Extractor.extract(SEED));
        ReferenceData.load(store);
        server = HttpServer.start(store, HttpServer.Binding.of("127.0.0.1", 0), ServerLinks.none(),
                new HttpServer.Writing(Editors.of(null, TOKEN), 20L << 20));
        readOnlyServer = HttpServer.start(store, "127.0.0.1", 0);
        browser = Browser.start(1400, 900);
    }

    @AfterAll
    static void stop() {
        try {
            if (browser != null) {
                browser.close();
            }
        } finally {
            if (readOnlyServer != null) {
                readOnlyServer.close();
            }
            if (server != null) {
                server.close();
            }
            if (store != null) {
                store.close();
            }
            if (dbms != null) {
                dbms.close();
            }
        }
    }

    /** Every test starts as a planner who has not given a credential in this tab yet. */
    @BeforeEach
    void freshTab() {
        page = new ExplorerPage(browser, path -> uri(server, path));
        page.open("/");
        browser.script("sessionStorage.clear()");
    }

    @Test
    void aWordFileIsPreviewedLoadedFoundByTheSearchBoxAndRemovedAgain() throws Exception {
        openDocuments(page);
        Path docx = file("action-plan.docx",
                DocumentFiles.word(Files.readString(CORPUS.resolve("10-action-plan-division-table.txt"))));

        page.byTestId("documents-file").sendKeys(docx.toString());
        giveToken(page, TOKEN);

        // the card is drawn again as the page's state settles (the token given, the list refreshed): each read finds
        // it afresh, a stale card being read again by the wait
        String status = page.wait.until(d -> page.byTestId("documents-preview").getAttribute("data-status"));
        int tasks = page.wait.until(d -> count(page.byTestId("documents-preview"), "tasks"));
        int annexRows = page.wait.until(d -> count(page.byTestId("documents-preview"), "annexRows"));
        String card = page.wait.until(d -> page.byTestId("documents-preview").getText());
        assertThat(status).isEqualTo("NEW");
        assertThat(page.text("preview-status")).isEqualTo("新文件：图谱中还没有这份文件");
        assertThat(tasks).isGreaterThan(10);
        assertThat(annexRows).isPositive();
        assertThat(card).contains("action-plan.docx").contains("DOCX").contains("高校");
        // the names are read inside the wait: a redraw between finding the items and reading them reads them again
        List<String> newEntities = page.wait.until(d -> {
            List<String> names = page.all("preview-new-entity").stream().map(e -> e.getAttribute("data-name")).toList();
            return names.isEmpty() ? null : names;
        });
        // a new entity the graph does not know by name (a new id may still share its name with another node)
        String entity = null;
        for (String name : newEntities) {
            if (entity == null && searchHits(name) == 0) {
                entity = name;
            }
        }
        assertThat(entity).as("an entity of the upload that the graph does not know yet").isNotNull();
        assertThat(documentsTotal()).as("a preview writes nothing").isEqualTo(1);
        screenshotOfThePreview();
        // the warnings are folded under their count until asked for
        boolean folded = page.wait.until(
                d -> Optional.of(!page.byTestId("preview-warnings").findElement(By.tagName("ul")).isDisplayed())).get();
        assertThat(folded).isTrue();
        // opened by a click on the summary; a card drawn again in between is found and opened again
        List<String> warningTexts = page.wait.until(d -> {
            WebElement warnings = page.byTestId("preview-warnings");
            if (!warnings.findElement(By.tagName("ul")).isDisplayed()) {
                warnings.findElement(By.tagName("summary")).click();
                return null;
            }
            List<String> texts = warnings.findElements(By.cssSelector("li")).stream().map(WebElement::getText).toList();
            return texts.isEmpty() ? null : texts;
        });
        assertThat(warningTexts).allSatisfy(w -> assertThat(w).isNotBlank());

        page.byTestId("documents-load").click();
        // read inside the wait: the notice may be drawn again between its finding and its reading
        String noticeText = page.wait.until(d -> {
            try {
                WebElement notice = noticeOf("success");
                return notice == null ? null : notice.getText();
            } catch (org.openqa.selenium.StaleElementReferenceException redrawn) {
                return null;
            }
        });
        assertThat(noticeText).startsWith("已载入《");
        waitForListedTotal(page, 2);
        assertThat(page.all("document")).hasSize(2);
        assertThat(page.all("documents-preview")).isEmpty();
        // the header's counts are read again
        page.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("stats"), "2 份文件"));

        WebElement search = page.byTestId("search-input");
        search.sendKeys(entity);
        String name = entity;
        page.wait.until(d -> d.findElements(By.cssSelector("[data-testid=search-suggestion] .name")).stream()
                .anyMatch(e -> e.getText().equals(name)));
        search.sendKeys(Keys.ESCAPE);

        JsonNode loaded = listed("action-plan.docx");
        WebElement row = browser.driver.findElement(
                By.cssSelector("[data-testid=document][data-id='" + loaded.path("id").asText() + "']"));
        assertThat(row.getText()).contains(loaded.path("title").asText()).contains("action-plan.docx");
        row.findElement(By.cssSelector("[data-testid=document-remove]")).click();
        WebElement confirm = page.wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("[data-testid=remove-dialog]")));
        assertThat(confirm.getText()).contains("《" + loaded.path("title").asText() + "》");
        page.byTestId("remove-dialog-confirm").click();

        waitForListedTotal(page, 1);
        assertThat(page.wait.until(d -> noticeOf("success")).getText()).startsWith("已移除");
        assertThat(documentsTotal()).isEqualTo(1);
        assertThat(searchHits(entity)).as("the removed document's own entity is gone").isZero();
        search.clear();
        search.sendKeys(entity);
        // the suggestions open again once the new answer is in, and none of them is the removed entity
        page.wait.until(d -> {
            WebElement suggestions = d.findElement(By.cssSelector("#search .suggestions"));
            return suggestions.isDisplayed() && suggestions.findElements(By.cssSelector(".name")).stream()
                    .noneMatch(e -> e.getText().equals(name));
        });
        search.sendKeys(Keys.ESCAPE);
    }

    @Test
    void aPdfIsPreviewedAndDiscardedLeavingTheDocumentsAndTheGraphAsTheyWere() throws Exception {
        if (System.getenv("CI") != null) {
            assertThat(DocumentFiles.CJK_FONT).as("CI installs fonts-wqy-microhei").exists();
        }
        assumeTrue(Files.exists(DocumentFiles.CJK_FONT), "needs fonts-wqy-microhei");
        long nodes = nodeCount();
        int documents = documentsTotal();
        openDocuments(page);
        Path pdf = file("measures.pdf", DocumentFiles.pdf(Files.readString(CORPUS.resolve("11-measures-continuous-items.txt"))));

        page.byTestId("documents-file").sendKeys(pdf.toString());
        giveToken(page, TOKEN);
        WebElement preview = page.byTestId("documents-preview");
        assertThat(preview.getText()).contains("measures.pdf").contains("PDF");
        assertThat(count(preview, "tasks")).isPositive();

        page.byTestId("documents-discard").click();
        assertThat(page.wait.until(d -> noticeOf("success")).getText()).contains("图谱没有改变");
        page.byTestId("documents-dropzone");
        assertThat(page.all("documents-preview")).isEmpty();
        assertThat(documentsTotal()).isEqualTo(documents);
        assertThat(nodeCount()).isEqualTo(nodes);
        assertThat(page.all("document")).hasSize(documents);
    }

    @Test
    void theFirstWriteAsksForTheCredentialAndAWrongTokenIsRefusedWithTheServersReason() throws Exception {
        openDocuments(page);
        // the drop zone is reached with the keyboard and Enter opens the file picker (stopped here: no native dialog)
        browser.script("document.querySelector('[data-testid=documents-file]').addEventListener('click', event => {"
                + " window.pickerOpened = true; event.preventDefault(); })");
        WebElement zone = page.byTestId("documents-dropzone");
        zone.sendKeys(Keys.ENTER);
        assertThat(browser.script("return window.pickerOpened === true")).isEqualTo(true);
        assertThat(browser.script("return document.activeElement.dataset.testid")).isEqualTo("documents-dropzone");
        Path text = file("measures.txt", Files.readAllBytes(CORPUS.resolve("11-measures-continuous-items.txt")));

        page.byTestId("documents-file").sendKeys(text.toString());
        giveToken(page, "not-the-editor-token-0000");

        WebElement refused = page.wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("[data-testid=credential-error]")));
        assertThat(refused.getText()).startsWith("服务器拒绝了该凭据：").contains("Writing needs an editor's credential");
        assertThat(browser.script("return sessionStorage.length")).as("a refused credential is not kept").isEqualTo(0L);
        page.byTestId("credential-cancel").click();
        page.wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("[data-testid=credential]")));
        page.byTestId("documents-dropzone");
        assertThat(page.all("documents-preview")).as("nothing was uploaded").isEmpty();
        assertThat(documentsTotal()).isEqualTo(1);
    }

    @Test
    void aFileTooLargeOrInAnotherFormatIsRefusedBeforeItIsSentAndAnUnreadableOneWithTheServersReason()
            throws Exception {
        openDocuments(page);
        Path large = dir.resolve("uploads-large").resolve("large.txt");
        Files.createDirectories(large.getParent());
        try (RandomAccessFile file = new RandomAccessFile(large.toFile(), "rw")) {
            file.setLength(21L << 20);
        }
        page.byTestId("documents-file").sendKeys(large.toAbsolutePath().toString());
        assertThat(page.wait.until(d -> noticeOf("error")).getText()).isEqualTo("“large.txt”有 21 MB，超过上传上限 20 MB。");
        page.byTestId("documents-file").sendKeys(file("figures.numbers", new byte[]{'P', 'K', 3, 4}).toString());
        page.wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("[data-testid=documents-notice]"), "“figures.numbers”不是可读取的格式"));
        assertThat(page.all("credential")).as("nothing was sent, so no credential was asked for").isEmpty();

        page.byTestId("documents-file").sendKeys(file("broken.docx", "not a zip".getBytes(StandardCharsets.UTF_8)).toString());
        giveToken(page, TOKEN);
        page.wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("[data-testid=documents-notice]"), "broken.docx"));
        assertThat(noticeOf("error").getText()).startsWith("上传失败：文件无法读取。").contains("(400)");
        page.byTestId("documents-dropzone");
        assertThat(documentsTotal()).isEqualTo(1);
    }

    @Test
    void aReadOnlyServerExplainsHowWritingIsTurnedOnAndOffersNoUpload() {
        ExplorerPage readOnly = new ExplorerPage(browser, path -> uri(readOnlyServer, path));
        readOnly.open("/?view=documents&lang=en");
        waitForListedTotal(readOnly, 1);
        assertThat(readOnly.text("documents-readonly")).contains("Writing is off")
                .contains("serve --editors").contains("COLLABGRAPH_EDITOR_TOKEN");
        assertThat(readOnly.all("documents-dropzone")).isEmpty();
        assertThat(readOnly.all("documents-file")).isEmpty();
        assertThat(readOnly.all("document-remove")).isEmpty();
        assertThat(readOnly.text("tab-documents")).isEqualTo("Documents");
        assertThat(readOnly.text("document")).contains("tasks").contains("entities");
    }

    @Test
    void onAPhoneTheViewAndItsPreviewNeverScrollSideways() throws Exception {
        try (Browser phone = Browser.start(390, 844)) {
            // a desktop window is no narrower than 500 pixels: the phone's screen is emulated
            phone.driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", 390, "height", 844,
                    "deviceScaleFactor", 1, "mobile", true));
            ExplorerPage small = new ExplorerPage(phone, path -> uri(server, path));
            openDocuments(small);
            assertThat(((Number) phone.script("return window.innerWidth")).intValue()).isEqualTo(390);
            assertNoSidewaysScroll(phone);

            Path text = file("phone.txt", Files.readAllBytes(CORPUS.resolve("11-measures-continuous-items.txt")));
            small.byTestId("documents-file").sendKeys(text.toString());
            WebElement dialog = small.wait.until(ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector("[data-testid=credential]")));
            assertThat(dialog.getRect().getWidth()).isLessThanOrEqualTo(390);
            assertNoSidewaysScroll(phone);
            giveToken(small, TOKEN);
            small.byTestId("documents-preview");
            small.atLeast(1, "preview-new-entity");
            assertNoSidewaysScroll(phone);
            phone.screenshot("documents-phone");
            small.byTestId("documents-discard").click();
            small.byTestId("documents-dropzone");
        }
        assertThat(documentsTotal()).isEqualTo(1);
    }

    // ---- helpers

    private static void openDocuments(ExplorerPage on) {
        on.open("/?view=documents");
        waitForListedTotal(on, documentsTotalQuietly());
    }

    private static void waitForListedTotal(ExplorerPage on, int total) {
        on.wait.until(d -> d.findElements(By.cssSelector("[data-testid=documents-total]")).stream()
                .anyMatch(e -> String.valueOf(total).equals(e.getAttribute("data-total"))));
    }

    /** Fills the credential form the first write opens with a token, and sends it. */
    private static void giveToken(ExplorerPage on, String token) {
        WebElement dialog = on.wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("[data-testid=credential]")));
        assertThat(dialog.getText()).contains("编辑者身份");
        WebElement input = on.byTestId("credential-token");
        input.clear();
        input.sendKeys(token);
        on.byTestId("credential-confirm").click();
    }

    private WebElement noticeOf(String kind) {
        return browser.driver.findElements(By.cssSelector("[data-testid=documents-notice]")).stream()
                .filter(e -> kind.equals(e.getAttribute("data-kind"))).findFirst().orElse(null);
    }

    private static int count(WebElement preview, String key) {
        return Integer.parseInt(preview.findElement(By.cssSelector("[data-testid=preview-counts] [data-count=" + key + "]"))
                .getAttribute("data-value"));
    }

    private static void assertNoSidewaysScroll(Browser on) {
        @SuppressWarnings("unchecked")
        List<Number> widths = (List<Number>) on.script("""
                const view = document.getElementById('view-documents');
                return [document.documentElement.scrollWidth, window.innerWidth, view.scrollWidth, view.clientWidth];""");
        assertThat(widths.get(0).intValue()).as("page width").isLessThanOrEqualTo(widths.get(1).intValue());
        assertThat(widths.get(2).intValue()).as("view width").isLessThanOrEqualTo(widths.get(3).intValue());
    }

    /** The preview as the README shows it, written only when asked for with -Dcg.screenshots. */
    private void screenshotOfThePreview() throws IOException {
        browser.screenshot("documents-preview");
        if (System.getProperty("cg.screenshots") != null) {
            Path image = Path.of("..", "docs", "images", "documents-preview.png");
            Files.createDirectories(image.getParent());
            Files.write(image, ((TakesScreenshot) browser.driver).getScreenshotAs(OutputType.BYTES));
        }
    }

    private static Path file(String name, byte[] content) throws IOException {
        Path file = Files.createDirectories(dir.resolve("uploads")).resolve(name);
        Files.write(file, content);
        return file.toAbsolutePath();
    }

    private static JsonNode listed(String source) throws Exception {
        for (JsonNode document : get(server, "/api/documents").path("documents")) {
            if (document.path("source").asText().equals(source)) {
                return document;
            }
        }
        throw new AssertionError(source + " is not listed");
    }

    private static int documentsTotal() throws Exception {
        return get(server, "/api/documents").path("total").asInt();
    }

    private static int documentsTotalQuietly() {
        try {
            return documentsTotal();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static long nodeCount() throws Exception {
        long sum = 0;
        for (JsonNode count : get(server, "/api/stats").path("nodes")) {
            sum += count.asLong();
        }
        return sum;
    }

    /** How many search results carry exactly this name. */
    private static int searchHits(String name) throws Exception {
        int found = 0;
        for (JsonNode result : get(server, "/api/search?q=" + URLEncoder.encode(name, StandardCharsets.UTF_8))
                .path("results")) {
            found += result.path("name").asText().equals(name) ? 1 : 0;
        }
        return found;
    }

    private static JsonNode get(HttpServer on, String path) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(uri(on, path)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private static URI uri(HttpServer on, String path) {
        return URI.create("http://127.0.0.1:" + on.port() + path);
    }
}
