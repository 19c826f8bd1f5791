package dev.collabgraph.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.collabgraph.store.CypherFiles;
import dev.collabgraph.store.EmbeddedNeo4j;
import dev.collabgraph.store.EmbeddedSettings;
import dev.collabgraph.store.GraphStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/** The command line as a user runs it: real files, a real embedded store, exit codes and messages. */
class CommandLineIT {
    private static final Path SEED = Path.of("..", "data", "xuzhou-2018-20.txt");
    private static final Path SECOND_CITY = Path.of("..", "loader", "src", "test", "resources", "docs", "second-city.txt");

    @TempDir
    Path dir;

    @Test
    void extractPrintsTheGraphAsJsonOnStdout() throws Exception {
        Cli.Run run = run("extract", SEED.toString());
        assertThat(run.code()).isZero();
        JsonNode json = Json.MAPPER.readTree(run.out());
        assertThat(json.path("document").path("number").asText()).isEqualTo("徐委发〔2018〕20号");
        long tasks = 0;
        for (JsonNode node : json.path("nodes")) {
            tasks += node.path("label").asText().equals("Task") ? 1 : 0;
        }
        assertThat(tasks).isEqualTo(26);
        assertThat(run.err()).contains("warning:").doesNotContain("Exception")
                .contains("read: " + SEED + ": 26 tasks (22 with responsible units), 22 annex rows (22 with units), "
                        + "8 indicators");
    }

    @Test
    void extractTextPrintsTheTextTheOffsetsCountIn() throws Exception {
        Path page = Files.writeString(dir.resolve("page.html"), "<html><body><nav>首页 &gt; 通知</nav><article>"
                + "<p>一、总体要求</p><p>支持&nbsp;高校建设实验室。</p></article></body></html>");
        Cli.Run run = run("extract", "--text", page.toString());
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("一、总体要求").contains("高校建设实验室").doesNotContain("<p>").doesNotContain("{\"");
        assertThat(run("extract", "--text", dir.resolve("missing.txt").toString()).code()).isEqualTo(1);
    }

    @Test
    void aUserGazetteerTeachesTheExtractorNamesNoRuleCanCatch() throws Exception {
        Cli.Run without = run("extract", SEED.toString());
        assertThat(without.out()).doesNotContain("\"platform:彭城工匠\"");
        Path gazetteer = Files.writeString(dir.resolve("names.tsv"), "# programmes of this city\nPlatform\t彭城工匠\n");
        Cli.Run with = run("extract", "--gazetteer", gazetteer.toString(), SEED.toString());
        assertThat(with.code()).isZero();
        assertThat(with.out()).contains("\"platform:彭城工匠\"");

        Path broken = Files.writeString(dir.resolve("broken.tsv"), "Enterprise\n");
        Cli.Run bad = run("extract", "--gazetteer", broken.toString(), SEED.toString());
        assertThat(bad.code()).isEqualTo(1);
        assertThat(bad.err()).contains("broken.tsv:1").doesNotContain("\tat ");
    }

    @Test
    void extractOfAMissingFileSaysSoAndExitsNonZero() {
        Cli.Run run = run("extract", dir.resolve("nope.txt").toString());
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).contains("nope.txt: file not found").doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void loadingTwiceChangesNothingAndABadFileLeavesTheGraphAsItWas() throws Exception {
        Path db = dir.resolve("graph");
        Cli.Run first = run("load", "--db", db.toString(), SEED.toString());
        assertThat(first.code()).as(first.err()).isZero();
        assertThat(first.out()).contains("xwf-2018-20").contains("1 loaded, 0 failed");
        Counts afterFirst = counts(db);
        assertThat(afterFirst.nodes).containsEntry("Task", 26L).containsEntry("AnnexTask", 22L).containsEntry("Indicator", 8L);

        Cli.Run again = run("load", "--db", db.toString(), SEED.toString());
        assertThat(again.code()).isZero();
        assertThat(again.out()).contains("unchanged");
        assertThat(counts(db)).isEqualTo(afterFirst);

        Path binary = Files.write(dir.resolve("scan.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 1, 2});
        Path prose = Files.writeString(dir.resolve("prose.txt"), "今天天气很好，我们去公园散步。");
        Cli.Run bad = run("load", "--db", db.toString(), binary.toString(), prose.toString());
        assertThat(bad.code()).isEqualTo(1);
        assertThat(bad.err()).contains("scan.txt: binary file").contains("prose.txt: no document structure")
                .doesNotContain("\tat ");
        assertThat(counts(db)).isEqualTo(afterFirst);
    }

    @Test
    void aStoreFolderThatCannotBeWrittenOrADiskLowOnSpaceIsRefusedBeforeAnythingIsWritten() throws Exception {
        Path db = dir.resolve("graph");
        assertThat(run("load", "--db", db.toString(), SEED.toString()).code()).isZero();
        Counts loaded = counts(db);

        // more free space asked for than any disk has: refused before the first document, exit 1, graph unchanged
        Cli.Run low = run("load", "--db", db.toString(), "--min-free-mb", String.valueOf(Long.MAX_VALUE / (1 << 21)),
                SECOND_CITY.toString());
        assertThat(low.code()).isEqualTo(1);
        assertThat(low.err()).contains("MB free, less than the").contains("--min-free-mb").doesNotContain("\tat ");
        assertThat(counts(db)).isEqualTo(loaded);

        Path notAFolder = Files.writeString(dir.resolve("file"), "x");
        Cli.Run unwritable = run("load", "--db", notAFolder.resolve("graph").toString(), SEED.toString());
        assertThat(unwritable.code()).isEqualTo(1);
        assertThat(unwritable.err()).contains("cannot be written").contains("--db").doesNotContain("\tat ");
    }

    @Test
    void aGb18030CopyReplacesTheUtf8RevisionWithTheSameGraph() throws Exception {
        Path db = dir.resolve("graph");
        assertThat(run("load", "--db", db.toString(), SEED.toString()).code()).isZero();
        Counts utf8 = counts(db);
        String text = Files.readString(SEED, StandardCharsets.UTF_8);
        Path gb = Files.write(dir.resolve("seed-gb.txt"), text.replace("\n", "\r\n").getBytes(Charset.forName("GB18030")));
        Cli.Run run = run("load", "--db", db.toString(), gb.toString());
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("loaded:").doesNotContain("unchanged");
        assertThat(counts(db)).isEqualTo(utf8);
    }

    @Test
    void aFolderIsLoadedFileByFileWithProgressAndBadFilesAreSkipped() throws Exception {
        Path docs = Files.createDirectories(dir.resolve("docs"));
        Files.copy(SEED, docs.resolve("a.txt"));
        Files.copy(Path.of("..", "loader", "src", "test", "resources", "docs", "second-city.txt"), docs.resolve("b.txt"));
        Files.write(docs.resolve("c.txt"), new byte[0]);
        Path db = dir.resolve("graph");
        Cli.Run run = run("load", "--db", db.toString(), docs.toString());
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).contains("[1/3").contains("[3/3").contains("c.txt: file is empty");
        assertThat(run.out()).contains("2 loaded, 1 failed");
        assertThat(counts(db).nodes).containsEntry("Document", 2L);
    }

    @Test
    void aFileHoldingSeveralDocumentsIsRefusedAndTheLoadedOneStaysAsItWas() throws Exception {
        Path db = dir.resolve("graph");
        assertThat(run("load", "--db", db.toString(), SEED.toString()).code()).isZero();
        Counts before = counts(db);
        String seed = Files.readString(SEED, StandardCharsets.UTF_8);
        Path concatenated = Files.writeString(dir.resolve("all.txt"), seed + "\n" + Files.readString(SECOND_CITY)
                + "\n" + seed.replace("徐委发〔2018〕20号", "徐委发〔2018〕21号"));
        Cli.Run load = run("load", "--db", db.toString(), concatenated.toString());
        assertThat(load.code()).isEqualTo(1);
        assertThat(load.err()).contains("all.txt: holds 3 documents, not one")
                .contains("徐委发〔2018〕20号 (line 5)").contains("徐委发〔2018〕21号").contains("split it")
                .doesNotContain("\tat ");
        assertThat(counts(db)).isEqualTo(before);

        Path twice = Files.writeString(dir.resolve("twice.txt"), seed + "\n\n" + seed);
        Cli.Run extract = run("extract", twice.toString());
        assertThat(extract.code()).isEqualTo(1);
        assertThat(extract.err()).contains("twice.txt: holds 2 documents");
        assertThat(extract.out()).isEmpty();
    }

    @Test
    void anotherTextFromAnotherFileUnderALoadedIdIsRefusedUnlessReplacingWasAskedFor() throws Exception {
        Path db = dir.resolve("graph");
        assertThat(run("load", "--db", db.toString(), SEED.toString()).code()).isZero();
        Counts before = counts(db);
        String revised = Files.readString(SEED, StandardCharsets.UTF_8).replace("26、强化督查考核。", "26、强化督查考核和通报。");
        Path other = Files.writeString(dir.resolve("other-city-draft.txt"), revised);
        Cli.Run refused = run("load", "--db", db.toString(), other.toString());
        assertThat(refused.code()).isEqualTo(1);
        assertThat(refused.err()).contains("other-city-draft.txt").contains("xwf-2018-20: another document is loaded")
                .contains("from xuzhou-2018-20.txt").contains("--replace").doesNotContain("\tat ");
        assertThat(counts(db)).isEqualTo(before);
        assertThat(taskTitle(db, 26)).isEqualTo("强化督查考核");

        Cli.Run replaced = run("load", "--db", db.toString(), "--replace", other.toString());
        assertThat(replaced.code()).as(replaced.err()).isZero();
        assertThat(taskTitle(db, 26)).isEqualTo("强化督查考核和通报");

        // a revision edited in place (same file name) replaces without being told
        Path inPlace = Files.createDirectories(dir.resolve("edited")).resolve("other-city-draft.txt");
        Files.writeString(inPlace, revised.replace("26、强化督查考核和通报。", "26、强化督查。"));
        Cli.Run revision = run("load", "--db", db.toString(), inPlace.toString());
        assertThat(revision.code()).as(revision.err()).isZero();
        assertThat(taskTitle(db, 26)).isEqualTo("强化督查");
    }

    @Test
    void aFolderIsLoadedWithItsWebPagesAndDocumentsOfUnreadFormatsAreNamedAndFailTheLoad() throws Exception {
        Path docs = Files.createDirectories(dir.resolve("docs"));
        Files.copy(SEED, docs.resolve("a.txt"));
        Files.writeString(docs.resolve("c.html"), webPage(Files.readString(SECOND_CITY)));
        Files.writeString(docs.resolve("b.ceb"), "CEB book");
        Files.writeString(docs.resolve("a.gold.json"), "{}");
        Path db = dir.resolve("graph");
        Cli.Run run = run("load", "--db", db.toString(), docs.toString());
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).contains("b.ceb: not read (.ceb is not a format the loader reads")
                .contains("ignored 1 file that are not documents").contains("a.gold.json");
        assertThat(run.out()).contains("2 loaded, 1 failed").contains("c.html");
        assertThat(counts(db).nodes).containsEntry("Document", 2L);
    }

    /** A text as a web page: a paragraph a line, with navigation the loader leaves out. */
    private static String webPage(String text) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body>"
                + "<nav><a href=\"/\">首页</a></nav><div class=\"article\">");
        text.lines().forEach(line -> html.append("<p>").append(org.jsoup.nodes.Entities.escape(line)).append("</p>\n"));
        return html.append("</div></body></html>").toString();
    }

    private static Cli.Run run(String... args) {
        return Cli.run(args);
    }

    private record Counts(Map<String, Long> nodes, Map<String, Long> relationships) {
    }

    private static String taskTitle(Path db, int number) {
        try (EmbeddedNeo4j dbms = EmbeddedNeo4j.start(db, EmbeddedSettings.defaults().withBoltPort(0));
             GraphStore store = dbms.openStore()) {
            return store.readAdHoc("MATCH (t:Task {id: $id}) RETURN t.title", Map.of("id", "xwf-2018-20:task:" + number),
                    java.time.Duration.ofSeconds(10), 1).rows().get(0).get(0).asString();
        }
    }

    private static Counts counts(Path db) {
        try (EmbeddedNeo4j dbms = EmbeddedNeo4j.start(db, EmbeddedSettings.defaults().withBoltPort(0));
             GraphStore store = dbms.openStore()) {
            Map<String, Long> nodes = new TreeMap<>();
            store.read(CypherFiles.load("queries/stats/countNodesByLabel"), Map.of(),
                    r -> nodes.put(r.get("label").asString(), r.get("count").asLong()));
            Map<String, Long> relationships = new TreeMap<>();
            store.read(CypherFiles.load("queries/stats/countRelationshipsByType"), Map.of(),
                    r -> relationships.put(r.get("type").asString(), r.get("count").asLong()));
            return new Counts(nodes, relationships);
        }
    }
}
