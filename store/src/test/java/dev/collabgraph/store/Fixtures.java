package dev.collabgraph.store;

import dev.collabgraph.model.DocumentInfo;
import dev.collabgraph.model.Evidence;
import dev.collabgraph.model.ExtractedGraph;
import dev.collabgraph.model.Label;
import dev.collabgraph.model.Node;
import dev.collabgraph.model.RelType;
import dev.collabgraph.model.Relationship;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Small hand-built documents: A (2018) and B (2019) share the university; A2 is a revision of A that drops the
 * enterprise, the indicator and an alias, renames task 1 and adds task 2.
 */
final class Fixtures {
    static final String A = "xwf-2018-20";
    static final String B = "xwf-2019-5";
    static final String UNIVERSITY = "university:中国矿业大学";
    static final String ENTERPRISE = "enterprise:徐工集团";
    static final String UNIT = "unit:徐州市:科技局";
    static final String PARK = "park:徐州高新区";

    private Fixtures() {
    }

    static ExtractedGraph documentA() {
        List<Node> nodes = List.of(
                node(A, Label.Document, "徐州市科技创新规划", Map.of("kind", "plan")),
                node(A + ":section:1", Label.Section, "一、总体要求", Map.of("number", 1)),
                node(A + ":task:1", Label.Task, "建设产学研平台", Map.of("number", 1)),
                node(A + ":indicator:1", Label.Indicator, "研发投入占比",
                        Map.of("unit", "%", "values", linked("2017", 2.1, "2018", 2.3, "2020", 3))),
                entity(UNIVERSITY, Label.University, "中国矿业大学", "矿大"),
                entity(ENTERPRISE, Label.Enterprise, "徐工集团"),
                entity(UNIT, Label.Unit, "徐州市科技局"));
        List<Relationship> relationships = List.of(
                rel(RelType.HAS_SECTION, A, A + ":section:1", "一、总体要求"),
                rel(RelType.HAS_TASK, A + ":section:1", A + ":task:1", "（一）建设产学研平台"),
                rel(RelType.HAS_INDICATOR, A, A + ":indicator:1", "研发投入占比"),
                new Relationship(RelType.RESPONSIBLE_FOR, UNIT, A + ":task:1", Map.of("role", "lead"),
                        List.of(new Evidence("市科技局牵头", 120, 126, "responsibility.lead"))),
                new Relationship(RelType.MENTIONS, A + ":task:1", UNIVERSITY, Map.of(),
                        List.of(new Evidence("中国矿业大学", 100, 106, "entity.university"))),
                new Relationship(RelType.MENTIONS, A + ":task:1", UNIVERSITY, Map.of(),
                        List.of(new Evidence("矿大", 140, 142, "entity.alias"))),
                rel(RelType.MENTIONS, A + ":task:1", ENTERPRISE, "徐工集团"),
                rel(RelType.PARTNERS_WITH, UNIVERSITY, ENTERPRISE, "中国矿业大学与徐工集团共建"));
        return graph(A, "sha-a1", nodes, relationships);
    }

    static ExtractedGraph documentARevised() {
        List<Node> nodes = List.of(
                node(A, Label.Document, "徐州市科技创新规划（修订）", Map.of()),
                node(A + ":section:1", Label.Section, "一、总体要求", Map.of("number", 1)),
                node(A + ":task:1", Label.Task, "建设产学研协同平台", Map.of("number", 1)),
                node(A + ":task:2", Label.Task, "培育创新企业", Map.of("number", 2)),
                entity(UNIVERSITY, Label.University, "中国矿业大学"),
                entity(UNIT, Label.Unit, "徐州市科技局"));
        List<Relationship> relationships = List.of(
                rel(RelType.HAS_SECTION, A, A + ":section:1", "一、总体要求"),
                rel(RelType.HAS_TASK, A + ":section:1", A + ":task:1", "（一）建设产学研协同平台"),
                rel(RelType.HAS_TASK, A + ":section:1", A + ":task:2", "（二）培育创新企业"),
                new Relationship(RelType.RESPONSIBLE_FOR, UNIT, A + ":task:2", Map.of("role", "lead"),
                        List.of(new Evidence("市科技局牵头", 220, 226, "responsibility.lead"))),
                rel(RelType.MENTIONS, A + ":task:1", UNIVERSITY, "中国矿业大学"));
        return graph(A, "sha-a2", nodes, relationships);
    }

    static ExtractedGraph documentB() {
        List<Node> nodes = List.of(
                node(B, Label.Document, "徐州高新区发展意见", Map.of()),
                node(B + ":task:1", Label.Task, "建设大学科技园", Map.of("number", 1)),
                entity(UNIVERSITY, Label.University, "中国矿业大学", "中国矿大"),
                entity(PARK, Label.Park, "徐州高新区"));
        List<Relationship> relationships = List.of(
                rel(RelType.HAS_TASK, B, B + ":task:1", "一、建设大学科技园"),
                rel(RelType.MENTIONS, B + ":task:1", UNIVERSITY, "中国矿大"),
                rel(RelType.LOCATED_IN, UNIVERSITY, PARK, "中国矿大位于徐州高新区"));
        return graph(B, "sha-b1", nodes, relationships);
    }

    /** A copy of {@code graph} under another revision hash with one more relationship. */
    static ExtractedGraph withExtraRelationship(ExtractedGraph graph, String sha256, Relationship extra) {
        List<Relationship> relationships = new ArrayList<>(graph.relationships());
        relationships.add(extra);
        DocumentInfo d = graph.document();
        return new ExtractedGraph(new DocumentInfo(d.id(), d.title(), d.number(), d.date(), sha256), graph.nodes(),
                relationships, graph.warnings());
    }

    /** {@code graph} as read from the file {@code source} with text {@code text}, under revision {@code sha256}. */
    static ExtractedGraph fromFile(ExtractedGraph graph, String source, String text, String sha256) {
        List<Node> nodes = new ArrayList<>(graph.nodes());
        Node document = nodes.get(0);
        Map<String, Object> properties = new LinkedHashMap<>(document.properties());
        properties.put("source", source);
        properties.put("text", text);
        nodes.set(0, new Node(document.id(), document.label(), document.name(), document.aliases(), properties));
        DocumentInfo d = graph.document();
        return new ExtractedGraph(new DocumentInfo(d.id(), d.title(), d.number(), d.date(), sha256), nodes,
                graph.relationships(), graph.warnings());
    }

    static Relationship rel(RelType type, String from, String to, String quote) {
        return new Relationship(type, from, to, Map.of(), List.of(new Evidence(quote, 0, quote.length(), "test")));
    }

    static ExtractedGraph graph(String id, String sha256, List<Node> nodes, List<Relationship> relationships) {
        return new ExtractedGraph(new DocumentInfo(id, nodes.get(0).name(), id.toUpperCase(), "2018-05-01", sha256),
                nodes, relationships, List.of());
    }

    static Node node(String id, Label label, String name, Map<String, Object> properties) {
        return new Node(id, label, name, List.of(), properties);
    }

    static Node entity(String id, Label label, String name, String... aliases) {
        return new Node(id, label, name, List.of(aliases), Map.of());
    }

    private static Map<String, Object> linked(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
