package dev.collabgraph.loader.extract;

import dev.collabgraph.loader.entity.EntityResult;
import dev.collabgraph.loader.entity.Mention;
import dev.collabgraph.loader.entity.RelationFact;
import dev.collabgraph.loader.structure.AnnexRow;
import dev.collabgraph.loader.structure.DocumentHeader;
import dev.collabgraph.loader.structure.DocumentStructure;
import dev.collabgraph.loader.structure.IndicatorRow;
import dev.collabgraph.loader.structure.ResponsibilityNote;
import dev.collabgraph.loader.structure.SectionBlock;
import dev.collabgraph.loader.structure.TargetFact;
import dev.collabgraph.loader.structure.TaskBlock;
import dev.collabgraph.loader.structure.UnitRef;
import dev.collabgraph.loader.text.ContainingSpans;
import dev.collabgraph.loader.text.MappedText;
import dev.collabgraph.loader.text.Span;
import dev.collabgraph.model.DocumentInfo;
import dev.collabgraph.model.ExtractedGraph;
import dev.collabgraph.model.Label;
import dev.collabgraph.model.RelType;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The last pure stage: turns a document's structure and entities into graph nodes and relationships
 * with stable ids and evidence. Mentions become MENTIONS from the innermost task, annex row or section
 * that contains them.
 */
public final class GraphAssembler {
    private final MappedText text;
    private final DocumentStructure structure;
    private final GraphBuilder graph;
    /** Longest name made from a task's first sentence. */
    private static final int MAX_NAME = 60;
    private final String documentId;
    private final String city;
    /** The ids of the sections made nodes, by key: a task or goal hangs on the nearest of them. */
    private final Map<String, String> sectionIds = new java.util.HashMap<>();
    /** Indexes of the blocks a mention may lie in, built on first use. */
    private ContainingSpans taskBodies;
    private ContainingSpans annexRows;
    private ContainingSpans sectionBodies;
    /** The containers' ids by index, made at their first mention: one string (and one hash) for all it holds. */
    private String[] taskIds;
    private String[] annexIds;

    private GraphAssembler(MappedText text, DocumentStructure structure) {
        this.text = text;
        this.structure = structure;
        this.graph = new GraphBuilder(text);
        DocumentHeader header = structure.header();
        this.documentId = DocumentIds.document(header.number(), header.title().isEmpty()
                ? text.source().name() : header.title());
        this.city = header.city();
    }

    public static ExtractedGraph assemble(MappedText text, DocumentStructure structure, EntityResult entities) {
        return new GraphAssembler(text, structure).build(entities);
    }

    private ExtractedGraph build(EntityResult entities) {
        DocumentHeader header = structure.header();
        DocumentInfo info = new DocumentInfo(documentId, header.title(), header.number(), header.date(),
                text.source().sha256());
        Map<String, Object> props = new LinkedHashMap<>();
        props.put("number", header.number());
        props.put("date", header.date());
        props.put("issuer", header.issuer());
        props.put("city", city);
        props.put("sha256", text.source().sha256());
        props.put("source", fileName(text.source().name()));
        props.put("charset", text.source().charset());
        // the original text, so that evidence offsets can be shown in their sentence without the file
        props.put("text", text.source().text());
        graph.node(documentId, Label.Document, header.title().isEmpty() ? fileName(text.source().name())
                : header.title(), Set.of(), props);

        addSections();
        addTasks();
        addResponsibilities();
        addIndicators();
        addAnnex();
        addTargets();
        addEntities(entities);

        List<String> warnings = new ArrayList<>(structure.warnings());
        warnings.addAll(entities.warnings());
        return new ExtractedGraph(info, graph.nodes(), graph.relationships(), warnings);
    }

    private void addSections() {
        for (SectionBlock s : structure.sections()) {
            String id = DocumentIds.section(documentId, s.key());
            sectionIds.put(s.key(), id);
            graph.node(id, Label.Section, s.title(), Set.of(), Map.of("key", s.key(), "level", s.level()));
            String parent = s.parentKey() == null ? documentId : DocumentIds.section(documentId, s.parentKey());
            graph.relationship(RelType.HAS_SECTION, parent, id, Map.of(), s.heading(), "structure:heading");
        }
    }

    private void addTasks() {
        for (TaskBlock t : structure.tasks()) {
            String id = DocumentIds.task(documentId, t.number());
            Map<String, Object> props = new LinkedHashMap<>();
            props.put("number", t.number());
            props.put("title", t.title());
            props.put("label", t.label());
            props.put("section", t.sectionKey() == null ? "" : t.sectionKey());
            props.put("text", text.substring(t.body().start(), t.body().end()));
            props.put("start", text.originalStart(t.body().start()));
            props.put("end", text.originalEnd(t.body().end()));
            graph.node(id, Label.Task, taskName(t), Set.of(), props);
            graph.relationship(RelType.HAS_TASK, sectionOrDocument(t.sectionKey()), id, Map.of(), t.heading(), "structure:task-heading");
        }
    }

    /**
     * A node's name is never empty (the contract): a task read without a title is named by its first sentence, or
     * failing that by its number.
     */
    private String taskName(TaskBlock t) {
        if (!t.title().isBlank()) {
            return t.title();
        }
        String body = text.substring(t.body().start(), t.body().end()).strip();
        return firstSentence(body.startsWith(t.label()) ? body.substring(t.label().length()) : body,
                "第" + t.number() + "项任务");
    }

    private void addResponsibilities() {
        for (ResponsibilityNote note : structure.notes()) {
            addUnits(note.units(), DocumentIds.task(documentId, note.taskNumber()), "note:responsible-units");
        }
    }

    private void addUnits(List<UnitRef> units, String taskId, String rule) {
        int order = 0;
        for (UnitRef unit : units) {
            order++;
            String unitId = DocumentIds.unit(city, unit.name());
            Set<String> aliases = new LinkedHashSet<>();
            if (unit.repairedFrom() == null) {
                aliases.add(unit.surface());
            }
            Map<String, Object> props = city.isEmpty() ? Map.of() : Map.of("jurisdiction", city);
            graph.node(unitId, Label.Unit, unit.name(), aliases, props);
            Map<String, Object> relProps = new LinkedHashMap<>();
            relProps.put("order", order);
            if (unit.role() != null) {
                relProps.put("role", unit.role());
            }
            if (unit.repairedFrom() != null) {
                relProps.put("repairedFrom", unit.repairedFrom());
            }
            graph.relationship(RelType.RESPONSIBLE_FOR, unitId, taskId, relProps, unit.span(),
                    unit.repairedFrom() == null ? rule : rule + "+reversed-repair");
        }
    }

    private void addIndicators() {
        for (IndicatorRow row : structure.indicators()) {
            String id = DocumentIds.indicator(documentId, row.row());
            Map<String, Object> props = new LinkedHashMap<>();
            props.put("unit", row.unit());
            props.put("values", row.values());
            props.put("atLeastYears", row.atLeastYears());
            props.put("row", row.row());
            graph.node(id, Label.Indicator, row.name(), Set.of(), props);
            graph.relationship(RelType.HAS_INDICATOR, documentId, id, Map.of(), row.span(), "table:indicator-row");
        }
    }

    private void addAnnex() {
        for (AnnexRow row : structure.annex()) {
            String id = DocumentIds.annexTask(documentId, row.year(), row.number(), row.sub());
            Map<String, Object> props = new LinkedHashMap<>();
            props.put("number", row.number());
            if (row.sub() > 0) {
                props.put("subNumber", row.sub()); // 1.2: the second sub-item of row 1
            }
            props.put("title", row.title());
            props.put("year", row.year());
            props.put("work", row.work());
            graph.node(id, Label.AnnexTask, annexName(row), Set.of(), props);
            graph.relationship(RelType.HAS_TASK, documentId, id, Map.of(), row.span(), "table:annex-row");
            if (row.taskNumber() > 0) {
                graph.relationship(RelType.DETAILS, id, DocumentIds.task(documentId, row.taskNumber()), Map.of(),
                        row.span(), "table:annex-task-number");
            }
            addUnits(row.units(), id, "table:annex-units");
        }
    }

    /** A row read without a title is named by its work, or failing that by its number (names are never empty). */
    private static String annexName(AnnexRow row) {
        return row.title().isBlank() ? firstSentence(row.work() == null ? "" : row.work(), "第" + row.printed() + "行")
                : row.title();
    }

    /** The text up to its first 。, at most {@value #MAX_NAME} characters; {@code otherwise} when that is empty. */
    private static String firstSentence(String text, String otherwise) {
        String t = text.strip();
        int stop = t.indexOf('。');
        String sentence = (stop < 0 ? t : t.substring(0, stop)).strip();
        if (sentence.isEmpty()) {
            return otherwise;
        }
        return sentence.length() > MAX_NAME ? sentence.substring(0, MAX_NAME) + "…" : sentence;
    }

    private void addTargets() {
        int index = 0;
        for (TargetFact t : structure.targets()) {
            index++;
            String id = DocumentIds.target(documentId, index);
            Map<String, Object> props = new LinkedHashMap<>();
            props.put("metric", t.metric());
            props.put("value", t.value());
            props.put("unit", t.unit());
            props.put("year", t.year());
            props.put("comparator", t.comparator());
            props.put("quote", text.substring(t.span().start(), t.span().end()));
            graph.node(id, Label.Target, targetName(t), Set.of(), props);
            String owner = t.taskNumber() > 0 ? DocumentIds.task(documentId, t.taskNumber())
                    : sectionOrDocument(t.sectionKey());
            graph.relationship(RelType.HAS_TARGET, owner, id, Map.of(), t.span(), "target:quantified-goal");
        }
    }

    /**
     * The node a task or goal hangs on: its section, or the document itself for one before any heading (the
     * articles of a 若干措施 without chapters, a preamble's goals).
     */
    private String sectionOrDocument(String sectionKey) {
        // a key whose heading was taken for a task (（三）组建… over its items) names no section: the nearest one above does
        String id = sectionKey == null ? null : SectionBlock.innermost(sectionIds, sectionKey);
        return id == null ? documentId : id;
    }

    private static String targetName(TargetFact t) {
        String value = t.value() == Math.rint(t.value()) ? String.valueOf((long) t.value()) : String.valueOf(t.value());
        String comparator = switch (t.comparator()) {
            case ">" -> "超过";
            case ">=" -> "不低于";
            case "<=" -> "不超过";
            case "~" -> "约";
            default -> "达";
        };
        return (t.year() > 0 ? t.year() + "年" : "") + t.metric() + comparator + value + t.unit();
    }

    private void addEntities(EntityResult entities) {
        EntityIds ids = new EntityIds(city, entities.aliases());
        Map<String, Object> jurisdiction = city.isEmpty() ? Map.of() : Map.of("jurisdiction", city);
        for (Mention m : entities.mentions()) {
            EntityIds.Entry entity = ids.of(m.label(), m.name());
            graph.node(entity.id(), m.label(), m.name(), entity.aliases(), m.surface(),
                    m.label() == Label.Unit ? jurisdiction : Map.of());
            graph.relationship(RelType.MENTIONS, container(m.span()), entity.id(), Map.of(), m.span(), m.rule());
        }
        for (RelationFact r : entities.relations()) {
            graph.relationship(r.type(), ids.id(r.fromLabel(), r.from()), ids.id(r.toLabel(), r.to()), Map.of(),
                    r.evidence(), r.rule());
        }
    }

    /** The innermost task, annex row or section whose text holds the span; else the document. */
    private String container(Span span) {
        if (taskBodies == null) {
            taskBodies = new ContainingSpans(structure.tasks().stream().map(TaskBlock::body).toList());
            annexRows = new ContainingSpans(structure.annex().stream().map(AnnexRow::span).toList());
            sectionBodies = new ContainingSpans(structure.sections().stream().map(SectionBlock::body).toList());
            taskIds = new String[structure.tasks().size()];
            annexIds = new String[structure.annex().size()];
        }
        int task = taskBodies.first(span);
        if (task >= 0) {
            if (taskIds[task] == null) {
                taskIds[task] = DocumentIds.task(documentId, structure.tasks().get(task).number());
            }
            return taskIds[task];
        }
        int row = annexRows.first(span);
        if (row >= 0) {
            if (annexIds[row] == null) {
                AnnexRow r = structure.annex().get(row);
                annexIds[row] = DocumentIds.annexTask(documentId, r.year(), r.number());
            }
            return annexIds[row];
        }
        int best = -1;
        int bestLength = Integer.MAX_VALUE;
        for (int i : sectionBodies.containing(span)) {
            SectionBlock s = structure.sections().get(i);
            if (s.body().length() < bestLength) {
                best = i;
                bestLength = s.body().length();
            }
        }
        if (best < 0) {
            return documentId;
        }
        return sectionIds.get(structure.sections().get(best).key());
    }

    private static String fileName(String path) {
        int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
        return path.substring(slash + 1);
    }
}
