package dev.collabgraph.loader.extract;

import dev.collabgraph.loader.BadDocumentException;
import dev.collabgraph.loader.text.Decoder;
import dev.collabgraph.loader.text.DocumentReader;
import dev.collabgraph.loader.text.SourceText;
import dev.collabgraph.model.Evidence;
import dev.collabgraph.model.ExtractedGraph;
import dev.collabgraph.model.Label;
import dev.collabgraph.model.Node;
import dev.collabgraph.model.RelType;
import dev.collabgraph.model.Relationship;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public contract of {@code extract} on every corpus document: the document block, a non-empty id, label and
 * name on every node, unique ids, Task and AnnexTask numbers as integers, indicator values as numbers by year,
 * relationships between nodes of the graph (RESPONSIBLE_FOR from a Unit to a task), and evidence on every
 * relationship whose offsets reproduce its quote in the decoded original text.
 */
class ContractTest {
    @TestFactory
    Stream<DynamicTest> everyCorpusDocumentKeepsTheContract() throws IOException {
        List<Path> documents;
        try (Stream<Path> files = Files.list(Path.of("..", "corpus"))) {
            documents = files.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
        }
        return documents.stream().map(d -> DynamicTest.dynamicTest(d.getFileName().toString(), () -> keeps(d)));
    }

    private static void keeps(Path document) {
        SourceText source = DocumentReader.read(document);
        ExtractedGraph graph;
        try {
            graph = Extractor.extract(source);
        } catch (BadDocumentException e) {
            assertThat(e.getMessage()).startsWith(document.toString());
            return;
        }
        List<String> problems = new ArrayList<>();
        var d = graph.document();
        if (d == null || isBlank(d.id()) || d.title() == null || d.number() == null || d.date() == null
                || isBlank(d.sha256())) {
            problems.add("document block incomplete: " + d);
        }
        Map<String, Node> nodes = new HashMap<>();
        for (Node n : graph.nodes()) {
            if (isBlank(n.id()) || n.label() == null || isBlank(n.name())) {
                problems.add("node without id, label or name: " + n.id() + " " + n.label());
            }
            if (nodes.put(n.id(), n) != null) {
                problems.add("duplicate node id " + n.id());
            }
            if ((n.label() == Label.Task || n.label() == Label.AnnexTask)
                    && !(n.properties().get("number") instanceof Integer)) {
                problems.add(n.label() + " " + n.id() + ": number is not an int");
            }
            if (n.label() == Label.Indicator && !(n.properties().get("values") instanceof Map<?, ?> values
                    && values.values().stream().allMatch(v -> v instanceof Number))) {
                problems.add("Indicator " + n.id() + ": values must map year to number");
            }
        }
        String text = source.text();
        // every task, section and goal hangs on the document's tree: none is left out of it
        java.util.Set<String> held = new java.util.HashSet<>();
        graph.relationships().stream().filter(r -> r.type() == RelType.HAS_TASK || r.type() == RelType.HAS_SECTION
                || r.type() == RelType.HAS_TARGET).forEach(r -> held.add(r.to()));
        for (Node n : graph.nodes()) {
            if ((n.label() == Label.Task || n.label() == Label.Section || n.label() == Label.Target)
                    && !held.contains(n.id())) {
                problems.add(n.label() + " " + n.id() + " hangs on nothing");
            }
        }
        for (Relationship r : graph.relationships()) {
            Node from = nodes.get(r.from());
            Node to = nodes.get(r.to());
            if (from == null || to == null) {
                problems.add(r.type() + " " + r.from() + " -> " + r.to() + ": endpoint is not a node");
                continue;
            }
            if (r.type() == RelType.RESPONSIBLE_FOR && (from.label() != Label.Unit
                    || to.label() != Label.Task && to.label() != Label.AnnexTask)) {
                problems.add("RESPONSIBLE_FOR " + from.label() + " -> " + to.label());
            }
            if (r.evidence().isEmpty()) {
                problems.add(r.type() + " " + r.from() + " -> " + r.to() + ": no evidence");
            }
            for (Evidence e : r.evidence()) {
                if (e.start() < 0 || e.start() >= e.end() || e.end() > text.length()
                        || !text.substring(e.start(), e.end()).equals(e.quote())) {
                    problems.add(r.type() + " evidence [" + e.start() + ", " + e.end() + ") does not reproduce «"
                            + e.quote() + "»");
                }
            }
        }
        assertThat(problems).as(document.toString()).isEmpty();
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
