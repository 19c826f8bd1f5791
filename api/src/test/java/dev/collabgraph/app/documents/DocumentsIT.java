package dev.collabgraph.app.documents;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.collabgraph.app.cli.Cli;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Documents added through the server, over real HTTP to a real embedded Neo4j: an upload is previewed without a
 * write, loaded in one transaction, found, and removed leaving the graph exactly as it was; discarding writes
 * nothing; the write routes want an editor's credential and our own origin; bad uploads get their reason; and a
 * document loaded through the server gives the very graph {@code collabgraph load} gives.
 */
class DocumentsIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Path SEED = Path.of("..", "data", "xuzhou-2018-20.txt");
    private static final Path CORPUS = Path.of("..", "corpus");
    private static final String TOKEN = "test-editor-token-0123456789";
    private static final String EDITOR_NAME = "wang";
    private static final String EDITOR_PASSWORD = "correct horse battery";
    private static final long MAX_UPLOAD = 2L * 1024 * 1024;

    @TempDir
    static Path dir;
    private static EmbeddedNeo4j dbms;
    private static GraphStore store;
    private static HttpServer server;

    @BeforeAll
    static void start() throws IOException {
        dbms = EmbeddedNeo4j.start(dir.resolve("graph"), EmbeddedSettings.defaults());
        store = dbms.openStore();
        Schema.apply(store);
        GraphWriter.write(store, Extractor.extract(SEED));
        ReferenceData.load(store);
        Path editors = dir.resolve("editors");
        Files.writeString(editors, "# editors of the test\n" + EDITOR_NAME + ":"
                + PasswordHash.of(EDITOR_PASSWORD.toCharArray()) + "\n");
        server = HttpServer.start(store, HttpServer.Binding.of("127.0.0.1", 0), ServerLinks.none(),
                new HttpServer.Writing(Editors.of(editors, TOKEN), MAX_UPLOAD));
    }

    @AfterAll
    static void stop() {
        server.close();
        store.close();
        dbms.close();
    }

    @Test
    void aWordFileIsPreviewedWithoutAWriteThenLoadedFoundAndRemovedLeavingTheGraphAsItWas() throws Exception {
        List<String> before = GraphDump.of(store);
        byte[] docx = DocumentFiles.word(Files.readString(CORPUS.resolve("10-action-plan-division-table.txt")));

        HttpResponse<String> upload = upload("action-plan.docx", docx, bearer(TOKEN));

        assertThat(upload.statusCode()).as(upload.body()).isEqualTo(201);
        JsonNode preview = JSON.readTree(upload.body());
        assertThat(preview.path("id").asText()).startsWith("upload-");
        assertThat(preview.path("file").asText()).isEqualTo("action-plan.docx");
        assertThat(preview.path("format").asText()).isEqualTo("docx");
        assertThat(preview.path("status").asText()).isEqualTo("NEW");
        assertThat(preview.path("counts").path("tasks").asInt()).isGreaterThan(10);
        assertThat(preview.path("counts").path("annexRows").asInt()).isPositive();
        assertThat(preview.path("counts").path("entities").path("University").asInt()).isPositive();
        assertThat(preview.path("newEntityCount").asInt()).isPositive().isEqualTo(preview.path("newEntities").size());
        assertThat(GraphDump.of(store)).as("a preview writes nothing").isEqualTo(before);

        // a new entity the search does not find yet (a new id may still share its name with a node of another type)
        String newEntity = null;
        for (JsonNode entity : preview.path("newEntities")) {
            if (newEntity == null && search(entity.path("name").asText()) == 0) {
                newEntity = entity.path("name").asText();
            }
        }
        assertThat(newEntity).as("an entity of the upload that the graph does not know").isNotNull();
        HttpResponse<String> commit = send("POST", "/api/documents/" + preview.path("id").asText() + "/commit",
                bearer(TOKEN), null);
        assertThat(commit.statusCode()).as(commit.body()).isEqualTo(200);
        String documentId = JSON.readTree(commit.body()).path("documentId").asText();
        assertThat(documentId).isEqualTo(preview.path("documentId").asText());
        assertThat(search(newEntity)).isPositive();

        JsonNode list = JSON.readTree(get("/api/documents").body());
        assertThat(list.path("total").asInt()).isEqualTo(2);
        assertThat(list.path("writable").asBoolean()).isTrue();
        JsonNode listed = find(list.path("documents"), documentId);
        assertThat(listed.path("format").asText()).isEqualTo("docx");
        assertThat(listed.path("source").asText()).isEqualTo("action-plan.docx");
        assertThat(listed.path("tasks").asInt()).isEqualTo(preview.path("counts").path("tasks").asInt());
        assertThat(listed.path("annexRows").asInt()).isEqualTo(preview.path("counts").path("annexRows").asInt());
        assertThat(send("POST", "/api/documents/" + preview.path("id").asText() + "/commit", bearer(TOKEN), null)
                .statusCode()).as("an upload is loaded once").isEqualTo(404);

        HttpResponse<String> removed = send("DELETE", "/api/documents/" + documentId, basic(EDITOR_NAME,
                EDITOR_PASSWORD), null);
        assertThat(removed.statusCode()).as(removed.body()).isEqualTo(200);
        assertThat(GraphDump.of(store)).as("removing the document gives back the graph it was loaded into")
                .isEqualTo(before);
        assertThat(send("DELETE", "/api/documents/" + documentId, bearer(TOKEN), null).statusCode()).isEqualTo(404);
    }

    @Test
    void aPdfIsPreviewedAndDiscardedWithoutAWrite() throws Exception {
        assumeFont();
        List<String> before = GraphDump.of(store);
        String text = Files.readString(CORPUS.resolve("11-measures-continuous-items.txt"));
        HttpResponse<String> upload = upload("measures.pdf", DocumentFiles.pdf(text), basic(EDITOR_NAME,
                EDITOR_PASSWORD));
        assertThat(upload.statusCode()).as(upload.body()).isEqualTo(201);
        JsonNode preview = JSON.readTree(upload.body());
        assertThat(preview.path("format").asText()).isEqualTo("pdf");
        assertThat(preview.path("counts").path("tasks").asInt()).isPositive();
        String id = preview.path("id").asText();
        assertThat(send("GET", "/api/documents/uploads/" + id, null, null).statusCode()).isEqualTo(200);

        HttpResponse<String> discard = send("DELETE", "/api/documents/" + id, bearer(TOKEN), null);

        assertThat(discard.statusCode()).as(discard.body()).isEqualTo(200);
        assertThat(send("POST", "/api/documents/" + id + "/commit", bearer(TOKEN), null).statusCode()).isEqualTo(404);
        assertThat(GraphDump.of(store)).isEqualTo(before);
    }

    @Test
    void writesWantAnEditorsCredentialAndOurOrigin() throws Exception {
        byte[] text = Files.readAllBytes(CORPUS.resolve("11-measures-continuous-items.txt"));
        assertThat(upload("a.txt", text, null).statusCode()).isEqualTo(403);
        assertThat(upload("a.txt", text, bearer("not-the-token-at-all-0000")).statusCode()).isEqualTo(403);
        assertThat(upload("a.txt", text, basic(EDITOR_NAME, "wrong password")).statusCode()).isEqualTo(403);
        assertThat(upload("a.txt", text, basic("nobody", EDITOR_PASSWORD)).statusCode()).isEqualTo(403);
        Multipart form = Multipart.file("file", "a.txt", text);
        HttpResponse<String> crossSite = HTTP.send(HttpRequest.newBuilder(uri("/api/documents"))
                .header("Content-Type", form.contentType()).header("Authorization", bearer(TOKEN))
                .header("Origin", "http://evil.example").POST(form.publisher()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(crossSite.statusCode()).isEqualTo(403);
        assertThat(crossSite.body()).contains("Origin");
        assertThat(send("DELETE", "/api/documents/" + firstDocumentId(), null, null).statusCode()).isEqualTo(403);
        assertThat(JSON.readTree(get("/api/documents").body()).path("total").asInt()).isEqualTo(1);
    }

    @Test
    void badUploadsAreRefusedWithTheirReasonAndNothingIsKept() throws Exception {
        HttpResponse<String> sheet = upload("figures.numbers", new byte[]{'P', 'K', 3, 4, 0, 0}, bearer(TOKEN));
        assertThat(sheet.statusCode()).isEqualTo(415);
        assertThat(sheet.body()).contains("figures.numbers").contains(".docx");

        HttpResponse<String> damagedSheet = upload("figures.xlsx", new byte[]{'P', 'K', 3, 4, 0, 0}, bearer(TOKEN));
        assertThat(damagedSheet.statusCode()).isEqualTo(400);
        assertThat(damagedSheet.body()).contains("figures.xlsx").contains("zip");

        HttpResponse<String> broken = upload("broken.docx", "not a zip".getBytes(StandardCharsets.UTF_8), bearer(TOKEN));
        assertThat(broken.statusCode()).isEqualTo(400);
        assertThat(broken.body()).contains("broken.docx").contains("not a Word");

        // refused from its declared length before it is read: the client sees 413, or, when it is still sending as
        // the server closes the connection, the connection closed under it (a race of the client's, not a 2xx)
        int tooLarge;
        try {
            tooLarge = upload("large.txt", new byte[(int) MAX_UPLOAD + 1024 * 1024], bearer(TOKEN)).statusCode();
        } catch (java.io.IOException closedWhileSending) {
            tooLarge = 413;
        }
        assertThat(tooLarge).isEqualTo(413);

        Multipart large = Multipart.file("file", "large.txt", new byte[(int) MAX_UPLOAD + 1024 * 1024]);
        HttpResponse<String> undeclared = HTTP.send(HttpRequest.newBuilder(uri("/api/documents"))
                .header("Content-Type", large.contentType()).header("Authorization", bearer(TOKEN))
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(large.body())))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(undeclared.statusCode()).as("a chunked upload is held to the limit while read").isEqualTo(413);
        assertThat(undeclared.body()).doesNotContain("Exception");

        HttpResponse<String> asJson = send("POST", "/api/documents", bearer(TOKEN), "{}");
        assertThat(asJson.statusCode()).isEqualTo(415);
        assertThat(asJson.body()).contains("multipart/form-data");

        HttpResponse<String> noField = HTTP.send(HttpRequest.newBuilder(uri("/api/documents"))
                        .header("Authorization", bearer(TOKEN))
                        .header("Content-Type", Multipart.file("other", "x.txt", new byte[1]).contentType())
                        .POST(Multipart.file("other", "x.txt", new byte[1]).publisher()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(noField.statusCode()).isEqualTo(400);
        // worded in Chinese by default; the field is named either way
        assertThat(noField.body()).contains("表单字段 file").contains("\"field\":\"file\"");
        assertThat(JSON.readTree(get("/api/documents").body()).path("total").asInt()).isEqualTo(1);
    }

    @Test
    void aDocumentLoadedThroughTheServerGivesTheGraphTheLoadCommandGives() throws Exception {
        String name = "division-plan.docx";
        byte[] docx = DocumentFiles.word(Files.readString(CORPUS.resolve("10-action-plan-division-table.txt")));
        JsonNode preview = JSON.readTree(upload(name, docx, bearer(TOKEN)).body());
        HttpResponse<String> commit = send("POST", "/api/documents/" + preview.path("id").asText() + "/commit",
                bearer(TOKEN), null);
        assertThat(commit.statusCode()).as(commit.body()).isEqualTo(200);
        List<String> throughTheServer = GraphDump.of(store);
        assertThat(send("DELETE", "/api/documents/" + preview.path("documentId").asText(), bearer(TOKEN), null)
                .statusCode()).isEqualTo(200);

        Path file = Files.createDirectories(dir.resolve("files")).resolve(name);
        Files.write(file, docx);
        Path db = dir.resolve("cli-graph");
        assertThat(Cli.run("load", "--db", db.toString()).code()).isZero();
        Cli.Run load = Cli.run("load", "--db", db.toString(), file.toString());
        assertThat(load.code()).as(load.err()).isZero();
        try (EmbeddedNeo4j other = EmbeddedNeo4j.start(db, EmbeddedSettings.defaults());
             GraphStore otherStore = other.openStore()) {
            assertThat(GraphDump.of(otherStore)).isEqualTo(throughTheServer);
        }
    }

    private static void assumeFont() {
        if (System.getenv("CI") != null) {
            assertThat(DocumentFiles.CJK_FONT).as("CI installs fonts-wqy-microhei").exists();
        }
        assumeTrue(Files.exists(DocumentFiles.CJK_FONT), "needs fonts-wqy-microhei");
    }

    private static String firstDocumentId() throws Exception {
        return JSON.readTree(get("/api/documents").body()).path("documents").get(0).path("id").asText();
    }

    private static JsonNode find(JsonNode documents, String id) {
        for (JsonNode document : documents) {
            if (document.path("id").asText().equals(id)) {
                return document;
            }
        }
        throw new AssertionError("document " + id + " is not listed in " + documents);
    }

    private static int search(String name) throws Exception {
        HttpResponse<String> answer = get("/api/search?q=" + URLEncoder.encode(name, StandardCharsets.UTF_8));
        int found = 0;
        for (JsonNode result : JSON.readTree(answer.body()).path("results")) {
            found += result.path("name").asText().equals(name) ? 1 : 0;
        }
        return found;
    }

    private static String bearer(String token) {
        return "Bearer " + token;
    }

    private static String basic(String name, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((name + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static HttpResponse<String> upload(String fileName, byte[] content, String authorization) throws Exception {
        Multipart form = Multipart.file("file", fileName, content);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri("/api/documents"))
                .header("Content-Type", form.contentType()).POST(form.publisher());
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return send("GET", path, null, null);
    }

    private static HttpResponse<String> send(String method, String path, String authorization, String json)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).method(method,
                json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (!method.equals("GET")) {
            request.header("Content-Type", "application/json");
        }
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.port() + path);
    }
}
