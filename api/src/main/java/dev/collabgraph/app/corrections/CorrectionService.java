package dev.collabgraph.app.corrections;

import dev.collabgraph.app.http.LocalizedResponse;
import dev.collabgraph.loader.extract.DocumentIds;
import dev.collabgraph.loader.extract.Extractor;
import dev.collabgraph.loader.text.SourceText;
import dev.collabgraph.model.ExtractedGraph;
import dev.collabgraph.model.Label;
import dev.collabgraph.model.RelType;
import dev.collabgraph.store.Correction;
import dev.collabgraph.store.CypherFiles;
import dev.collabgraph.store.CypherStatement;
import dev.collabgraph.store.GraphStore;
import dev.collabgraph.store.GraphTransaction;
import dev.collabgraph.store.GraphWriter;
import io.javalin.http.ConflictResponse;
import org.neo4j.driver.Record;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Editors' corrections: each is kept as data and laid over every document it touches whenever that document is
 * written ({@link GraphWriter}, {@link dev.collabgraph.store.CorrectionLayer}). Making or undoing one writes those
 * documents again at once, extracted anew from the text stored with them, all in one transaction: the graph is
 * always extraction plus corrections, whether a document was loaded before or after the correction.
 */
public final class CorrectionService {
    private static final Logger LOG = LoggerFactory.getLogger(CorrectionService.class);
    private static final CypherStatement CREATE = CypherFiles.load("write/createCorrection");
    private static final CypherStatement DELETE = CypherFiles.load("write/deleteCorrection");
    private static final CypherStatement ALL = CypherFiles.load("write/findCorrections");
    private static final CypherStatement LIST = CypherFiles.load("queries/corrections/listCorrections");
    private static final CypherStatement NAMING = CypherFiles.load("queries/corrections/findDocumentsNaming");
    private static final CypherStatement CORRECTED_BY = CypherFiles.load("queries/corrections/findDocumentsCorrectedBy");
    private static final CypherStatement SOURCE = CypherFiles.load("queries/corrections/findDocumentSource");
    private static final CypherStatement NODE = CypherFiles.load("queries/corrections/findEntity");
    /** Rewriting every document that names a busy entity takes a while at corpus scale. */
    static final Duration WRITE_TIMEOUT = Duration.ofMinutes(10);
    static final int MAX_TEXT = 200;
    /** The most corrections an export holds or an import takes. */
    public static final int MAX_CORRECTIONS = 10_000;

    /**
     * The most documents one correction may write again: they are written in one transaction, whose size grows with
     * them. A correction of an entity named more widely is refused (409) rather than left to exhaust the heap.
     */
    public static final int MAX_DOCUMENTS = 500;

    private final GraphStore store;
    private final int maxDocuments;

    public CorrectionService(GraphStore store) {
        this(store, MAX_DOCUMENTS);
    }

    public CorrectionService(GraphStore store, int maxDocuments) {
        this.store = store;
        this.maxDocuments = maxDocuments;
    }

    /** What a correction (or its undo, or an import) changed: the documents written again. */
    public record Applied(Correction correction, List<String> documents, List<String> conflicts) {
    }

    /** A page of corrections, newest first, each with the number of loaded documents it changes (0: conflict). */
    public record Listed(Correction correction, long documents) {
    }

    public List<Listed> list(int skip, int limit) {
        return store.read(LIST, Map.of("skip", skip, "limit", limit),
                r -> new Listed(correction(r), r.get("documents").asLong()));
    }

    /** Every correction in the order they apply (for export). */
    public List<Correction> all() {
        List<Correction> all = store.read(ALL, Map.of(), CorrectionService::correction);
        return all.subList(0, Math.min(all.size(), MAX_CORRECTIONS));
    }

    /** Checks and keeps a correction, then writes again the documents it touches. */
    public Applied add(CorrectionRequest request, String editor) {
        Correction correction = checked(request, editor);
        Applied applied = store.write(WRITE_TIMEOUT, tx -> {
            Correction kept = tx.run(CREATE, Map.of("properties", correction.properties()),
                    CorrectionService::correction).get(0);
            Set<String> documents = touchedBy(tx, kept);
            refuseBeyondLimit(documents);
            List<String> conflicts = new ArrayList<>();
            List<String> written = rewrite(tx, documents, conflicts);
            return new Applied(kept, written, conflicts);
        });
        LOG.info("{} made correction {} ({} {}): {} documents written again", editor, applied.correction().id(),
                correction.kind(), correction.entity() != null ? correction.entity() : correction.from(),
                applied.documents().size());
        return applied;
    }

    /** Undoes a correction: no longer kept, and the documents it changed are written again without it. */
    public Applied undo(String id, String editor) {
        Applied applied = store.write(WRITE_TIMEOUT, tx -> {
            List<String> changed = tx.run(CORRECTED_BY, Map.of("id", id), r -> r.get("document").asString());
            refuseBeyondLimit(changed);
            List<Correction> deleted = tx.run(DELETE, Map.of("id", id), CorrectionService::correction);
            if (deleted.isEmpty()) {
                throw LocalizedResponse.notFound("No correction '" + id + "'", "没有编号为“" + id + "”的更正",
                        Map.of("id", id));
            }
            List<String> conflicts = new ArrayList<>();
            return new Applied(deleted.get(0), rewrite(tx, new LinkedHashSet<>(changed), conflicts), conflicts);
        });
        LOG.info("{} undid correction {}: {} documents written again", editor, id, applied.documents().size());
        return applied;
    }

    /**
     * Takes corrections exported elsewhere, in their order, after those kept here; one already kept (same id) is
     * skipped. The documents they touch are written once, at the end.
     */
    public List<Applied> importAll(List<Correction> corrections, String editor) {
        if (corrections.size() > MAX_CORRECTIONS) {
            throw LocalizedResponse.badRequest("An import takes at most " + MAX_CORRECTIONS + " corrections",
                    "一次最多导入 " + MAX_CORRECTIONS + " 条更正", Map.of("field", "body"));
        }
        List<Correction> ordered = new ArrayList<>(corrections);
        ordered.sort(java.util.Comparator.comparingLong(Correction::seq));
        Set<String> known = new java.util.HashSet<>(all().stream().map(Correction::id).toList());
        List<Applied> result = store.write(WRITE_TIMEOUT, tx -> {
            Set<String> documents = new LinkedHashSet<>();
            List<Correction> kept = new ArrayList<>();
            for (Correction c : ordered) {
                if (c.id() == null || known.contains(c.id())) {
                    continue;
                }
                Correction stored = tx.run(CREATE, Map.of("properties", checkedImport(c).properties()),
                        CorrectionService::correction).get(0);
                kept.add(stored);
                documents.addAll(touchedBy(tx, stored));
            }
            refuseBeyondLimit(documents);
            List<String> conflicts = new ArrayList<>();
            List<String> written = rewrite(tx, documents, conflicts);
            return kept.stream().map(c -> new Applied(c, written, conflicts)).toList();
        });
        LOG.info("{} imported {} corrections", editor, result.size());
        return result;
    }

    /** Throwing here rolls the transaction back: the correction is not kept. */
    private void refuseBeyondLimit(java.util.Collection<String> documents) {
        if (documents.size() > maxDocuments) {
            throw new ConflictResponse("This would write " + documents.size() + " documents again in one go; at most "
                    + maxDocuments + " are written per correction. Nothing was changed.",
                    Map.of("documents", String.valueOf(documents.size()), "limit", String.valueOf(maxDocuments)));
        }
    }

    private static Set<String> touchedBy(GraphTransaction tx, Correction c) {
        Set<String> documents = new LinkedHashSet<>();
        if (c.document() != null) {
            documents.add(c.document());
        } else {
            String subject = c.entity() != null ? c.entity() : c.from();
            tx.run(NAMING, Map.of("ids", List.of(subject)), r -> documents.add(r.get("document").asString()));
        }
        return documents;
    }

    /**
     * Extracts each document again from its stored text and writes it with every correction laid over it. A
     * document whose text no longer gives its id (one without a title, first read under another file path) is
     * left as it is and named among the conflicts.
     */
    private static List<String> rewrite(GraphTransaction tx, Set<String> documents, List<String> conflicts) {
        List<String> written = new ArrayList<>();
        for (String id : documents) {
            List<SourceText> sources = tx.run(SOURCE, Map.of("id", id), r -> r.get("text").isNull() ? null
                    : new SourceText(r.get("source").asString(id), r.get("text").asString(),
                    r.get("charset").asString(""), r.get("sha256").asString("")));
            if (sources.isEmpty() || sources.get(0) == null) {
                conflicts.add(id + ": the document is not loaded (or has no stored text)");
                continue;
            }
            ExtractedGraph graph = Extractor.extract(sources.get(0));
            if (!graph.document().id().equals(id)) {
                conflicts.add(id + ": its stored text now reads as document " + graph.document().id()
                        + "; load its file again to apply the corrections");
                continue;
            }
            if (!GraphWriter.write(tx, graph, GraphWriter.OnConflict.REPLACE).unchanged()) {
                written.add(id);
            }
        }
        return written;
    }

    /** The request checked against the graph and completed into a correction; 400 naming the field otherwise. */
    private Correction checked(CorrectionRequest r, String editor) {
        Correction.Kind kind = kind(r.kind());
        String id = "c-" + UUID.randomUUID();
        String at = Instant.now().toString();
        String reason = text(r.reason(), "reason", false, 1000);
        return switch (kind) {
            case RENAME, ADD_ALIAS, REMOVE_ALIAS -> {
                Entity e = entity(r.entity(), "entity");
                yield new Correction(id, 0, kind, editor, at, reason, e.id(), text(r.value(), "value", true, MAX_TEXT),
                        null, null, null, null, null, null, null, null, null);
            }
            case SPLIT_ALIAS -> {
                Entity e = entity(r.entity(), "entity");
                String alias = text(r.value(), "value", true, MAX_TEXT);
                Label label = r.label() == null ? Label.valueOf(e.label()) : entityLabel(r.label());
                String target = label == Label.Unit ? DocumentIds.unit("", alias) : DocumentIds.entity(label, alias);
                if (target.equals(e.id())) {
                    throw bad("value", "the alias is the entity's own name", "别名与实体本名相同");
                }
                yield new Correction(id, 0, kind, editor, at, reason, e.id(), alias, label.name(), target, null, null,
                        null, null, null, null, null);
            }
            case RETYPE -> {
                Entity e = entity(r.entity(), "entity");
                Label label = entityLabel(r.label());
                if (label.name().equals(e.label())) {
                    throw bad("label", "the entity is already a " + label, "该实体已是此类型（" + label + "）");
                }
                String target = label == Label.Unit ? DocumentIds.unit("", e.name()) : DocumentIds.entity(label, e.name());
                yield new Correction(id, 0, kind, editor, at, reason, e.id(), null, label.name(), target, null, null,
                        null, null, null, null, null);
            }
            case MERGE -> {
                Entity from = entity(r.entity(), "entity");
                Entity into = entity(r.target(), "target");
                if (from.id().equals(into.id())) {
                    throw bad("target", "an entity cannot be merged into itself", "不能把实体合并到它自己");
                }
                yield new Correction(id, 0, kind, editor, at, reason, from.id(), into.name(), into.label(), into.id(),
                        null, null, null, null, null, null, null);
            }
            case DELETE_ENTITY -> new Correction(id, 0, kind, editor, at, reason, entity(r.entity(), "entity").id(),
                    null, null, null, null, null, null, null, null, null, null);
            case DELETE_RELATIONSHIP -> new Correction(id, 0, kind, editor, at, reason, null, null, null, null,
                    node(r.from(), "from").id(), relType(r.type()), node(r.to(), "to").id(), optional(r.document()),
                    null, null, null);
            case ADD_RELATIONSHIP -> {
                String document = text(r.document(), "document", true, MAX_TEXT);
                SourceText source = store.read(SOURCE, Map.of("id", document), rec -> rec.get("text").isNull() ? null
                        : new SourceText(document, rec.get("text").asString(), "", "")).stream().findFirst()
                        .orElseThrow(() -> bad("document", "no document '" + document + "' is loaded", "没有已载入的文件“" + document + "”"));
                if (r.start() == null || r.end() == null || r.start() < 0 || r.end() <= r.start()
                        || r.end() > source.text().length() || r.end() - r.start() > 2000) {
                    throw bad("start", "start and end must select 1 to 2000 characters of the document's text ("
                            + source.text().length() + " characters)", "所选位置须是文件正文中 1 到 2000 个字（正文共 "
                            + source.text().length() + " 字）");
                }
                Entity from = node(r.from(), "from");
                Entity to = node(r.to(), "to");
                String type = relType(r.type());
                if (RelType.valueOf(type).isStructural() && !ownStructure(from, document) && !ownStructure(to, document)) {
                    // removing the document must remove what an editor added to it
                    throw bad("to", "a " + type + " relationship must link one of the document's own sections, tasks,"
                            + " indicators or targets", "“" + type + "”关系须连到本文件自己的章节、任务、指标或目标");
                }
                yield new Correction(id, 0, kind, editor, at, reason, null, null, null, null, from.id(), type, to.id(),
                        document, source.text().substring(r.start(), r.end()), r.start(), r.end());
            }
        };
    }

    /** An imported correction keeps its id, author and time; its kind and fields must still make sense. */
    private static Correction checkedImport(Correction c) {
        if (c.kind() == null) {
            throw bad("kind", "a correction without a kind", "更正缺少类别");
        }
        return c;
    }

    private record Entity(String id, String name, String label) {
    }

    /** Whether {@code node} is the document {@code documentId} itself or one of its structure nodes. */
    private static boolean ownStructure(Entity node, String documentId) {
        return !Label.valueOf(node.label()).isEntity()
                && (node.id().equals(documentId) || node.id().startsWith(documentId + ":"));
    }

    private Entity entity(String id, String field) {
        Entity e = node(id, field);
        if (!Label.valueOf(e.label()).isEntity()) {
            throw bad(field, "'" + id + "' is a " + e.label() + ", not a named entity", "“" + id + "”不是命名实体");
        }
        return e;
    }

    private Entity node(String id, String field) {
        String checked = text(id, field, true, 300);
        return store.read(NODE, Map.of("id", checked), r -> new Entity(r.get("id").asString(),
                        r.get("name").asString(), r.get("label").asString())).stream().findFirst()
                .orElseThrow(() -> bad(field, "no node with id '" + checked + "'", "没有编号为“" + checked + "”的节点"));
    }

    private static Correction.Kind kind(String kind) {
        try {
            return Correction.Kind.valueOf(text(kind, "kind", true, 40));
        } catch (IllegalArgumentException e) {
            throw bad("kind", "'" + kind + "' is not one of " + Arrays.toString(Correction.Kind.values()), "更正类别“" + kind + "”无效");
        }
    }

    private static Label entityLabel(String label) {
        try {
            Label l = Label.valueOf(text(label, "label", true, 40));
            if (l.isEntity()) {
                return l;
            }
        } catch (IllegalArgumentException e) {
            // named below
        }
        throw bad("label", "'" + label + "' is not an entity type (University, Enterprise, Platform, Park, Unit, "
                + "Industry, Region)", "“" + label + "”不是实体类型（高校、企业、平台、园区、单位、产业、地区）");
    }

    private static String relType(String type) {
        try {
            return RelType.valueOf(text(type, "type", true, 40)).name();
        } catch (IllegalArgumentException e) {
            throw bad("type", "'" + type + "' is not a relationship type", "“" + type + "”不是关系类型");
        }
    }

    private static String optional(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String text(String value, String field, boolean required, int max) {
        if (value == null || value.isBlank()) {
            if (required) {
                throw bad(field, "is required", "缺少字段 " + field);
            }
            return null;
        }
        if (value.length() > max) {
            throw bad(field, "is longer than " + max + " characters", "字段 " + field + " 超过 " + max + " 字");
        }
        return value.strip();
    }

    /** A bad field of a correction, {@code message} in English and {@code zh} the whole title in Chinese. */
    private static LocalizedResponse bad(String field, String message, String zh) {
        return LocalizedResponse.badRequest("Bad correction field '" + field + "': " + message, "更正有误：" + zh,
                Map.of("field", field, "message", message));
    }

    private static Correction correction(Record r) {
        return Correction.of(r.get("correction"));
    }
}
