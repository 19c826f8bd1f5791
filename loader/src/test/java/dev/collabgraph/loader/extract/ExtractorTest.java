package dev.collabgraph.loader.extract;

import dev.collabgraph.loader.BadDocumentException;
import dev.collabgraph.loader.text.Decoder;
import dev.collabgraph.model.Evidence;
import dev.collabgraph.model.ExtractedGraph;
import dev.collabgraph.model.Label;
import dev.collabgraph.model.Node;
import dev.collabgraph.model.RelType;
import dev.collabgraph.model.Relationship;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The whole extraction of the seed, checked against the document text itself. */
class ExtractorTest {
    private static final Path SEED = Path.of("..", "data", "xuzhou-2018-20.txt");
    private static String original;
    private static ExtractedGraph graph;

    @BeforeAll
    static void extractTheSeed() throws Exception {
        original = new String(Files.readAllBytes(SEED), StandardCharsets.UTF_8);
        graph = Extractor.extract(SEED);
    }

    @Test
    void findsTheDocumentsTasksAnnexRowsAndIndicators() {
        assertThat(count(Label.Task)).isEqualTo(26);
        assertThat(count(Label.AnnexTask)).isEqualTo(22);
        assertThat(count(Label.Indicator)).isEqualTo(8);
        assertThat(count(Label.Document)).isEqualTo(1);
        assertThat(graph.document().number()).isEqualTo("徐委发〔2018〕20号");
        assertThat(graph.document().date()).isEqualTo("2018-04-18");
        assertThat(graph.document().id()).isEqualTo("xwf-2018-20");
    }

    @Test
    void eachTasksResponsibleUnitsAreExactlyThoseOfItsNote() {
        Map<Integer, Set<String>> expected = notesReadIndependently();
        assertThat(expected).hasSize(22);
        Map<String, Node> nodes = nodesById();
        for (Node task : nodesOf(Label.Task)) {
            int number = (Integer) task.properties().get("number");
            Set<String> units = graph.relationships().stream()
                    .filter(r -> r.type() == RelType.RESPONSIBLE_FOR && r.to().equals(task.id()))
                    .map(r -> nodes.get(r.from()).name())
                    .collect(Collectors.toCollection(TreeSet::new));
            assertThat(units).as("units of task %d", number).isEqualTo(expected.getOrDefault(number, Set.of()));
        }
    }

    @Test
    void annexUnitsWrittenBackwardsAreRepairedAndNoUnitIsNamedBackwards() {
        List<String> unitNames = nodesOf(Label.Unit).stream().map(Node::name).toList();
        assertThat(unitNames).doesNotContain("委改发", "委经信", "局科技", "局财政")
                .contains("发改委", "经信委", "科技局", "财政局");
        assertThat(unitNames).noneMatch(name -> name.startsWith("局") || name.startsWith("委"));
        assertThat(graph.warnings()).anyMatch(w -> w.contains("委改发") && w.contains("发改委"));
        Node annex9 = nodesOf(Label.AnnexTask).stream()
                .filter(n -> n.properties().get("number").equals(9)).findFirst().orElseThrow();
        assertThat(graph.relationships()).filteredOn(r -> r.type() == RelType.RESPONSIBLE_FOR && r.to().equals(annex9.id()))
                .extracting(r -> nodesById().get(r.from()).name())
                .containsExactlyInAnyOrder("发改委", "经信委", "科技局", "财政局");
    }

    @Test
    void everyRelationshipHasEvidenceWhoseOffsetsReproduceItsQuote() {
        assertThat(graph.relationships()).isNotEmpty();
        for (Relationship r : graph.relationships()) {
            assertThat(r.evidence()).as("%s %s -> %s", r.type(), r.from(), r.to()).isNotEmpty();
            for (Evidence e : r.evidence()) {
                assertThat(e.start()).isGreaterThanOrEqualTo(0).isLessThan(e.end());
                assertThat(original.substring(e.start(), e.end())).isEqualTo(e.quote());
                assertThat(e.rule()).isNotBlank();
            }
        }
    }

    @Test
    void relationshipsConnectNodesOfTheGraph() {
        Set<String> ids = nodesById().keySet();
        assertThat(graph.relationships()).allMatch(r -> ids.contains(r.from()) && ids.contains(r.to()));
        assertThat(graph.nodes()).extracting(Node::id).doesNotHaveDuplicates();
    }

    @Test
    void gb18030AndCrlfCopiesGiveTheSameGraph(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path gb = Files.write(dir.resolve("gb.txt"), original.getBytes(Charset.forName("GB18030")));
        String crlfText = original.replace("\n", "\r\n");
        Path crlf = Files.write(dir.resolve("crlf.txt"), crlfText.getBytes(StandardCharsets.UTF_8));

        ExtractedGraph fromGb = Extractor.extract(gb);
        assertThat(fromGb.nodes().stream().map(ExtractorTest::withoutRevision).toList())
                .isEqualTo(graph.nodes().stream().map(ExtractorTest::withoutRevision).toList());
        assertThat(fromGb.relationships()).isEqualTo(graph.relationships());
        assertThat(fromGb.document().id()).isEqualTo(graph.document().id());

        ExtractedGraph fromCrlf = Extractor.extract(crlf);
        assertThat(fromCrlf.nodes().stream().map(ExtractorTest::withoutRevision).toList())
                .isEqualTo(graph.nodes().stream().map(ExtractorTest::withoutRevision).toList());
        assertThat(fromCrlf.relationships()).hasSameSizeAs(graph.relationships());
        for (int i = 0; i < graph.relationships().size(); i++) {
            Relationship a = graph.relationships().get(i);
            Relationship b = fromCrlf.relationships().get(i);
            assertThat(List.of(b.type(), b.from(), b.to(), b.properties()))
                    .isEqualTo(List.of(a.type(), a.from(), a.to(), a.properties()));
            for (Evidence e : b.evidence()) {
                assertThat(crlfText.substring(e.start(), e.end())).isEqualTo(e.quote());
            }
            assertThat(b.evidence().stream().map(e -> e.quote().replaceAll("\\s", "")).toList())
                    .isEqualTo(a.evidence().stream().map(e -> e.quote().replaceAll("\\s", "")).toList());
        }
    }

    @Test
    void keepsTheNamesOfAPolicyDocumentWhoseLayoutIsNotReadAndSaysSo() {
        byte[] unread = ("关于加快科技创新的实施意见\n\n临江市人民政府\n\n　　支持临江大学与临江钢铁集团有限公司共建临江先进材料研究院，"
                + "推动新材料产业发展。\n").getBytes(StandardCharsets.UTF_8);
        ExtractedGraph graph = Extractor.extract("unread.txt", unread);
        assertThat(graph.warnings().get(0)).startsWith("no document structure found")
                .contains("only the document's named entities");
        assertThat(graph.nodes()).extracting(n -> n.label().name()).contains("University", "Enterprise", "Platform")
                .doesNotContain("Task");
    }

    @Test
    void minutesAndHeaderlessTextsNamingOrgansKeepTheirNamesToo() {
        byte[] minutes = ("临江市校地合作推进会议纪要\n\n　　会议听取了市科技局关于临江大学与临江钢铁集团有限公司共建研究院的汇报。"
                + "\n").getBytes(StandardCharsets.UTF_8);
        assertThat(Extractor.extract("minutes.txt", minutes).document().title()).isEqualTo("临江市校地合作推进会议纪要");
        byte[] headless = ("　　市科技局会同市财政局、市教育局，支持临江大学与临江钢铁集团有限公司共建临江先进材料研究院。\n")
                .getBytes(StandardCharsets.UTF_8);
        ExtractedGraph graph = Extractor.extract("page.txt", headless);
        assertThat(graph.warnings().get(0)).startsWith("no document structure found");
        assertThat(graph.nodes()).extracting(n -> n.label().name()).contains("University", "Enterprise", "Platform");
    }

    @Test
    void rejectsADocumentWithoutStructureNamingTheFile() {
        byte[] prose = "今天天气很好，我们去公园散步。".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> Extractor.extract("walk.txt", prose))
                .isInstanceOf(BadDocumentException.class)
                .hasMessageStartingWith("walk.txt: no document structure found");
        byte[] english = "1. Deepen reform.\n2. Support platforms.\n".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> Extractor.extract("english.txt", english))
                .hasMessageStartingWith("english.txt: no Chinese text");
    }

    @Test
    void theSecondDocumentGivesItsTasksUnitsWithRolesAndEntities() {
        ExtractedGraph second = Extractor.extract(Path.of("src", "test", "resources", "docs", "second-city.txt"));
        assertThat(second.document().id()).isNotEqualTo(graph.document().id());
        assertThat(nodesOf(second, Label.Task)).hasSizeGreaterThanOrEqualTo(8);
        assertThat(second.relationships()).filteredOn(r -> r.type() == RelType.RESPONSIBLE_FOR)
                .extracting(r -> r.properties().get("role"))
                .contains("lead", "co");
        assertThat(nodesOf(second, Label.University)).extracting(Node::name).contains("常州大学");
        assertThat(nodesOf(second, Label.Enterprise)).isNotEmpty();
        assertThat(nodesOf(second, Label.Unit)).allMatch(n -> n.id().startsWith("unit:常州市:"));
    }

    /** The 责任单位 notes of the original text, read with one plain regex: an oracle independent of the loader. */
    private static Map<Integer, Set<String>> notesReadIndependently() {
        String flat = original.replaceAll("\\s+", "");
        Matcher task = Pattern.compile("(?<![\\d.])(\\d{1,2})、").matcher(flat);
        Pattern note = Pattern.compile("[（(]责任单位[：:](.+?)[）)](?=\\d{1,2}、|[（(][一二三四五六七]|[一二三四五六七八九]、|附件|$)");
        int annex = flat.indexOf("附件");
        List<int[]> starts = new ArrayList<>();
        while (task.find() && task.start() < annex) {
            starts.add(new int[] {Integer.parseInt(task.group(1)), task.start()});
        }
        Map<Integer, Set<String>> notes = new HashMap<>();
        for (int i = 0; i < starts.size(); i++) {
            int end = i + 1 < starts.size() ? starts.get(i + 1)[1] : annex;
            Matcher m = note.matcher(flat.substring(starts.get(i)[1], end));
            if (m.find()) {
                notes.put(starts.get(i)[0], Arrays.stream(m.group(1).split("[、，,]"))
                        .map(u -> u.startsWith("市") ? u.substring(1) : u)
                        .collect(Collectors.toCollection(TreeSet::new)));
            }
        }
        return notes;
    }

    private static Node withoutRevision(Node node) {
        Map<String, Object> props = new HashMap<>(node.properties());
        props.remove("sha256");
        props.remove("charset");
        props.remove("text");
        props.remove("source");
        props.remove("start");
        props.remove("end");
        return new Node(node.id(), node.label(), node.name(), node.aliases(), props);
    }

    private static long count(Label label) {
        return nodesOf(label).size();
    }

    private static List<Node> nodesOf(Label label) {
        return nodesOf(graph, label);
    }

    private static List<Node> nodesOf(ExtractedGraph g, Label label) {
        return g.nodes().stream().filter(n -> n.label() == label).toList();
    }

    private static Map<String, Node> nodesById() {
        return graph.nodes().stream().collect(Collectors.toMap(Node::id, n -> n));
    }

    /**
     * A layout read in another order than printed (a goal card's name under its figure, written first in its row)
     * quotes every place its row comes from, never a reversed span.
     */
    @Test
    void aRowReadInAnotherOrderThanPrintedQuotesAllItComesFrom() {
        String text = "某某市2027年工作要点\n2027年主要目标\n7.5%\n规上工业增加值增速\n650家\n高新技术企业\n"
                + "一、重点工作\n1.建设创新中心。支持企业建设。（责任单位：市工信局）\n2.培育企业。新增企业。（责任单位：市科技局）\n";
        ExtractedGraph cards = Extractor.extract("cards.txt", text.getBytes(StandardCharsets.UTF_8));
        List<Evidence> quotes = cards.relationships().stream()
                .filter(r -> r.type() == RelType.HAS_INDICATOR).flatMap(r -> r.evidence().stream()).toList();
        assertThat(quotes).isNotEmpty().allSatisfy(e -> {
            assertThat(e.start()).isLessThan(e.end());
            assertThat(text.substring(e.start(), e.end())).isEqualTo(e.quote());
        });
        assertThat(quotes.get(0).quote()).contains("7.5%", "规上工业增加值增速");
    }
}
